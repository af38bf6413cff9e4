package io.hubfleet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions about a plan's structure that several tests share. */
public final class PlanAssertions {

    private PlanAssertions() {
    }

    /** The type chain from the resource up to the stack: [own type, parent type, ..., pulumi:pulumi:Stack]. */
    public static List<String> ancestry(Plan plan, PlanResource resource) {
        List<String> types = new ArrayList<>();
        PlanResource current = resource;
        while (current != null) {
            types.add(current.type());
            current = plan.parentOf(current).orElse(null);
        }
        return types;
    }

    public static void assertParent(Plan plan, PlanResource child, String parentType, String parentName) {
        PlanResource parent = plan.parentOf(child).orElseThrow(() -> new AssertionError(child.urn() + " has no parent"));
        assertThat(parent.type()).as("parent type of " + child.name()).isEqualTo(parentType);
        assertThat(parent.name()).as("parent name of " + child.name()).isEqualTo(parentName);
    }

    /** Every string anywhere in a JSON tree. */
    public static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }
}
