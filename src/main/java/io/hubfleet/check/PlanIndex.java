package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.ReleaseValues;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plan as the rules read it: resources by type, the hub a resource belongs to, stand-ins resolved to resources. */
final class PlanIndex {

    static final String HUB = "hubfleet:index:Hub";
    private static final Pattern STAND_IN = Pattern.compile("<stand-in:([^.>]+)\\.[^>]+>");

    private final Plan plan;

    PlanIndex(Plan plan) {
        this.plan = plan;
    }

    Plan plan() {
        return plan;
    }

    List<PlanResource> ofType(String type) {
        return plan.ofType(type);
    }

    List<PlanResource> ofTypePrefix(String prefix) {
        return plan.resources().stream().filter(r -> r.type().startsWith(prefix)).toList();
    }

    /** A hub's name on its cluster (its namespace: on a shared cluster, qualified by its stack). */
    static String clusterName(PlanResource hub) {
        return hub.outputs().path("namespace").asText(hub.name());
    }

    /** The hub component a resource belongs to, if any. */
    Optional<PlanResource> hubOf(PlanResource resource) {
        PlanResource current = resource;
        while (current != null) {
            if (HUB.equals(current.type())) {
                return Optional.of(current);
            }
            current = plan.parentOf(current).orElse(null);
        }
        return Optional.empty();
    }

    /** Whether {@code resource} belongs to the hub component {@code hub}. */
    boolean inHub(PlanResource resource, PlanResource hub) {
        return hubOf(resource).map(h -> h.urn().equals(hub.urn())).orElse(false);
    }

    /** The resource a {@code <stand-in:NAME.FIELD>} value comes from, of the given type. */
    Optional<PlanResource> standInSource(String value, String type) {
        Matcher m = STAND_IN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return plan.find(type, m.group(1));
    }

    /** The Helm releases of a chart, with their effective values. */
    List<PlanResource> releases(String chart) {
        return plan.ofType(ReleaseValues.RELEASE_TYPE).stream()
                .filter(r -> r.input("/chart").asText().equals(chart)).toList();
    }

    static JsonNode values(PlanResource release) {
        return ReleaseValues.of(release);
    }

    static Violation violation(SecurityRule rule, PlanResource resource, String problem, String fix) {
        return new Violation(rule.id(), resource.urn(), resource.type(), resource.name(), problem, fix);
    }
}
