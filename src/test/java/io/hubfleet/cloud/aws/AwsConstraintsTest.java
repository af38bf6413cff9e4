package io.hubfleet.cloud.aws;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What AWS demands of hubfleet's resources, one test per constraint, each citing where it is written down:
 * what EKS, ELB, the cluster autoscaler, VPC and KMS would refuse or get wrong under the mock engine.
 */
class AwsConstraintsTest {

    private static final String ADDON = "aws:eks/addon:Addon";

    /**
     * An NLB node forwards only to its own zone's targets unless cross-zone load balancing is on, and DNS
     * hands out every zone's address while Envoy runs in one zone
     * (docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#cross-zone-load-balancing).
     */
    @Test
    void theIngressLoadBalancerSendsEveryZonesTrafficToEnvoy() {
        Plan demo = Stacks.example("demo-aws");
        PlanResource proxy = demo.get("kubernetes:gateway.envoyproxy.io/v1alpha1:EnvoyProxy", "demo-aws-support-envoy-proxy");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyService/annotations").path(
                AwsSupportBackend.CROSS_ZONE_ANNOTATION).asText()).isEqualTo("true");
        assertThat(proxy.input("/spec/provider/kubernetes/envoyService/annotations/service.beta.kubernetes.io~1aws-load-balancer-type")
                .asText()).isEqualTo("nlb");
    }

    /**
     * The cluster autoscaler's AWS provider knows GPU nodes by k8s.amazonaws.com/accelerator, on the node
     * and, for groups at zero, in the node-template tag (cluster-autoscaler/cloudprovider/aws/README.md).
     */
    @Test
    void gpuGroupsCarryTheAcceleratorLabelTheAutoscalerKnowsGpuNodesBy() {
        Plan demo = Stacks.example("demo-aws");
        PlanResource gpu = demo.get("aws:eks/nodeGroup:NodeGroup", "demo-aws-gpu");
        assertThat(gpu.input("/labels/k8s.amazonaws.com~1accelerator").asText()).isEqualTo("nvidia-tesla-t4");
        assertThat(demo.ofType("aws:autoscaling/tag:Tag")).anySatisfy(tag -> assertThat(tag.input("/tag/key").asText())
                .isEqualTo("k8s.io/cluster-autoscaler/node-template/label/k8s.amazonaws.com/accelerator"));
        assertThat(demo.get("aws:eks/nodeGroup:NodeGroup", "demo-aws-user-m").input("/labels").has(
                "k8s.amazonaws.com/accelerator")).isFalse();
    }

    /**
     * Add-ons overwrite conflicting fields on creation too (API_CreateAddon resolveConflicts: creation may
     * fail otherwise), at the newest version for the cluster's Kubernetes version, and node groups follow
     * the cluster's version: a change of kubernetesVersion upgrades all of them.
     */
    @Test
    void addOnsAndNodeGroupsFollowTheClustersVersion() {
        Plan demo = Stacks.example("demo-aws");
        assertThat(demo.ofType(ADDON)).extracting(a -> a.input("/addonName").asText())
                .containsExactlyInAnyOrder("vpc-cni", "kube-proxy", "coredns", "aws-ebs-csi-driver");
        assertThat(demo.ofType(ADDON)).allSatisfy(addon -> {
            assertThat(addon.input("/resolveConflictsOnCreate").asText()).isEqualTo("OVERWRITE");
            assertThat(addon.input("/addonVersion").asText()).contains(addon.input("/addonName").asText() + "-1.35");
        });
        assertThat(demo.invokes()).anySatisfy(invoke ->
                assertThat(invoke.token()).isEqualTo("aws:eks/getAddonVersion:getAddonVersion"));
        assertThat(demo.ofType("aws:eks/nodeGroup:NodeGroup")).allSatisfy(group ->
                assertThat(group.input("/version").asText()).as(group.name()).isEqualTo("1.35"));
    }

    /**
     * S3 through a gateway endpoint costs nothing; through NAT it pays processing per GB
     * (docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html). One NAT gateway is a
     * single-zone failure: one per zone is a setting.
     */
    @Test
    void s3BypassesNatAndNatGatewaysCanBeOnePerZone() {
        Plan demo = Stacks.example("demo-aws");
        PlanResource s3 = demo.ofType("aws:ec2/vpcEndpoint:VpcEndpoint").get(0);
        assertThat(s3.input("/serviceName").asText()).isEqualTo("com.amazonaws.us-west-2.s3");
        assertThat(s3.input("/vpcEndpointType").asText()).isEqualTo("Gateway");
        assertThat(s3.input("/routeTableIds")).hasSize(1);
        assertThat(demo.ofType("aws:ec2/natGateway:NatGateway")).hasSize(1);

        Plan perZone = Stacks.plan(Stacks.AWS_WITH_HUB.replace("hubfleet:cluster: {kubernetesVersion: \"1.35\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.35\", network: {natGateways: perZone}}"));
        assertThat(perZone.ofType("aws:ec2/natGateway:NatGateway")).hasSize(3);
        assertThat(perZone.ofType("aws:ec2/vpcEndpoint:VpcEndpoint").get(0).input("/routeTableIds")).hasSize(3);
        assertThat(Stacks.report(Stacks.GCP.replace("hubfleet:cluster: {kubernetesVersion: \"1.33\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.33\", network: {natGateways: perZone}}")))
                .singleElement().asString().contains("hubfleet:cluster.network.natGateways").contains("an AWS setting");
    }

    /**
     * EKS encrypts secrets as the cluster role, which needs kms:Encrypt, Decrypt, ListGrants and
     * DescribeKey on the key (docs.aws.amazon.com/eks/latest/userguide/enable-kms.html); control-plane
     * logs cost per GB: the sign-ins for 30 days by default, more on request.
     */
    @Test
    void theClusterRoleMayUseItsKeyAndLogsAreASettingThatStartsCheap() {
        Plan demo = Stacks.example("demo-aws");
        PlanResource keyUse = demo.get("aws:iam/rolePolicy:RolePolicy", "demo-aws-cluster-kms");
        assertThat(keyUse.input("/policy").asText()).contains("kms:Encrypt").contains("kms:Decrypt")
                .contains("kms:DescribeKey").contains("<stand-in:demo-aws-secrets.arn>");
        PlanResource cluster = demo.ofType("aws:eks/cluster:Cluster").get(0);
        assertThat(cluster.dependsOn()).contains(keyUse.urn());
        assertThat(cluster.input("/enabledClusterLogTypes").toString()).isEqualTo("[\"authenticator\"]");
        assertThat(demo.ofType("aws:cloudwatch/logGroup:LogGroup").get(0).input("/retentionInDays").asInt()).isEqualTo(30);

        Plan audited = Stacks.plan(Stacks.AWS_WITH_HUB.replace("hubfleet:cluster: {kubernetesVersion: \"1.35\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.35\", controlPlaneLogs: {types: [audit, authenticator], retentionDays: 90}}"));
        assertThat(audited.ofType("aws:eks/cluster:Cluster").get(0).input("/enabledClusterLogTypes").toString())
                .isEqualTo("[\"audit\",\"authenticator\"]");
        assertThat(Stacks.report(Stacks.AWS_WITH_HUB.replace("hubfleet:cluster: {kubernetesVersion: \"1.35\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.35\", controlPlaneLogs: {types: [everything]}}")))
                .singleElement().asString().contains("controlPlaneLogs.types[0]").contains("authenticator");
        assertThat(Stacks.report(Stacks.AWS_WITH_HUB.replace("hubfleet:cluster: {kubernetesVersion: \"1.35\"}",
                "hubfleet:cluster: {kubernetesVersion: \"1.35\", controlPlaneLogs: {retentionDays: 10}}")))
                .singleElement().asString().contains("controlPlaneLogs.retentionDays").contains("not a CloudWatch retention");
    }
}
