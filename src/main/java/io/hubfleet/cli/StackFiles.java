package io.hubfleet.cli;

import io.hubfleet.config.Suggestions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds stack files: a stack name means {@code <stacksDir>/Pulumi.<name>.yaml}; a path means itself. */
final class StackFiles {

    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.(.+)\\.yaml");

    private StackFiles() {
    }

    /** A stack file path from the user's directory, or a stack name in the stacks directory. */
    static Path locate(CallerPaths paths, Path stacksDir, String stackOrPath) {
        return isPath(stackOrPath) ? locate(stacksDir, paths.resolve(Path.of(stackOrPath)).toString(), stackOrPath)
                : locate(stacksDir, stackOrPath);
    }

    private static boolean isPath(String stackOrPath) {
        return stackOrPath.endsWith(".yaml") || stackOrPath.endsWith(".yml") || stackOrPath.contains("/");
    }

    static Path locate(Path stacksDir, String stackOrPath) {
        return locate(stacksDir, stackOrPath, stackOrPath);
    }

    private static Path locate(Path stacksDir, String stackOrPath, String asGiven) {
        Path asPath = Path.of(stackOrPath);
        if (isPath(stackOrPath)) {
            if (!Files.isRegularFile(asPath)) {
                throw new BadArgumentException("there is no stack file " + asGiven
                        + (asGiven.equals(stackOrPath) ? "" : " (" + stackOrPath + ")"));
            }
            return asPath;
        }
        Path file = stacksDir.resolve("Pulumi." + stackOrPath + ".yaml");
        if (!Files.isRegularFile(file)) {
            List<String> known = stackNames(stacksDir);
            String suggestion = Suggestions.didYouMean(stackOrPath, known);
            throw new BadArgumentException("there is no stack " + stackOrPath + " (no " + file + "). Stacks in "
                    + stacksDir + ": " + (known.isEmpty() ? "none" : String.join(", ", known)) + "."
                    + (suggestion == null ? "" : " " + suggestion));
        }
        return file;
    }

    /** The stacks in a directory, sorted by name. */
    static List<String> stackNames(Path stacksDir) {
        if (!Files.isDirectory(stacksDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(stacksDir)) {
            return files.map(f -> STACK_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadArgumentException("cannot list " + stacksDir + ": " + e.getMessage());
        }
    }
}
