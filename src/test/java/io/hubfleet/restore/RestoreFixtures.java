package io.hubfleet.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Stacks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The example stacks' homes, planned once per test run, and ways to look into a restore's steps. */
final class RestoreFixtures {

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    private RestoreFixtures() {
    }

    static Plan example(String stack) {
        return PLANS.computeIfAbsent(stack, Stacks::example);
    }

    /** An example's hubs' homes (a hub-only example's with its cluster stack's plan). */
    static List<HubHome> homes(String stack) {
        Plan plan = example(stack);
        String cluster = plan.outputs().path("clusterStack").asText("");
        return HubHomeReader.read(plan, cluster.isEmpty() ? plan : example(cluster.substring(cluster.lastIndexOf('/') + 1)));
    }

    static List<HubHome> homes(Path stackFile, Path clusterFile) {
        return HubHomeReader.read(OfflinePlanner.plan(stackFile), OfflinePlanner.plan(clusterFile));
    }

    static HubHome home(String stack, String hub) {
        return homes(stack).stream().filter(home -> home.hub().equals(hub)).findFirst().orElseThrow();
    }

    static List<Step> restore(HubHome home, String user, String from) {
        return home.backups().restore(new RestoreRequest(home, Optional.ofNullable(user), from));
    }

    static List<Step> ofKind(List<Step> steps, StepKind kind) {
        return steps.stream().filter(step -> step.kind() == kind).toList();
    }

    /** Every command of the steps, their lookups too. */
    static List<ShellCommand> commands(List<Step> steps) {
        List<ShellCommand> all = new ArrayList<>();
        for (Step step : steps) {
            for (ShellCommand command : step.commands()) {
                all.add(command);
                if (command.existing() != null) {
                    all.add(command.existing());
                }
            }
        }
        return all;
    }

    /** The script a step runs in the restore pod (kubectl exec ... sh -c SCRIPT). */
    static String podScript(Step step) {
        ShellCommand exec = step.commands().stream().filter(c -> c.argv().contains("exec")).findFirst().orElseThrow();
        return exec.argv().get(exec.argv().size() - 1);
    }

    /** The objects {@code kubectl apply} gets, with found values filled in by stand-ins. */
    static List<ObjectNode> manifests(List<Step> steps) {
        List<ObjectNode> objects = new ArrayList<>();
        for (ShellCommand command : commands(steps)) {
            if (command.stdin() == null) {
                continue;
            }
            String filled = ShellCommand.VARIABLE.matcher(command.stdin()).replaceAll(m -> "found-" + m.group(1).toLowerCase(java.util.Locale.ROOT));
            try {
                for (String document : filled.split("(?m)^---\n")) {
                    objects.add((ObjectNode) YAML.readTree(document));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return objects;
    }

    static Stream<JsonNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).map(o -> (JsonNode) o);
    }
}
