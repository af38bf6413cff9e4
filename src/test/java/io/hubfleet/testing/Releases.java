package io.hubfleet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.List;

/** Helm releases in a plan, and their values. */
public final class Releases {

    public static final String TYPE = "kubernetes:helm.sh/v3:Release";

    private Releases() {
    }

    public static List<PlanResource> ofChart(Plan plan, String chart) {
        // A repository chart by its name; an OCI chart by the last segment of its reference.
        return plan.ofType(TYPE).stream().filter(r -> {
            String reference = r.input("/chart").asText();
            return reference.equals(chart) || reference.startsWith("oci://") && reference.endsWith("/" + chart);
        }).toList();
    }

    /**
     * What the release hands Helm: its values, with the keys its values files remove set to null (as the
     * provider merges them).
     */
    public static JsonNode values(Plan plan, String resourceName) {
        return values(plan.get(TYPE, resourceName));
    }

    public static ObjectNode values(PlanResource release) {
        return io.hubfleet.plan.ReleaseValues.of(release);
    }

}
