package io.hubfleet.render;

import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Stacks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The examples' plans (Stacks' shared plans, one copy for the rendering tests, which read and never change
 * them) and the objects they render, each made once per test run.
 */
public final class RenderedPlans {

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();
    private static final Map<String, List<StackObjects.Origin>> OBJECTS = new ConcurrentHashMap<>();

    private RenderedPlans() {
    }

    public static Plan plan(String stack) {
        return PLANS.computeIfAbsent(stack, Stacks::example);
    }

    public static List<StackObjects.Origin> objects(String stack) {
        return OBJECTS.computeIfAbsent(stack, s -> StackObjects.of(plan(s)));
    }
}
