package io.hubfleet.restore;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.List;
import java.util.Optional;

/** Reading a plan for what a restore needs: values that must be there, and those only the cloud knows. */
final class PlanFacts {

    private PlanFacts() {
    }

    /** Whether the offline engine invented this value (only the cloud knows it). */
    static boolean isStandIn(String value) {
        return value.startsWith("<stand-in:") || value.equals("[unknown]");
    }

    /** The text at a pointer; fails naming the resource when it is missing. */
    static String text(PlanResource resource, String pointer) {
        JsonNode node = resource.input(pointer);
        if (!node.isValueNode() || node.asText().isEmpty()) {
            throw new IllegalStateException(resource.type() + " " + resource.name() + " has no " + pointer);
        }
        return node.asText();
    }

    static String text(JsonNode node, String pointer, String what) {
        JsonNode value = node.at(pointer);
        if (!value.isValueNode() || value.asText().isEmpty()) {
            throw new IllegalStateException("the plan has no " + what + " (" + pointer + ")");
        }
        return value.asText();
    }

    /** The only resource of a type, if the plan has exactly one. */
    static Optional<PlanResource> single(Plan plan, String type) {
        List<PlanResource> found = plan.ofType(type);
        if (found.size() > 1) {
            throw new IllegalStateException("the plan of " + plan.stack() + " has " + found.size() + " " + type);
        }
        return found.stream().findFirst();
    }

    static PlanResource require(Plan plan, String type, String name) {
        return plan.find(type, name).orElseThrow(() -> new IllegalStateException("the plan of " + plan.stack()
                + " has no " + type + " " + name));
    }

    static PlanResource requireSingle(Plan plan, String type) {
        return single(plan, type).orElseThrow(() -> new IllegalStateException("the plan of " + plan.stack()
                + " has no " + type));
    }
}
