package io.hubfleet.cloud.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** The GKE cluster and its network, as the demo-gcp stack plans them. */
class GkeClusterTest {

    private static final String GKE = "gcp:container/cluster:Cluster";
    private static Plan plan;
    private static PlanResource cluster;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-gcp");
        cluster = plan.get(GKE, "demo-gcp");
    }

    @Test
    void clusterIsPrivateWithAPublicEndpointLimitedToAuthorizedNetworks() {
        assertThat(cluster.input("/privateClusterConfig/enablePrivateNodes").asBoolean()).isTrue();
        assertThat(cluster.input("/privateClusterConfig/enablePrivateEndpoint").asBoolean()).isFalse();
        assertThat(cluster.input("/privateClusterConfig/masterIpv4CidrBlock").asText()).isEqualTo("172.16.0.0/28");
        assertThat(cluster.input("/masterAuthorizedNetworksConfig/cidrBlocks/0/cidrBlock").asText()).isEqualTo("0.0.0.0/0");
    }

    @Test
    void clusterHasWorkloadIdentityNetworkPolicyAndShieldedNodes() {
        assertThat(cluster.input("/workloadIdentityConfig/workloadPool").asText()).isEqualTo("hubfleet-demo.svc.id.goog");
        assertThat(cluster.input("/datapathProvider").asText())
                .as("Dataplane V2 enforces network policy").isEqualTo("ADVANCED_DATAPATH");
        assertThat(cluster.input("/enableShieldedNodes").asBoolean()).isTrue();
        assertThat(cluster.input("/nodeConfig/workloadMetadataConfig/mode").asText()).isEqualTo("GKE_METADATA");
    }

    @Test
    void defaultPoolIsRemovedAndTheVersionIsTheMinimumInItsReleaseChannel() {
        assertThat(cluster.input("/removeDefaultNodePool").asBoolean()).isTrue();
        assertThat(cluster.input("/minMasterVersion").asText()).isEqualTo("1.35");
        assertThat(cluster.input("/releaseChannel/channel").asText()).isEqualTo("REGULAR");
        assertThat(cluster.ignoreChanges()).contains("nodeConfig", "initialNodeCount");
    }

    @Test
    void zonalClusterLivesInTheStacksZone() {
        assertThat(cluster.input("/location").asText()).isEqualTo("us-central1-b");
        assertThat(cluster.input("/name").asText()).isEqualTo("demo-gcp");
    }

    @Test
    void autoscalerPacksNodes() {
        assertThat(cluster.input("/clusterAutoscaling/autoscalingProfile").asText()).isEqualTo("OPTIMIZE_UTILIZATION");
    }

    @Test
    void maintenanceWindowIsWeekendsFromTwoForEightHours() {
        JsonNode window = cluster.input("/maintenancePolicy/recurringWindow");
        assertThat(window.path("recurrence").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=SA,SU");
        assertThat(window.path("startTime").asText()).endsWith("T02:00:00Z");
        assertThat(window.path("endTime").asText()).endsWith("T10:00:00Z");
    }

    @Test
    void networkHasNodeSubnetWithPodAndServiceRangesAndCloudNat() {
        PlanResource network = plan.get("gcp:compute/network:Network", "demo-gcp-network");
        assertThat(network.input("/autoCreateSubnetworks").asBoolean()).isFalse();
        PlanResource subnet = plan.get("gcp:compute/subnetwork:Subnetwork", "demo-gcp-nodes");
        assertThat(subnet.input("/ipCidrRange").asText()).isEqualTo("10.0.0.0/16");
        assertThat(subnet.input("/privateIpGoogleAccess").asBoolean()).isTrue();
        assertThat(subnet.input("/secondaryIpRanges").findValuesAsText("rangeName")).containsExactly("pods", "services");
        assertThat(cluster.input("/ipAllocationPolicy/clusterSecondaryRangeName").asText()).isEqualTo("pods");
        assertThat(cluster.input("/network").asText()).isEqualTo(subnet.input("/network").asText());
        PlanResource nat = plan.get("gcp:compute/routerNat:RouterNat", "demo-gcp-nat");
        assertThat(nat.input("/sourceSubnetworkIpRangesToNat").asText()).isEqualTo("ALL_SUBNETWORKS_ALL_IP_RANGES");
    }

    @Test
    void nodesRunAsADedicatedAccountWithOnlyLoggingMonitoringAndRegistryRoles() {
        PlanResource account = plan.get("gcp:serviceaccount/account:Account", "demo-gcp-nodes");
        assertThat(account.input("/accountId").asText()).isEqualTo("demo-gcp-nodes");
        List<PlanResource> members = plan.ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(m -> m.name().startsWith("demo-gcp-nodes-")).toList();
        assertThat(members).extracting(m -> m.input("/role").asText())
                .containsExactlyInAnyOrderElementsOf(GkeClusterBackend.NODE_ROLES);
        assertThat(members).allSatisfy(m -> assertThat(m.input("/member").asText())
                .isEqualTo("serviceAccount:<stand-in:demo-gcp-nodes.email>"));
        assertThat(cluster.input("/nodeConfig/serviceAccount").asText()).isEqualTo("<stand-in:demo-gcp-nodes.email>");
    }

    @Test
    void everyClusterResourceIsAChildOfTheClusterComponentMadeThroughTheAccountProvider() {
        PlanResource provider = plan.get("pulumi:providers:gcp", "demo-gcp");
        List<PlanResource> clusterResources = new java.util.ArrayList<>(List.of(cluster,
                plan.get("gcp:compute/network:Network", "demo-gcp-network"),
                plan.get("gcp:compute/subnetwork:Subnetwork", "demo-gcp-nodes"),
                plan.get("gcp:compute/router:Router", "demo-gcp-router"),
                plan.get("gcp:compute/routerNat:RouterNat", "demo-gcp-nat"),
                plan.get("gcp:serviceaccount/account:Account", "demo-gcp-nodes")));
        clusterResources.addAll(plan.ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(m -> m.name().startsWith("demo-gcp-nodes-")).toList());
        assertThat(clusterResources).hasSize(6 + GkeClusterBackend.NODE_ROLES.size());
        for (PlanResource r : clusterResources) {
            assertParent(plan, r, "hubfleet:index:Cluster", "demo-gcp");
            assertThat(r.provider()).as(r.name() + " provider").isEqualTo(provider.urn());
        }
    }

    @Test
    void accountProviderIsPinnedToTheProjectRegionAndZone() {
        PlanResource provider = plan.get("pulumi:providers:gcp", "demo-gcp");
        assertParent(plan, provider, "hubfleet:index:CloudAccount", "demo-gcp");
        assertThat(provider.input("/project").asText()).isEqualTo("hubfleet-demo");
        assertThat(provider.input("/region").asText()).isEqualTo("us-central1");
        assertThat(provider.input("/zone").asText()).isEqualTo("us-central1-b");
    }

    @Test
    void clusterExposesASecretKubeconfigAndAKubernetesProvider() {
        PlanResource component = plan.get("hubfleet:index:Cluster", "demo-gcp");
        assertThat(component.outputs().path("kubeconfig").asText()).isEqualTo("[secret]");
        PlanResource kubernetes = plan.get("pulumi:providers:kubernetes", "demo-gcp-kubernetes");
        assertParent(plan, kubernetes, "hubfleet:index:Cluster", "demo-gcp");
        assertThat(kubernetes.input("/kubeconfig").asText()).isEqualTo("[secret]");
        assertThat(kubernetes.dependsOn()).as("installs wait for the core pool (the SDK expands the component)")
                .contains(plan.get("gcp:container/nodePool:NodePool", "demo-gcp-core").urn());
        assertThat(plan.outputs().path("kubeconfig").asText()).isEqualTo("[secret]");
    }

    @Test
    void namedAdministratorsGetTheKubernetesApiThroughIam() {
        Plan admins = Stacks.plan(Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.33\", adminPrincipals: [\"group:ops@example.org\"]}"));
        assertThat(admins.ofType("gcp:projects/iAMMember:IAMMember").stream()
                .filter(m -> m.input("/role").asText().equals("roles/container.admin")))
                .singleElement().satisfies(m -> assertThat(m.input("/member").asText()).isEqualTo("group:ops@example.org"));
        assertThat(plan.ofType("gcp:projects/iAMMember:IAMMember"))
                .noneMatch(m -> m.input("/role").asText().equals("roles/container.admin"));
    }

    @Test
    void regionalClustersSpanTheRegion() {
        Plan regional = Stacks.plan(Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.34\", regional: true, apiAuthorizedCidrs: [203.0.113.0/24, 198.51.100.0/24]}"));
        PlanResource gke = regional.get(GKE, "test");

        assertThat(gke.input("/location").asText()).isEqualTo("us-central1");
        assertThat(gke.input("/minMasterVersion").asText()).isEqualTo("1.34");
        assertThat(gke.input("/masterAuthorizedNetworksConfig/cidrBlocks").findValuesAsText("cidrBlock"))
                .containsExactly("203.0.113.0/24", "198.51.100.0/24");
        assertThat(regional.get("gcp:container/nodePool:NodePool", "test-user").input("/location").asText())
                .isEqualTo("us-central1");
    }
}
