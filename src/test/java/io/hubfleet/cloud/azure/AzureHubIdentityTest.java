package io.hubfleet.cloud.azure;

import io.hubfleet.components.Hub;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each hub's managed identity: federated with exactly its user service account, granted its own containers only. */
class AzureHubIdentityTest {

    private static Plan plan;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-azure");
    }

    @Test
    void federatedCredentialsNameExactlyTheHubsServiceAccount() {
        for (String hub : new String[]{"staging", "prod"}) {
            PlanResource credential = plan.get("azure-native:managedidentity:FederatedIdentityCredential",
                    hub + "-workload-identity");
            assertThat(credential.input("/subject").asText())
                    .isEqualTo("system:serviceaccount:" + hub + ":" + Hub.USER_SERVICE_ACCOUNT);
            assertThat(credential.input("/issuer").asText()).isEqualTo("<stand-in:demo-azure.oidcIssuerProfile.issuerURL>");
            assertThat(credential.input("/audiences").toString()).isEqualTo("[\"api://AzureADTokenExchange\"]");
            assertThat(credential.input("/resourceName").asText()).isEqualTo("demo-azure-" + hub + "-users");
            PlanResource account = plan.get("kubernetes:core/v1:ServiceAccount", hub + "-users");
            assertThat(account.input("/metadata/annotations/azure.workload.identity~1client-id").asText())
                    .isEqualTo("<stand-in:" + hub + "-users.clientId>");
            assertThat(Releases.values(plan, hub).at("/singleuser/extraLabels/azure.workload.identity~1use").asText())
                    .isEqualTo("true");
        }
    }

    @Test
    void roleAssignmentsAreScopedToEachOfTheHubsContainers() {
        var assignments = plan.ofType("azure-native:authorization:RoleAssignment").stream()
                .filter(a -> a.name().endsWith("-users")).toList();
        assertThat(assignments).extracting(PlanResource::name)
                .containsExactlyInAnyOrder("staging-scratch-users", "prod-scratch-users", "prod-persistent-users");
        for (PlanResource assignment : assignments) {
            String hub = assignment.name().substring(0, assignment.name().indexOf('-'));
            String container = assignment.name().substring(hub.length() + 1, assignment.name().lastIndexOf("-users"));
            assertThat(assignment.input("/scope").asText()).isEqualTo("<stand-in:" + hub + "-" + container + ".id>");
            assertThat(assignment.input("/principalId").asText()).isEqualTo("<stand-in:" + hub + "-users.principalId>");
            assertThat(assignment.input("/roleDefinitionId").asText()).endsWith("/ba92f5b4-2d11-453d-a403-e96b0029c9fe");
        }
    }

    @Test
    void storageIsPrivateKeylessAndReachableFromTheClusterOnly() {
        PlanResource storage = plan.get("azure-native:storage:StorageAccount", "prod-storage");
        assertThat(storage.input("/allowBlobPublicAccess").asBoolean()).isFalse();
        assertThat(storage.input("/allowSharedKeyAccess").asBoolean()).isFalse();
        assertThat(storage.input("/isHnsEnabled").asBoolean()).isTrue();
        assertThat(storage.input("/networkRuleSet/defaultAction").asText()).isEqualTo("Deny");
        assertThat(storage.protect()).as("holds the persistent container").isTrue();
        // Kept even without a persistent container: turning persistentBucket off must not unprotect the
        // account that still holds the kept container.
        assertThat(plan.get("azure-native:storage:StorageAccount", "staging-storage").protect())
                .as("scratch only, still kept").isTrue();
        assertThat(plan.get("azure-native:storage:BlobContainer", "prod-scratch").input("/publicAccess").asText())
                .isEqualTo("None");
        assertThat(plan.get("azure-native:storage:BlobContainer", "prod-persistent").protect()).isTrue();
    }

    @Test
    void scratchExpiresAndUsersSeeAnAbfsUrl() {
        PlanResource policy = plan.get("azure-native:storage:ManagementPolicy", "prod-scratch");
        assertThat(policy.input("/policy/rules/0/definition/filters/prefixMatch").toString()).isEqualTo("[\"scratch/\"]");
        assertThat(policy.input("/policy/rules/0/definition/actions/baseBlob/delete/daysAfterModificationGreaterThan")
                .asInt()).isEqualTo(7);
        String account = plan.get("azure-native:storage:StorageAccount", "prod-storage").input("/accountName").asText();
        assertThat(Releases.values(plan, "prod").at("/singleuser/extraEnv/SCRATCH_BUCKET").asText())
                .isEqualTo("abfs://scratch@" + account + ".dfs.core.windows.net/$(JUPYTERHUB_USER)");
    }
}
