package io.hubfleet.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.ReleaseValues;

import java.util.List;
import java.util.Optional;

/** What the cost model reads from a plan: its cloud and region, node pools, resources and Helm releases. */
final class PlanFacts {

    static final String RELEASE = ReleaseValues.RELEASE_TYPE;

    private final Plan plan;
    private final Cloud cloud;
    private final String region;
    private final List<PoolFacts> pools;

    PlanFacts(Plan plan) {
        this.plan = plan;
        this.cloud = Cloud.fromConfigName(plan.cloud());
        this.region = regionOf(plan);
        this.pools = plan.ofType("hubfleet:index:NodePool").stream().map(PoolFacts::of)
                .sorted(java.util.Comparator.comparing(PoolFacts::resource)).toList();
    }

    /** The region: the stack output, or (a hub-only stack) the region its account provider works in. */
    private static String regionOf(Plan plan) {
        JsonNode output = plan.outputs().path("region");
        if (output.isTextual()) {
            return output.asText();
        }
        return plan.resources().stream().filter(r -> r.type().startsWith("pulumi:providers:"))
                .map(r -> r.input("/region").isTextual() ? r.input("/region").asText() : r.input("/location").asText(""))
                .filter(r -> !r.isEmpty()).findFirst()
                .orElseGet(() -> plan.resources().stream().map(r -> r.input("/location").asText(""))
                        .filter(r -> !r.isEmpty()).findFirst().orElse("unknown"));
    }

    Plan plan() {
        return plan;
    }

    Cloud cloud() {
        return cloud;
    }

    String region() {
        return region;
    }

    List<PoolFacts> pools() {
        return pools;
    }

    List<PlanResource> ofType(String type) {
        return plan.ofType(type);
    }

    /** The releases of a chart (its name, or the last segment of its OCI reference). */
    List<PlanResource> releases(String chart) {
        return plan.ofType(RELEASE).stream().filter(r -> {
            String reference = r.input("/chart").asText();
            return reference.equals(chart) || reference.endsWith("/" + chart);
        }).toList();
    }

    static ObjectNode values(PlanResource release) {
        return ReleaseValues.of(release);
    }

    /** The name of the hub a resource belongs to: its nearest {@code hubfleet:index:Hub} ancestor. */
    Optional<String> hubOf(PlanResource resource) {
        Optional<PlanResource> at = plan.parentOf(resource);
        while (at.isPresent()) {
            if (at.get().type().equals("hubfleet:index:Hub")) {
                return Optional.of(at.get().name());
            }
            at = plan.parentOf(at.get());
        }
        return Optional.empty();
    }
}
