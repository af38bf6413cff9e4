package io.hubfleet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's shared plans are handed out as deep copies: what one test changes in its copy, no other test sees. */
class SharedPlansTest {

    @Test
    void aChangedCopyLeavesTheSharedPlanAsItWas() {
        Plan mine = Stacks.example("small-gcp");
        String before = io.hubfleet.plan.JsonPlanRenderer.render(mine);
        PlanResource first = mine.resources().get(mine.resources().size() - 1);
        first.inputs().put("changedByATest", true);
        mine.outputs().put("changedByATest", true);

        Plan theirs = Stacks.example("small-gcp");
        assertThat(theirs != mine).as("another copy").isTrue();
        assertThat(theirs.resources().get(theirs.resources().size() - 1).inputs().has("changedByATest")).isFalse();
        assertThat(theirs.outputs().has("changedByATest")).isFalse();
        assertThat(io.hubfleet.plan.JsonPlanRenderer.render(theirs)).isEqualTo(before);

        Plan text = Stacks.plan(Stacks.GCP);
        ((ObjectNode) text.resources().get(0).inputs()).put("changedByATest", true);
        assertThat(Stacks.plan(Stacks.GCP).resources().get(0).inputs().has("changedByATest")).isFalse();
    }
}
