package io.hubfleet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hubfleet.plan.diff.PlanDocuments;
import io.hubfleet.smoke.SmokeTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hubfleet smoke-targets PLANS DIFF --stack S [--before PLANS]}: the hubs of a stack the deploy
 * changed, for the deploy workflow's smoke test (docs/smoke-test.md).
 */
@Command(name = "smoke-targets",
        mixinStandardHelpOptions = true,
        description = {"The hubs of one stack that a deploy changes (the diff adds, updates or removes the hub or "
                + "anything under it), with the URL, namespace and Dask setting hubfleet smoke needs. Reads the plans "
                + "after (hubfleet plan --all --json) and the diff (hubfleet diff --json); prints JSON (docs/smoke-test.md).",
                "Exit status: 0 done, 2 unreadable input or a stack in neither."})
final class SmokeTargetsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLANS", description = "The plans at the deployed commit (hubfleet plan --all --json).")
    private Path plans;

    @Parameters(index = "1", paramLabel = "DIFF", description = "The diff that chose the stacks (hubfleet diff --json).")
    private Path diff;

    @Option(names = "--stack", required = true, paramLabel = "STACK", description = "The stack just deployed.")
    private String stack;

    @Option(names = "--before", paramLabel = "PLANS",
            description = "The plans before, to place resources the deploy removed under their hub.")
    private Path before;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the hubs to FILE.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        CallerPaths paths = CallerPaths.current();
        Path plans = paths.resolve(this.plans);
        Path diff = paths.resolve(this.diff);
        Path before = paths.resolve(this.before);
        Path output = Output.target(paths, this.output, paths.stacksDir(null));
        JsonNode after = planOf(plans).orElseThrow(() -> new BadArgumentException("no plan of stack " + stack + " in " + plans));
        Optional<JsonNode> earlier = before == null ? Optional.empty() : planOf(before);
        JsonNode document;
        try {
            document = JSON.readTree(diff.toFile());
        } catch (IOException e) {
            throw new BadArgumentException("cannot read the diff " + diff + ": " + e.getMessage());
        }
        JsonNode stackDiff = null;
        for (JsonNode entry : document.path("stacks")) {
            if (stack.equals(entry.path("stack").asText())) {
                stackDiff = entry;
            }
        }
        if (stackDiff == null) {
            throw new BadArgumentException("the diff " + diff + " has no stack " + stack);
        }
        List<SmokeTargets.Target> targets;
        try {
            targets = SmokeTargets.of(after, earlier, stackDiff);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(e.getMessage());
        }
        String text = JSON.writeValueAsString(SmokeTargets.toJson(stack, after.path("cloud").asText(), targets)) + "\n";
        Output.write(spec, output, text);
        return HubfleetCli.OK;
    }

    private Optional<JsonNode> planOf(Path file) {
        try {
            return PlanDocuments.read(file).stream().filter(p -> stack.equals(p.path("stack").asText())).findFirst();
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(e.getMessage());
        }
    }
}
