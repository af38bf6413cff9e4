package io.hubfleet.cli;

import io.hubfleet.plan.diff.JsonDiffRenderer;
import io.hubfleet.plan.diff.MarkdownDiffRenderer;
import io.hubfleet.plan.diff.PlanDiff;
import io.hubfleet.plan.diff.PlanDiffer;
import io.hubfleet.plan.diff.PlanDocuments;
import io.hubfleet.plan.diff.TextDiffRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code hubfleet diff OLD NEW}: what changes between two plans, stack by stack. Exit status as diff(1):
 * 0 nothing changes, 1 something changes, 2 the plans could not be read.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"Compare two plans (files from hubfleet plan --json or plan --all --json): per stack, the "
                + "resources added, removed and changed, with each changed input's path and old -> new value.",
                "Exit status: 0 no changes, 1 changes, 2 unreadable input."})
final class DiffCommand implements Callable<Integer> {

    static final int CHANGES = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The plan before the change (JSON).")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The plan after the change (JSON).")
    private Path after;

    @ArgGroup(exclusive = true)
    private Format format;

    /** Text (default), JSON or Markdown. */
    static final class Format {
        @Option(names = "--json", description = "Print the diff as JSON (docs/plan-format.md, \"Diff format\").")
        boolean json;

        @Option(names = "--markdown", description = "Print the diff as Markdown for a pull-request comment.")
        boolean markdown;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diff to FILE.")
    private Path output;

    @Override
    public Integer call() {
        CallerPaths paths = CallerPaths.current();
        Path output = Output.target(paths, this.output, paths.stacksDir(null));
        PlanDiff diff;
        try {
            diff = PlanDiffer.diff(PlanDocuments.read(paths.resolve(before)), PlanDocuments.read(paths.resolve(after)));
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(e.getMessage());
        }
        String rendered = format != null && format.json ? JsonDiffRenderer.render(diff)
                : format != null && format.markdown ? MarkdownDiffRenderer.render(diff)
                : TextDiffRenderer.render(diff);
        Output.write(spec, output, rendered);
        return diff.hasChanges() ? CHANGES : HubfleetCli.OK;
    }
}
