package io.hubfleet.cloud.azure;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** AKS and its network, as the demo-azure stack plans them. */
class AksClusterTest {

    private static final String AKS = "azure-native:containerservice:ManagedCluster";
    private static Plan plan;
    private static PlanResource cluster;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-azure");
        cluster = plan.get(AKS, "demo-azure");
    }

    @Test
    void theEstateLivesInOneProtectedResourceGroup() {
        PlanResource group = plan.get("azure-native:resources:ResourceGroup", "demo-azure");
        assertParent(plan, group, "hubfleet:index:CloudAccount", "demo-azure");
        assertThat(group.input("/resourceGroupName").asText()).isEqualTo("hubfleet-demo-azure");
        assertThat(group.protect()).as("deleting a group deletes the storage in it").isTrue();
        assertThat(group.retainOnDelete()).isTrue();
        assertThat(cluster.input("/resourceGroupName").asText()).isEqualTo("hubfleet-demo-azure");
    }

    @Test
    void theCorePoolIsTheSystemPoolWithAtLeastOneNode() {
        JsonNode core = cluster.input("/agentPoolProfiles/0");
        assertThat(cluster.input("/agentPoolProfiles")).hasSize(1);
        assertThat(core.path("name").asText()).isEqualTo("core");
        assertThat(core.path("mode").asText()).isEqualTo("System");
        assertThat(core.path("minCount").asInt()).isEqualTo(1);
        assertThat(core.path("enableAutoScaling").asBoolean()).isTrue();
        assertThat(core.path("vmSize").asText()).isEqualTo("Standard_E4s_v5");
        assertThat(core.path("enableNodePublicIP").asBoolean()).isFalse();
        assertThat(core.at("/nodeLabels/hub.jupyter.org~1node-purpose").asText()).isEqualTo("core");
        // Core pods keep zonal disks: the core pool stays in the home zone (the first of the cluster's zones).
        assertThat(core.path("availabilityZones").toString()).isEqualTo("[\"1\"]");
        assertThat(core.path("vnetSubnetID").asText()).isEqualTo("<stand-in:demo-azure-nodes.id>");
        assertThat(cluster.ignoreChanges()).contains("agentPoolProfiles[0].count");
    }

    @Test
    void workloadIdentityOidcAndAManagedIdentityNoSecrets() {
        assertThat(cluster.input("/oidcIssuerProfile/enabled").asBoolean()).isTrue();
        assertThat(cluster.input("/securityProfile/workloadIdentity/enabled").asBoolean()).isTrue();
        assertThat(cluster.input("/identity/type").asText()).isEqualTo("SystemAssigned");
        assertThat(cluster.inputs().has("servicePrincipalProfile")).isFalse();
    }

    @Test
    void entraIdWithAzureRbacAndLocalAccountsDisabled() {
        assertThat(cluster.input("/aadProfile/managed").asBoolean()).isTrue();
        assertThat(cluster.input("/aadProfile/enableAzureRBAC").asBoolean()).isTrue();
        assertThat(cluster.input("/aadProfile/adminGroupObjectIDs").toString())
                .isEqualTo("[\"6f1c1b0e-2d3a-4c5b-8e9f-0a1b2c3d4e5f\"]");
        assertThat(cluster.input("/disableLocalAccounts").asBoolean()).isTrue();
        PlanResource deployer = plan.get("azure-native:authorization:RoleAssignment", "demo-azure-deployer-admin");
        assertThat(deployer.input("/roleDefinitionId").asText()).endsWith("/b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b");
        assertThat(deployer.input("/scope").asText()).isEqualTo("<stand-in:demo-azure.id>");
    }

    @Test
    void networkPolicyIsEnforcedOnAnOverlay() {
        JsonNode network = cluster.input("/networkProfile");
        assertThat(network.path("networkPolicy").asText()).isEqualTo("cilium");
        assertThat(network.path("networkDataplane").asText()).isEqualTo("cilium");
        assertThat(network.path("networkPluginMode").asText()).isEqualTo("overlay");
        assertThat(network.path("podCidr").asText()).isEqualTo("10.16.0.0/12");
        assertThat(network.path("serviceCidr").asText()).isEqualTo("10.32.0.0/16");
        assertThat(network.path("dnsServiceIP").asText()).isEqualTo("10.32.0.10");
    }

    @Test
    void versionIsPinnedAndTheAutoscalerPacksAndScalesDownFast() {
        assertThat(cluster.input("/kubernetesVersion").asText()).isEqualTo("1.35");
        assertThat(cluster.input("/autoUpgradeProfile/upgradeChannel").asText()).isEqualTo("none");
        JsonNode autoscaler = cluster.input("/autoScalerProfile");
        assertThat(autoscaler.path("expander").asText()).isEqualTo("least-waste");
        assertThat(autoscaler.path("scaleDownUnneededTime").asText()).isEqualTo("10m");
        PlanResource window = plan.get("azure-native:containerservice:MaintenanceConfiguration", "demo-azure-maintenance");
        assertThat(window.input("/timeInWeek").findValuesAsText("day")).containsExactly("Saturday", "Sunday");
        assertThat(window.input("/timeInWeek/0/hourSlots").toString()).isEqualTo("[2,3,4,5,6,7,8,9]");
    }

    @Test
    void theNodeSubnetReachesStorageThroughItsServiceEndpoint() {
        PlanResource subnet = plan.get("azure-native:network:Subnet", "demo-azure-nodes");
        assertThat(subnet.input("/addressPrefix").asText()).isEqualTo("10.0.0.0/16");
        assertThat(subnet.input("/serviceEndpoints/0/service").asText()).isEqualTo("Microsoft.Storage");
    }

    @Test
    void kubeconfigIsTheUserCredentialAsASecretAndEveryResourceUsesTheSubscriptionsProvider() {
        assertThat(plan.get("hubfleet:index:Cluster", "demo-azure").outputs().path("kubeconfig").asText()).isEqualTo("[secret]");
        PlanResource provider = plan.get("pulumi:providers:azure-native", "demo-azure");
        assertThat(provider.input("/subscriptionId").asText()).isEqualTo("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        for (PlanResource resource : plan.resources()) {
            if (resource.type().startsWith("azure-native:")) {
                assertThat(resource.provider()).as(resource.urn()).isEqualTo(provider.urn());
            }
        }
    }
}
