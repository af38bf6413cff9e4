package io.hubfleet.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A hub-only stack holds hubs and nothing of the cluster they run on: those keys belong to the
 * cluster stack, and are refused here rather than silently ignored.
 */
final class HubStackRules implements StackRule {

    /** What a hub-only stack may set. */
    static final List<String> HUB_STACK_KEYS = List.of("hubfleet:cloud", "hubfleet:clusterStack", "hubfleet:stage",
            "hubfleet:dns", "hubfleet:alerts", "hubfleet:hubs");

    private static final List<String> CLUSTER_KEYS = List.of("hubfleet:region", "hubfleet:zone", "hubfleet:account",
            "hubfleet:budget", "hubfleet:cluster", "hubfleet:nodePools", "hubfleet:homeStorage", "hubfleet:ingress",
            "hubfleet:monitoring");

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!config.hubOnly()) {
            return problems;
        }
        for (String key : CLUSTER_KEYS) {
            if (config.raw().config().has(key)) {
                problems.add(ConfigProblem.of(ConfigPath.key(key), "belongs to the cluster stack "
                        + config.clusterStack().get() + ", not to a hub-only stack",
                        "in a hub-only stack only " + String.join(", ", HUB_STACK_KEYS)));
            }
        }
        return problems;
    }
}
