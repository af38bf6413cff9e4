package io.hubfleet.export;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders some resources of a plan so each comes after those it depends on, directly or through other
 * resources of the plan (a release that waits for a Gateway that waits for another release).
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    static List<PlanResource> of(Plan plan, List<PlanResource> subset) {
        Set<String> wanted = new HashSet<>(subset.stream().map(PlanResource::urn).toList());
        LinkedHashSet<String> done = new LinkedHashSet<>();
        for (PlanResource resource : subset) {
            visit(plan, resource.urn(), wanted, done, new HashSet<>());
        }
        List<PlanResource> out = new ArrayList<>();
        for (String urn : done) {
            if (wanted.contains(urn)) {
                out.add(plan.byUrn(urn).orElseThrow());
            }
        }
        return out;
    }

    private static void visit(Plan plan, String urn, Set<String> wanted, LinkedHashSet<String> done, Set<String> path) {
        if (done.contains(urn) || !path.add(urn)) {
            return;
        }
        plan.byUrn(urn).ifPresent(resource -> resource.dependsOn().forEach(dep -> visit(plan, dep, wanted, done, path)));
        done.add(urn);
    }
}
