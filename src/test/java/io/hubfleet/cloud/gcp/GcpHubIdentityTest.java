package io.hubfleet.cloud.gcp;

import io.hubfleet.components.Hub;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** Each hub's Google identity reaches its own buckets only, through Workload Identity. */
class GcpHubIdentityTest {

    private static final String BUCKET = "gcp:storage/bucket:Bucket";
    private static final String BUCKET_MEMBER = "gcp:storage/bucketIAMMember:BucketIAMMember";
    private static Plan plan;

    @BeforeAll
    static void planTwoHubs() {
        plan = Stacks.plan(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB);
    }

    @Test
    void workloadIdentityBindsExactlyTheHubsUserServiceAccount() {
        for (String hub : List.of("alpha", "beta")) {
            PlanResource binding = plan.get("gcp:serviceaccount/iAMMember:IAMMember", hub + "-workload-identity");
            assertThat(binding.input("/role").asText()).isEqualTo("roles/iam.workloadIdentityUser");
            assertThat(binding.input("/member").asText())
                    .isEqualTo("serviceAccount:test-project.svc.id.goog[" + hub + "/" + Hub.USER_SERVICE_ACCOUNT + "]");
            assertThat(binding.input("/serviceAccountId").asText()).isEqualTo("<stand-in:" + hub + "-users.name>");
            assertThat(binding.dependsOn()).as("the identity pool exists once the cluster does")
                    .contains(plan.get("gcp:container/cluster:Cluster", "test").urn());
            PlanResource account = plan.get("kubernetes:core/v1:ServiceAccount", hub + "-users");
            assertThat(account.input("/metadata/annotations/iam.gke.io~1gcp-service-account").asText())
                    .isEqualTo("<stand-in:" + hub + "-users.email>");
        }
    }

    /** GKE admits a binding only in the pool the cluster was given: both come from one place, and agree. */
    @Test
    void eachBindingNamesTheWorkloadPoolTheClusterWasGiven() {
        String pool = plan.get("gcp:container/cluster:Cluster", "test").input("/workloadIdentityConfig/workloadPool").asText();
        assertThat(plan.resources()).filteredOn(r -> r.type().equals("gcp:serviceaccount/iAMMember:IAMMember")
                        && r.input("/role").asText().equals("roles/iam.workloadIdentityUser"))
                .hasSize(2)
                .allSatisfy(binding -> assertThat(binding.input("/member").asText()).startsWith("serviceAccount:" + pool + "["));
    }

    @Test
    void scratchBucketsExpireAndAreNeverPublic() {
        PlanResource scratch = plan.get(BUCKET, "alpha-scratch");
        assertParent(plan, scratch, Hub.TYPE, "alpha");
        assertThat(scratch.input("/name").asText()).isEqualTo("test-project-test-alpha-scratch");
        assertThat(scratch.input("/uniformBucketLevelAccess").asBoolean()).isTrue();
        assertThat(scratch.input("/publicAccessPrevention").asText()).isEqualTo("enforced");
        assertThat(scratch.input("/lifecycleRules/0/action/type").asText()).isEqualTo("Delete");
        assertThat(scratch.input("/lifecycleRules/0/condition/age").asInt()).isEqualTo(7);
        assertThat(scratch.protect()).as("scratch is the documented exception").isFalse();
    }

    @Test
    void persistentBucketsAreProtectedRetainedAndVersioned() {
        PlanResource persistent = plan.get(BUCKET, "beta-persistent");
        assertThat(persistent.protect()).isTrue();
        assertThat(persistent.retainOnDelete()).isTrue();
        assertThat(persistent.input("/forceDestroy").asBoolean()).isFalse();
        assertThat(persistent.input("/versioning/enabled").asBoolean()).isTrue();
        assertThat(persistent.input("/publicAccessPrevention").asText()).isEqualTo("enforced");
        assertThat(persistent.inputs().has("lifecycleRules")).isFalse();
        assertThat(plan.find(BUCKET, "alpha-persistent")).isEmpty();
    }

    @Test
    void oneHubsIdentityHasNoAccessToAnotherHubsBuckets() {
        for (PlanResource member : plan.ofType(BUCKET_MEMBER)) {
            String hub = member.name().substring(0, member.name().indexOf('-'));
            assertThat(member.input("/bucket").asText()).as(member.name()).startsWith("test-project-test-" + hub + "-");
            assertThat(member.input("/member").asText()).isEqualTo("serviceAccount:<stand-in:" + hub + "-users.email>");
            assertThat(member.input("/role").asText()).isIn(GcpHubIdentityBackend.BUCKET_ROLES);
        }
        assertThat(plan.ofType(BUCKET_MEMBER)).extracting(PlanResource::name).containsExactlyInAnyOrder(
                "alpha-scratch-users-objectAdmin", "alpha-scratch-users-legacyBucketReader",
                "beta-scratch-users-objectAdmin", "beta-scratch-users-legacyBucketReader",
                "beta-persistent-users-objectAdmin", "beta-persistent-users-legacyBucketReader");
        // Nothing grants a hub's identity anything on the project.
        assertThat(plan.ofType("gcp:projects/iAMMember:IAMMember"))
                .allSatisfy(m -> assertThat(m.input("/member").asText()).doesNotContain("-users.email"));
    }
}
