package io.hubfleet.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/** EKS and its network, as the demo-aws stack plans them. */
class EksClusterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;
    private static PlanResource cluster;

    @BeforeAll
    static void planDemo() {
        plan = Stacks.example("demo-aws");
        cluster = plan.get("aws:eks/cluster:Cluster", "demo-aws");
    }

    @Test
    void clusterIsPinnedAuthenticatesByAccessEntriesAndLimitsItsPublicEndpoint() {
        assertThat(cluster.input("/version").asText()).isEqualTo("1.35");
        assertThat(cluster.input("/accessConfig/authenticationMode").asText()).isEqualTo("API");
        assertThat(cluster.input("/vpcConfig/endpointPrivateAccess").asBoolean()).isTrue();
        assertThat(cluster.input("/vpcConfig/endpointPublicAccess").asBoolean()).isTrue();
        assertThat(cluster.input("/vpcConfig/publicAccessCidrs").toString()).isEqualTo("[\"0.0.0.0/0\"]");
        assertThat(cluster.input("/vpcConfig/subnetIds").toString())
                .contains("<stand-in:demo-aws-private-us-west-2a.id>", "<stand-in:demo-aws-private-us-west-2c.id>")
                .doesNotContain("public");
        assertThat(cluster.input("/kubernetesNetworkConfig/serviceIpv4Cidr").asText()).isEqualTo("10.32.0.0/16");
    }

    @Test
    void secretsAreEncryptedWithTheClustersOwnRotatingKey() {
        assertThat(cluster.input("/encryptionConfig/resources").toString()).isEqualTo("[\"secrets\"]");
        assertThat(cluster.input("/encryptionConfig/provider/keyArn").asText()).isEqualTo("<stand-in:demo-aws-secrets.arn>");
        assertThat(plan.get("aws:kms/key:Key", "demo-aws-secrets").input("/enableKeyRotation").asBoolean()).isTrue();
    }

    @Test
    void controlPlaneLogsAreKeptForASetTime() {
        // The low-cost default (hubfleet:cluster.controlPlaneLogs): sign-ins, 30 days.
        assertThat(cluster.input("/enabledClusterLogTypes").toString()).isEqualTo("[\"authenticator\"]");
        PlanResource logs = plan.get("aws:cloudwatch/logGroup:LogGroup", "demo-aws-logs");
        assertThat(logs.input("/name").asText()).isEqualTo("/aws/eks/demo-aws/cluster");
        assertThat(logs.input("/retentionInDays").asInt()).isEqualTo(30);
        assertThat(cluster.dependsOn()).contains(logs.urn());
    }

    @Test
    void vpcSpansThreeZonesWithPrivateNodeAndPublicLoadBalancerSubnets() {
        List<PlanResource> subnets = plan.ofType("aws:ec2/subnet:Subnet");
        assertThat(subnets).hasSize(6);
        for (String zone : List.of("us-west-2a", "us-west-2b", "us-west-2c")) {
            PlanResource privateSubnet = plan.get("aws:ec2/subnet:Subnet", "demo-aws-private-" + zone);
            assertThat(privateSubnet.input("/availabilityZone").asText()).isEqualTo(zone);
            assertThat(privateSubnet.input("/mapPublicIpOnLaunch").asBoolean()).isFalse();
            assertThat(privateSubnet.input("/tags/kubernetes.io~1role~1internal-elb").asText()).isEqualTo("1");
            assertThat(privateSubnet.input("/tags/kubernetes.io~1cluster~1demo-aws").asText()).isEqualTo("shared");
            PlanResource publicSubnet = plan.get("aws:ec2/subnet:Subnet", "demo-aws-public-" + zone);
            assertThat(publicSubnet.input("/tags/kubernetes.io~1role~1elb").asText()).isEqualTo("1");
        }
        assertThat(plan.get("aws:ec2/subnet:Subnet", "demo-aws-private-us-west-2b").input("/cidrBlock").asText())
                .isEqualTo("10.0.32.0/19");
        assertThat(plan.get("aws:ec2/subnet:Subnet", "demo-aws-public-us-west-2c").input("/cidrBlock").asText())
                .isEqualTo("10.0.194.0/24");
        assertThat(plan.get("aws:ec2/routeTable:RouteTable", "demo-aws-private").input("/routes/0/natGatewayId").asText())
                .isEqualTo("<stand-in:demo-aws-nat.id>");
        assertThat(plan.get("aws:ec2/routeTable:RouteTable", "demo-aws-public").input("/routes/0/gatewayId").asText())
                .isEqualTo("<stand-in:demo-aws-igw.id>");
    }

    @Test
    void oidcProviderServesRolesForServiceAccounts() {
        PlanResource oidc = plan.get("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "demo-aws-oidc");
        assertThat(oidc.input("/url").asText()).isEqualTo("<stand-in:demo-aws.identities[0].oidcs[0].issuer>");
        assertThat(oidc.input("/clientIdLists").toString()).isEqualTo("[\"sts.amazonaws.com\"]");
    }

    @Test
    void managedAddOnsIncludeNetworkPolicyAndTheEbsDriverWithItsOwnRole() throws Exception {
        PlanResource cni = plan.get("aws:eks/addon:Addon", "demo-aws-vpc-cni");
        assertThat(JSON.readTree(cni.input("/configurationValues").asText()).path("enableNetworkPolicy").asText())
                .isEqualTo("true");
        PlanResource ebs = plan.get("aws:eks/addon:Addon", "demo-aws-ebs-csi");
        assertThat(ebs.input("/addonName").asText()).isEqualTo("aws-ebs-csi-driver");
        assertThat(ebs.input("/serviceAccountRoleArn").asText()).isEqualTo("<stand-in:demo-aws-ebs-csi.arn>");
        // A default StorageClass, for Prometheus' volume.
        assertThat(JSON.readTree(ebs.input("/configurationValues").asText()).at("/defaultStorageClass/enabled").asBoolean())
                .isTrue();
        JsonNode trust = JSON.readTree(plan.get("aws:iam/role:Role", "demo-aws-ebs-csi").input("/assumeRolePolicy").asText());
        assertThat(trust.at("/Statement/0/Condition/StringEquals").toString())
                .contains("system:serviceaccount:kube-system:ebs-csi-controller-sa");
        String corePool = plan.get("aws:eks/nodeGroup:NodeGroup", "demo-aws-core").urn();
        assertThat(plan.get("aws:eks/addon:Addon", "demo-aws-coredns").dependsOn()).contains(corePool);
        assertThat(ebs.dependsOn()).contains(corePool);
        assertThat(cni.dependsOn()).doesNotContain(corePool);
    }

    @Test
    void namedAdministratorsGetAccessEntriesWithTheClusterAdminPolicy() {
        Plan admins = Stacks.plan(Stacks.AWS_WITH_HUB.replace("{kubernetesVersion: \"1.35\"}",
                "{kubernetesVersion: \"1.35\", adminPrincipals: [\"arn:aws:iam::123456789012:role/ops\"]}"));
        assertThat(admins.ofType("aws:eks/accessEntry:AccessEntry")).singleElement()
                .satisfies(e -> assertThat(e.input("/principalArn").asText()).isEqualTo("arn:aws:iam::123456789012:role/ops"));
        assertThat(admins.ofType("aws:eks/accessPolicyAssociation:AccessPolicyAssociation")).singleElement()
                .satisfies(a -> {
                    assertThat(a.input("/policyArn").asText())
                            .isEqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy");
                    assertThat(a.input("/accessScope/type").asText()).isEqualTo("cluster");
                });
        assertThat(plan.ofType("aws:eks/accessEntry:AccessEntry")).as("the deployer's entry comes from EKS").isEmpty();
    }

    @Test
    void nodesRunAsAWorkerRoleWithOnlyTheNodePolicies() {
        assertThat(plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").stream()
                .filter(a -> a.name().startsWith("demo-aws-nodes-")).map(a -> a.input("/policyArn").asText()))
                .containsExactlyInAnyOrderElementsOf(EksClusterBackend.NODE_POLICIES);
    }

    @Test
    void kubeconfigIsASecretAndEveryResourceIsParentedAndUsesTheAccountProvider() {
        assertThat(plan.get("hubfleet:index:Cluster", "demo-aws").outputs().path("kubeconfig").asText()).isEqualTo("[secret]");
        PlanResource provider = plan.get("pulumi:providers:aws", "demo-aws");
        assertThat(provider.input("/region").asText()).isEqualTo("us-west-2");
        // Providers take structured settings as JSON text.
        assertThat(provider.input("/allowedAccountIds").asText()).isEqualTo("[\"123456789012\"]");
        PlanResource metricsRegion = plan.get("pulumi:providers:aws", "demo-aws-alerts-us-east-1");
        for (PlanResource resource : plan.resources()) {
            if (resource.type().startsWith("aws:")) {
                // CloudWatch alarms and their SNS topic are where Route 53's metrics are (AwsCloudAlertsBackend).
                boolean inMetricsRegion = plan.parentOf(resource).orElseThrow().type().equals("hubfleet:index:CloudAlerts")
                        && (resource.type().startsWith("aws:cloudwatch/") || resource.type().startsWith("aws:sns/"));
                assertThat(resource.provider()).as(resource.urn()).isEqualTo(inMetricsRegion ? metricsRegion.urn() : provider.urn());
                assertThat(plan.parentOf(resource).orElseThrow().type()).as(resource.urn()).startsWith("hubfleet:index:");
            }
        }
        assertParent(plan, cluster, "hubfleet:index:Cluster", "demo-aws");
    }
}
