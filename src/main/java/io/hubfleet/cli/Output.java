package io.hubfleet.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's result goes: standard output, or a file. */
final class Output {

    private Output() {
    }

    private static final java.util.regex.Pattern STACK_FILE = java.util.regex.Pattern.compile("Pulumi\\..+\\.ya?ml");

    /**
     * Where {@code -o FILE} writes, from the user's directory; never over a stack file (a Pulumi.*.yaml,
     * or anything in the stacks directory): a mistyped argument must not destroy a community's config.
     */
    static Path target(CallerPaths paths, Path given, Path stacksDir) {
        if (given == null) {
            return null;
        }
        Path file = paths.resolve(given);
        Path absolute = file.toAbsolutePath().normalize();
        Path stacks = stacksDir.toAbsolutePath().normalize();
        if (absolute.getFileName() != null && STACK_FILE.matcher(absolute.getFileName().toString()).matches() || absolute.startsWith(stacks)) {
            throw new BadArgumentException("refusing to write " + given + ": it is " + (absolute.startsWith(stacks)
                    ? "in the stacks directory " + stacks : "named like a stack file (Pulumi.<stack>.yaml)")
                    + ". Write the output to another file, such as plan.json");
        }
        return file;
    }

    static void write(CommandSpec spec, Path file, String text) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
