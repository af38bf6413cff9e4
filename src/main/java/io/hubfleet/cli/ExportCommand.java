package io.hubfleet.cli;

import io.hubfleet.export.HelmExport;
import io.hubfleet.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code hubfleet export STACK --helm DIR}: a stack's hubs as plain Helm releases and manifests, to leave hubfleet. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Write what hubfleet installs in a stack's cluster as plain Helm releases (chart references and "
                + "the exact values), Kubernetes manifests and Secret templates with named placeholders, with a "
                + "README of the commands: everything needed to run the hubs without hubfleet.",
                "No secret value is written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final StackPlanner planner;

    ExportCommand() {
        this(StackPlanner.OFFLINE);
    }

    ExportCommand(StackPlanner planner) {
        this.planner = planner;
    }

    @Parameters(index = "0", paramLabel = "STACK", description = "A stack name or a stack file path (from the current directory).")
    private String stack;

    @Option(names = "--helm", required = true, paramLabel = "DIR",
            description = "The directory to write, from the current directory (created; must be empty if it exists).")
    private Path directory;

    @Option(names = "--stacks-dir", paramLabel = "DIR",
            description = "Where stack files live (default: the stacks directory of the hubfleet checkout).")
    private Path stacksDirOption;

    @Override
    public Integer call() throws IOException {
        CallerPaths paths = CallerPaths.current();
        Path stacksDir = paths.stacksDir(stacksDirOption);
        Path directory = paths.resolve(this.directory);
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new BadArgumentException(directory + " is not empty: export into a new or empty directory");
                }
            }
        } else if (Files.exists(directory)) {
            throw new BadArgumentException(directory + " is a file, not a directory");
        }
        Plan plan = planner.plan(StackFiles.locate(paths, stacksDir, stack));
        List<String> written = HelmExport.write(plan, directory);
        spec.commandLine().getOut().println("Exported stack " + plan.stack() + " to " + directory + ": "
                + written.size() + " files. Start with " + directory.resolve("README.md") + ".");
        return HubfleetCli.OK;
    }
}
