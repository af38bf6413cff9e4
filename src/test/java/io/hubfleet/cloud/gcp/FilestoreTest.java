package io.hubfleet.cloud.gcp;

import io.hubfleet.components.Filestore;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** Filestore home storage: protected, retained, on the cluster's network, backed up daily. */
class FilestoreTest {

    private static final String INSTANCE = "gcp:filestore/instance:Instance";
    private static Plan plan;

    @BeforeAll
    static void planHubs() {
        plan = Stacks.plan(Stacks.managedHomes(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB));
    }

    @Test
    void instanceHoldsUserDataSoItIsProtectedAndRetained() {
        PlanResource instance = plan.get(INSTANCE, "test-home");
        assertParent(plan, instance, Filestore.TYPE, "test-home");
        assertThat(instance.protect()).isTrue();
        assertThat(instance.retainOnDelete()).isTrue();
        assertThat(instance.input("/tier").asText()).isEqualTo("BASIC_HDD");
        assertThat(instance.input("/location").asText()).isEqualTo("us-central1-b");
        assertThat(instance.input("/fileShares/name").asText()).isEqualTo("homes");
        assertThat(instance.input("/fileShares/capacityGb").asInt()).isEqualTo(1024);
    }

    @Test
    void onlyTheNodesSubnetMayMountIt() {
        PlanResource instance = plan.get(INSTANCE, "test-home");
        assertThat(instance.input("/fileShares/nfsExportOptions/0/ipRanges").toString()).isEqualTo("[\"10.0.0.0/16\"]");
        assertThat(instance.input("/fileShares/nfsExportOptions/0/accessMode").asText()).isEqualTo("READ_WRITE");
        assertThat(instance.input("/networks/0/network").asText()).isEqualTo("<stand-in:test-network.name>");
        assertThat(instance.input("/networks/0/connectMode").asText()).isEqualTo("DIRECT_PEERING");
    }

    @Test
    void premiumIsBasicSsd() {
        Plan premium = Stacks.plan(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {kind: managed, tier: premium, capacityGiB: 2560}\n");
        assertThat(premium.get(INSTANCE, "test-home").input("/tier").asText()).isEqualTo("BASIC_SSD");
    }

    @Test
    void backupsRunDailyThroughAWorkflowAsADedicatedIdentity() {
        PlanResource workflow = plan.get("gcp:workflows/workflow:Workflow", "test-home-backup");
        String source = workflow.input("/sourceContents").asText();
        assertThat(source).contains("googleapis.file.v1.projects.locations.backups.create")
                .contains("instance: \"projects/test-project/locations/us-central1-b/instances/test-home\"")
                .contains("cutoff: ${now - 1209600}")
                .contains("hubfleet-backup\"]) == \"daily\"");
        assertThat(workflow.input("/serviceAccount").asText()).isEqualTo("<stand-in:test-home-backups.email>");

        PlanResource job = plan.get("gcp:cloudscheduler/job:Job", "test-home-backup");
        assertThat(job.input("/schedule").asText()).isEqualTo("0 3 * * *");
        assertThat(job.input("/timeZone").asText()).isEqualTo("Etc/UTC");
        assertThat(job.input("/httpTarget/uri").asText()).isEqualTo("https://workflowexecutions.googleapis.com/v1/"
                + "projects/test-project/locations/us-central1/workflows/test-home-backup/executions");
        assertThat(new String(Base64.getDecoder().decode(job.input("/httpTarget/body").asText()))).isEqualTo("{}");
        assertThat(job.input("/httpTarget/oauthToken/serviceAccountEmail").asText())
                .isEqualTo("<stand-in:test-home-backups.email>");
        assertThat(plan.ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(m -> m.name().startsWith("test-home-backups-")).map(m -> m.input("/role").asText()))
                .containsExactlyInAnyOrder("<stand-in:test-home-backups.name>", "roles/workflows.invoker",
                        "roles/logging.logWriter");
    }

    @Test
    void backupsCanBeTurnedOffAndRetentionSet() {
        Plan off = Stacks.plan(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {kind: managed, backups: {enabled: false}}\n");
        assertThat(off.ofType("gcp:workflows/workflow:Workflow")).isEmpty();
        Plan month = Stacks.plan(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {kind: managed, backups: {retentionDays: 30, timeUtc: \"01:30\"}}\n");
        assertThat(month.get("gcp:workflows/workflow:Workflow", "test-home-backup").input("/sourceContents").asText())
                .contains("cutoff: ${now - 2592000}");
        assertThat(month.get("gcp:cloudscheduler/job:Job", "test-home-backup").input("/schedule").asText())
                .isEqualTo("30 1 * * *");
    }

    @Test
    void removingAHubLeavesTheStorageAsItWas() {
        Plan oneHub = Stacks.plan(Stacks.managedHomes(Stacks.GCP_WITH_HUB));
        PlanResource before = plan.get(INSTANCE, "test-home");
        PlanResource after = oneHub.get(INSTANCE, "test-home");
        assertThat(after.urn()).isEqualTo(before.urn());
        assertThat(after.inputs()).isEqualTo(before.inputs());
        assertThat(after.protect()).isTrue();
        assertThat(oneHub.find("kubernetes:core/v1:Namespace", "beta")).isEmpty();
    }

    @Test
    void stacksWithoutHubsHaveNoHomeStorage() {
        assertThat(Stacks.plan(Stacks.GCP).ofType(INSTANCE)).isEmpty();
    }
}
