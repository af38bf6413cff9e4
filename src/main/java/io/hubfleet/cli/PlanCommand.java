package io.hubfleet.cli;

import io.hubfleet.check.SecurityCheck;
import io.hubfleet.check.Violation;
import io.hubfleet.config.UnsetSecrets;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.cost.CostJson;
import io.hubfleet.cost.CostText;
import io.hubfleet.cost.PlanCost;
import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.TextPlanRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hubfleet plan <stack>} or {@code hubfleet plan --all}: what stacks would create, offline. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        description = {"Plan a stack offline: run the real program under Pulumi's mock engine, with no cloud "
                + "credentials and no Pulumi CLI, and print every resource, its parent and its inputs.",
                "Secrets print as [secret], and secrets the stack file does not hold yet as [secret not set] (with a "
                        + "warning; pulumi up refuses them); values only the cloud knows print as <stand-in:...>."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final StackPlanner planner;

    PlanCommand() {
        this(StackPlanner.OFFLINE);
    }

    PlanCommand(StackPlanner planner) {
        this.planner = planner;
    }

    @ArgGroup(multiplicity = "1")
    private Which which;

    /** One stack, or all of them. */
    static final class Which {
        @Parameters(index = "0", paramLabel = "STACK",
                description = "A stack name (its file is <stacks-dir>/Pulumi.<STACK>.yaml) or a stack file path "
                        + "(from the current directory).")
        String stack;

        @Option(names = "--all", required = true,
                description = "Plan every stack in the stacks directory, in one process. With --json, one document "
                        + "holding every plan (the input of hubfleet diff).")
        boolean all;
    }

    @Option(names = "--json", description = "Print JSON (the format in docs/plan-format.md).")
    private boolean json;

    @Option(names = "--check", description = "Check the security invariants (docs/security.md) instead of "
            + "printing the plan: exit 3 with every violation, its resource and its fix.")
    private boolean check;

    @Option(names = "--stacks-dir", paramLabel = "DIR",
            description = "Where stack files live (default: the stacks directory of the hubfleet checkout).")
    private Path stacksDirOption;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the plan to FILE (from the current directory) instead of standard output; "
                    + "never a stack file.")
    private Path output;

    @Override
    public Integer call() {
        CallerPaths paths = CallerPaths.current();
        Path stacksDir = paths.stacksDir(stacksDirOption);
        Path output = Output.target(paths, this.output, stacksDir);
        if (!which.all) {
            Plan plan = planner.plan(StackFiles.locate(paths, stacksDir, which.stack));
            warnOfUnsetSecrets(List.of(plan));
            if (check) {
                return checked(List.of(plan), output);
            }
            Output.write(spec, output, json ? JsonPlanRenderer.render(plan, PlanCommand::sections) : text(plan));
            return HubfleetCli.OK;
        }
        List<String> stacks = StackFiles.stackNames(stacksDir);
        if (stacks.isEmpty()) {
            throw new BadArgumentException("there are no stack files (Pulumi.<stack>.yaml) in " + stacksDir);
        }
        List<Plan> plans = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String stack : stacks) {
            try {
                plans.add(planner.plan(StackFiles.locate(stacksDir, stack)));
            } catch (InvalidStackConfigException invalid) {
                refused.add(invalid.report());
            }
        }
        refused.addAll(SharedClusterClashes.of(plans, stacksDir));
        if (!refused.isEmpty()) {
            // Every refused stack is reported; nothing is written, so no partial plan is mistaken for all.
            refused.forEach(report -> spec.commandLine().getErr().println("error: " + report));
            spec.commandLine().getErr().println("error: " + refused.size() + " of " + stacks.size()
                    + " stacks were refused; nothing was written");
            return HubfleetCli.BAD_INPUT;
        }
        warnOfUnsetSecrets(plans);
        if (check) {
            return checked(plans, output);
        }
        String rendered = json ? JsonPlanRenderer.renderAll(plans, PlanCommand::sections)
                : String.join("\n", plans.stream().map(PlanCommand::text).toList());
        Output.write(spec, output, rendered);
        return HubfleetCli.OK;
    }

    /** A secret not set yet is said on standard error too, unless the plan text printed there says it. */
    private void warnOfUnsetSecrets(List<Plan> plans) {
        if (!json && !check && output == null) {
            return;
        }
        for (Plan plan : plans) {
            plan.warnings().stream().filter(w -> w.startsWith(UnsetSecrets.WARNING_PREFIX)).forEach(w -> spec.commandLine()
                    .getErr().println("warning: " + plan.stack() + ": " + w.substring(UnsetSecrets.WARNING_PREFIX.length())));
        }
    }

    /** The sections hubfleet adds to a plan's JSON: what the estate costs. */
    static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> sections(Plan plan) {
        return CostJson.sections(plan);
    }

    /** The readable plan, its cost last. */
    static String text(Plan plan) {
        return TextPlanRenderer.render(plan) + CostText.render(PlanCost.estimate(plan));
    }

    /** The security check's report of each plan; exit 3 when any invariant is broken. */
    private int checked(List<Plan> plans, Path output) {
        StringBuilder report = new StringBuilder();
        int violations = 0;
        for (Plan plan : plans) {
            List<Violation> found = SecurityCheck.run(plan);
            violations += found.size();
            report.append(SecurityCheck.report(plan.stack(), found));
        }
        Output.write(spec, output, report.toString());
        return violations == 0 ? HubfleetCli.OK : HubfleetCli.VIOLATIONS;
    }
}
