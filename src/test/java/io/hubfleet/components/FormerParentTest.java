package io.hubfleet.components;

import com.pulumi.gcp.storage.Bucket;
import com.pulumi.gcp.storage.BucketArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources moved under a new component keep their URNs: what the Java SDK sends for the aliases, collapsed
 * as the engine collapses them, is exactly each resource's URN before the move, grandchildren included.
 */
class FormerParentTest {

    private static final String STACK = "urn:pulumi:s::p::pulumi:pulumi:Stack";
    private static final String BUCKET = "gcp:storage/bucket:Bucket";
    private static Plan plan;

    @BeforeAll
    static void moveAComponentsChildrenUnderANewOne() {
        plan = PlanEngine.run("p", "s", Map.of(), Set.of(), ctx -> {
            ComponentResource old = new ComponentResource("test:index:Old", "old", null);
            ComponentResource moved = new ComponentResource("test:index:New", "old",
                    FormerParent.options(old, "test:index:New", "old"));
            ComponentResource inner = new ComponentResource("test:index:Inner", "old-inner",
                    ComponentResourceOptions.builder().parent(moved).build());
            new Bucket("old-leaf", BucketArgs.builder().location("EU").build(),
                    CustomResourceOptions.builder().parent(inner).build());
            new Bucket("old-direct", BucketArgs.builder().location("EU").build(),
                    CustomResourceOptions.builder().parent(moved).build());
            new Bucket("elsewhere", BucketArgs.builder().location("EU").build(),
                    CustomResourceOptions.builder().parent(old).build());
        });
    }

    @Test
    void aDirectChildIsAliasedToItsUrnUnderTheFormerParent() {
        assertThat(plan.get(BUCKET, "old-direct").urn())
                .isEqualTo(STACK + "$test:index:Old$test:index:New$" + BUCKET + "::old-direct");
        assertThat(plan.get(BUCKET, "old-direct").aliases())
                .containsExactly(STACK + "$test:index:Old$" + BUCKET + "::old-direct");
        assertThat(plan.get("test:index:Inner", "old-inner").aliases())
                .containsExactly(STACK + "$test:index:Old$test:index:Inner::old-inner");
    }

    @Test
    void aGrandchildInheritsItsParentsAliasAsTheEngineDoes() {
        // Its parent chain changes too; the engine derives its old URN from its parent's alias.
        assertThat(plan.get(BUCKET, "old-leaf").aliases())
                .containsExactly(STACK + "$test:index:Old$test:index:Inner$" + BUCKET + "::old-leaf");
    }

    @Test
    void neitherTheNewComponentNorResourcesElsewhereGetAnAlias() {
        assertThat(plan.get("test:index:New", "old").aliases()).isEmpty();
        assertThat(plan.get(BUCKET, "elsewhere").aliases()).isEmpty();
    }
}
