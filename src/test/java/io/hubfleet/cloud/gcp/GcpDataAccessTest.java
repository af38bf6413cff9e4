package io.hubfleet.cloud.gcp;

import io.hubfleet.check.SecurityCheck;
import io.hubfleet.components.Hub;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** A hub's dataAccess on GCP: members of the named buckets' IAM policies for the hub's own service account. */
class GcpDataAccessTest {

    private static final String BUCKET_MEMBER = "gcp:storage/bucketIAMMember:BucketIAMMember";
    private static Plan plan;

    @BeforeAll
    static void planAHubWithDataAndOneWithout() {
        plan = Stacks.plan(Stacks.GCP_WITH_HUB + """
                      dataAccess:
                        - {bucket: "gs://shared-data"}
                        - {bucket: "gs://course-uploads", access: read-write, requesterPays: true}
                """ + Stacks.BETA_HUB);
    }

    @Test
    void eachDeclaredBucketGrantsTheLeastRoleOfItsAccessToTheHubsOwnAccount() {
        PlanResource read = plan.get(BUCKET_MEMBER, "alpha-data-shared-data");
        assertParent(plan, read, Hub.TYPE, "alpha");
        assertThat(read.input("/bucket").asText()).isEqualTo("shared-data");
        assertThat(read.input("/role").asText()).isEqualTo("roles/storage.objectViewer");
        assertThat(read.input("/member").asText()).isEqualTo("serviceAccount:<stand-in:alpha-users.email>");
        PlanResource write = plan.get(BUCKET_MEMBER, "alpha-data-course-uploads");
        assertThat(write.input("/bucket").asText()).isEqualTo("course-uploads");
        assertThat(write.input("/role").asText()).isEqualTo("roles/storage.objectUser");
        assertThat(write.input("/member").asText()).isEqualTo("serviceAccount:<stand-in:alpha-users.email>");
        // Nothing hubfleet makes here holds the data: the buckets are not resources of the stack.
        assertThat(plan.ofType("gcp:storage/bucket:Bucket")).extracting(r -> r.input("/name").asText())
                .doesNotContain("shared-data", "course-uploads");
        assertThat(read.protect() || write.protect()).isFalse();
        assertThat(plan.ofType(BUCKET_MEMBER)).filteredOn(r -> r.name().startsWith("beta-data")).isEmpty();
    }

    @Test
    void requesterPaysLetsTheHubsAccountBillItsOwnProject() {
        PlanResource billing = plan.get("gcp:projects/iAMMember:IAMMember", "alpha-requester-pays");
        assertParent(plan, billing, Hub.TYPE, "alpha");
        assertThat(billing.input("/project").asText()).isEqualTo("test-project");
        assertThat(billing.input("/role").asText()).isEqualTo("roles/serviceusage.serviceUsageConsumer");
        assertThat(billing.input("/member").asText()).isEqualTo("serviceAccount:<stand-in:alpha-users.email>");
        assertThat(plan.find("gcp:projects/iAMMember:IAMMember", "beta-requester-pays")).isEmpty();
    }

    @Test
    void theHubDeclaresItsGrantsAndTheSecurityCheckAcceptsExactlyThem() {
        PlanResource hub = plan.get(Hub.TYPE, "alpha");
        assertThat(hub.outputs().path("dataAccess").toString()).isEqualTo("[{\"access\":\"read\",\"requesterPays\":false,"
                + "\"target\":\"gs://shared-data\"},{\"access\":\"read-write\",\"requesterPays\":true,"
                + "\"target\":\"gs://course-uploads\"}]");
        assertThat(plan.get(Hub.TYPE, "beta").outputs().has("dataAccess")).isFalse();
        assertThat(SecurityCheck.run(plan)).isEmpty();
    }
}
