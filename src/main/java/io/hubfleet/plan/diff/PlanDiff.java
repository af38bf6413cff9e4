package io.hubfleet.plan.diff;

import java.util.List;

/**
 * How a set of plans changes, stack by stack (ordered by stack name).
 *
 * @param stacks every stack of either side
 */
public record PlanDiff(List<StackDiff> stacks) {

    public PlanDiff {
        stacks = List.copyOf(stacks);
    }

    public boolean hasChanges() {
        return stacks.stream().anyMatch(StackDiff::changed);
    }

    public List<StackDiff> changedStacks() {
        return stacks.stream().filter(StackDiff::changed).toList();
    }
}
