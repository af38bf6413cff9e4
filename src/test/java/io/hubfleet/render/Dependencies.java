package io.hubfleet.render;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a resource waits for before Pulumi creates it: its explicit dependencies, everything under a
 * component it depends on, and so on transitively. (Dependencies through inputs are left out: the
 * checks ask for an ordering the program states.)
 */
public final class Dependencies {

    private Dependencies() {
    }

    /** The URNs the resource is created after. */
    public static Set<String> before(Plan plan, PlanResource resource) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(resource.dependsOn());
        while (!todo.isEmpty()) {
            String urn = todo.pop();
            if (!seen.add(urn)) {
                continue;
            }
            plan.byUrn(urn).ifPresent(r -> todo.addAll(r.dependsOn()));
            List<PlanResource> children = plan.childrenOf(urn);
            children.forEach(c -> todo.push(c.urn()));
        }
        return seen;
    }

    /** Whether {@code later} is created after {@code earlier}. */
    public static boolean after(Plan plan, PlanResource later, PlanResource earlier) {
        return before(plan, later).contains(earlier.urn());
    }
}
