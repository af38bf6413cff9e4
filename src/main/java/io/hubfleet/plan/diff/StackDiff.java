package io.hubfleet.plan.diff;

import java.util.List;

/**
 * How one stack's plan changes.
 *
 * @param stack          the stack name
 * @param cloud          its cloud, when the plans say
 * @param stage          when it deploys on merge (staging, production), when the plans say
 * @param clusterStack   for a hub-only stack, its cluster stack's name (the last part of
 *                       {@code hubfleet:clusterStack}); null for a stack that makes its cluster
 * @param status         whether the stack is new, gone, changed or unchanged
 * @param resources      the resources added, updated, removed and moved, by URN
 * @param outputChanges  the stack outputs that change
 * @param cost           how its idle monthly cost changes, or null when the plans carry no cost
 */
public record StackDiff(String stack, String cloud, String stage, String clusterStack, Status status, List<ResourceChange> resources,
                        List<InputChange> outputChanges, CostChange cost) {

    public StackDiff {
        resources = List.copyOf(resources);
        outputChanges = List.copyOf(outputChanges);
    }

    /** Whether the stack is new, gone, changed or unchanged. */
    public enum Status {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean changed() {
        return status != Status.UNCHANGED;
    }

    public long count(ResourceChange.Action action) {
        return resources.stream().filter(r -> r.action() == action).count();
    }

    /** Every data-safety warning of the stack's resources. */
    public long warnings() {
        return resources.stream().mapToLong(r -> r.warnings().size()).sum();
    }

    /** "2 to add, 1 to change, 0 to remove", and ", 3 moved" when resources only move. */
    public String summary() {
        long moved = count(ResourceChange.Action.MOVE);
        return count(ResourceChange.Action.ADD) + " to add, " + count(ResourceChange.Action.UPDATE) + " to change, "
                + count(ResourceChange.Action.REMOVE) + " to remove" + (moved == 0 ? "" : ", " + moved + " moved");
    }
}
