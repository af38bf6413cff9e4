package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.plan.Plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One cluster as it would run: the example stack that makes it together with the hub-only stacks that
 * attach to it ({@code hubfleet:clusterStack}), their plans, every object they put on it and its pools.
 */
public record Estate(String clusterStack, List<String> stacks, List<Plan> plans, List<StackObjects.Origin> objects,
                     List<Pool> pools) {

    @Override
    public String toString() {
        return String.join("+", stacks);
    }

    /** Every example cluster, each with its hub-only stacks; without the charts, the tests skip here. */
    public static List<Estate> examples() {
        Upstream.assumeCharts();
        Map<String, List<String>> byCluster = new TreeMap<>();
        for (String stack : exampleStacks()) {
            String cluster = clusterStackOf(stack);
            byCluster.computeIfAbsent(cluster, c -> new ArrayList<>());
            if (cluster.equals(stack)) {
                byCluster.get(cluster).add(0, stack);
            } else {
                byCluster.get(cluster).add(stack);
            }
        }
        List<Estate> estates = new ArrayList<>();
        byCluster.forEach((cluster, stacks) -> estates.add(of(cluster, stacks)));
        return estates;
    }

    public static Estate of(String cluster, List<String> stacks) {
        List<Plan> plans = stacks.stream().map(RenderedPlans::plan).toList();
        List<StackObjects.Origin> objects = new ArrayList<>();
        stacks.forEach(s -> objects.addAll(RenderedPlans.objects(s)));
        return new Estate(cluster, List.copyOf(stacks), plans, List.copyOf(objects),
                Pool.of(RenderedPlans.plan(cluster)));
    }

    public static List<String> exampleStacks() {
        try (Stream<Path> files = Files.list(Path.of("stacks"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("Pulumi\\..+\\.yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stack whose cluster the example runs on: its own, or the one its clusterStack names. */
    static String clusterStackOf(String stack) {
        try {
            JsonNode file = new YAMLMapper().readTree(Path.of("stacks", "Pulumi." + stack + ".yaml").toFile());
            String reference = file.path("config").path("hubfleet:clusterStack").asText("");
            return reference.isEmpty() ? stack : reference.substring(reference.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan of the stack that holds the resource. */
    public Plan planOf(StackObjects.Origin origin) {
        return plans.stream().filter(p -> p.stack().equals(origin.stack())).findFirst().orElseThrow();
    }

    public String cloud() {
        return RenderedPlans.plan(clusterStack).cloud();
    }
}
