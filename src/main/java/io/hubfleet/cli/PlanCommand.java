package io.hubfleet.cli;

import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.TextPlanRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code hubfleet plan <stack>}: what a stack would create, offline. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        description = {"Plan a stack offline: run the real program under Pulumi's mock engine, with no cloud "
                + "credentials and no Pulumi CLI, and print every resource, its parent and its inputs.",
                "Secrets print as [secret]; values only the cloud knows print as <stand-in:...>."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STACK",
            description = "A stack name (its file is <stacks-dir>/Pulumi.<STACK>.yaml) or a stack file path.")
    private String stack;

    @Option(names = "--json", description = "Print the plan as JSON (the format in docs/plan-format.md).")
    private boolean json;

    @Option(names = "--stacks-dir", paramLabel = "DIR", defaultValue = "stacks",
            description = "Where stack files live (default: ${DEFAULT-VALUE}).")
    private Path stacksDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the plan to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        Plan plan = OfflinePlanner.plan(StackFiles.locate(stacksDir, stack));
        String rendered = json ? JsonPlanRenderer.render(plan) : TextPlanRenderer.render(plan);
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(output, rendered);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output, e);
            }
        }
        return HubfleetCli.OK;
    }
}
