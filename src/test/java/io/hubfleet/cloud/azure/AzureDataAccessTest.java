package io.hubfleet.cloud.azure;

import io.hubfleet.check.SecurityCheck;
import io.hubfleet.components.Hub;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** A hub's dataAccess on Azure: a data-plane role for the hub's identity at exactly the declared scope. */
class AzureDataAccessTest {

    static final String SUBSCRIPTION = "9b2c3d4e-1111-4222-8333-944455556666";
    static final String ACCOUNT = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/research-data"
            + "/providers/Microsoft.Storage/storageAccounts/researchdata";
    private static Plan plan;

    @BeforeAll
    static void planAHubWithData() {
        plan = Stacks.plan(Stacks.AZURE_WITH_HUB + """
                      dataAccess:
                        - {storageAccount: "%1$s", container: climate}
                        - {storageAccount: "%2$s", access: read-write}
                """.formatted(ACCOUNT, ACCOUNT.replace("researchdata", "uploads")));
    }

    @Test
    void aContainerOrAWholeAccountGetsTheRoleOfItsAccessForTheHubsIdentity() {
        PlanResource container = plan.get("azure-native:authorization:RoleAssignment", "alpha-data-researchdata-climate");
        assertParent(plan, container, Hub.TYPE, "alpha");
        assertThat(container.input("/scope").asText()).isEqualTo(ACCOUNT + "/blobServices/default/containers/climate");
        assertThat(container.input("/roleDefinitionId").asText()).isEqualTo("/subscriptions/" + SUBSCRIPTION
                + "/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1");
        assertThat(container.input("/principalId").asText()).isEqualTo("<stand-in:alpha-users.principalId>");
        assertThat(container.input("/principalType").asText()).isEqualTo("ServicePrincipal");
        assertThat(container.input("/roleAssignmentName").asText()).isEqualTo(AzureRoles.assignmentName(
                container.input("/scope").asText(), container.input("/roleDefinitionId").asText(),
                "<stand-in:alpha-users.principalId>"));
        PlanResource account = plan.get("azure-native:authorization:RoleAssignment", "alpha-data-uploads");
        assertThat(account.input("/scope").asText()).isEqualTo(ACCOUNT.replace("researchdata", "uploads"));
        assertThat(account.input("/roleDefinitionId").asText()).endsWith("/ba92f5b4-2d11-453d-a403-e96b0029c9fe");
        assertThat(container.protect() || account.protect()).isFalse();
        assertThat(plan.ofType("azure-native:storage:StorageAccount")).extracting(r -> r.input("/accountName").asText())
                .doesNotContain("researchdata", "uploads");
        assertThat(SecurityCheck.run(plan)).isEmpty();
    }
}
