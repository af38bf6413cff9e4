package io.hubfleet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hubfleet.workflow.DeployOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hubfleet deploy-order DIFF [--stack S]}: the waves the deploy workflow runs (docs/workflows.md),
 * from {@code hubfleet diff --json}.
 */
@Command(name = "deploy-order",
        mixinStandardHelpOptions = true,
        description = {"Which stacks a deploy runs, in which wave: staging cluster stacks, staging hub-only stacks, "
                + "the other cluster stacks, the other hub-only stacks (a hub-only stack always after its cluster "
                + "stack). Reads a diff from hubfleet diff --json; prints JSON (docs/workflows.md).",
                "Exit status: 0 done, 2 unreadable input or an unknown --stack."})
final class DeployOrderCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIFF", description = "The diff of the plans before and after (hubfleet diff --json).")
    private Path diff;

    @Option(names = "--stack", paramLabel = "STACK",
            description = "Deploy only this stack, changed or not (a deploy dispatched by hand).")
    private String stack;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the order to FILE.")
    private Path output;

    @Override
    public Integer call() throws JsonProcessingException {
        CallerPaths paths = CallerPaths.current();
        Path output = Output.target(paths, this.output, paths.stacksDir(null));
        JsonNode document;
        try {
            document = JSON.readTree(paths.resolve(diff).toFile());
        } catch (IOException e) {
            throw new BadArgumentException("cannot read the diff " + diff + ": " + e.getMessage());
        }
        if (document == null || !document.path("stacks").isArray()) {
            throw new BadArgumentException(diff + " is not a diff from hubfleet diff --json (it has no stacks)");
        }
        DeployOrder order;
        try {
            order = DeployOrder.of(document, Optional.ofNullable(stack).filter(s -> !s.isBlank()));
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(e.getMessage());
        }
        Output.write(spec, output, JSON.writeValueAsString(order.toJson()) + "\n");
        return HubfleetCli.OK;
    }
}
