package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.IngressAddress;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What EKS lacks: the cluster autoscaler (pinned chart, auto-discovering the cluster's node groups,
 * through an IAM role that may resize only this cluster's groups), and a Network Load Balancer on
 * reserved Elastic IPs for the Gateway.
 */
final class AwsSupportBackend {

    static final String AUTOSCALER_NAMESPACE = "kube-system";
    static final String AUTOSCALER_SERVICE_ACCOUNT = "cluster-autoscaler";

    static final String CROSS_ZONE_ANNOTATION =
            "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled";
    private static final HelmChart AUTOSCALER = HelmChart.load("support/cluster-autoscaler");
    private static final Map<String, String> AUTOSCALER_IMAGES = HelmChart.readMap(
            "/components/support/cluster-autoscaler/images.yaml");

    /**
     * An Elastic IP per zone, which the Network Load Balancer (from the cloud provider integration EKS
     * runs; it finds the public subnets by tag, one per zone) takes as its addresses.
     */
    public IngressAddress reserveIngressAddress(Resource component, String name, EksCluster eks) {
        CustomResourceOptions inAccount = ChildOptions.in(component, eks.account().provider());
        List<Eip> addresses = eks.network().zones().stream()
                .map(zone -> new Eip(name + "-ingress-" + zone, EipArgs.builder()
                        .domain("vpc")
                        .tags(Map.of("Name", eks.clusterName() + "-ingress-" + zone))
                        .build(), inAccount))
                .toList();
        Output<Map<String, String>> annotations = Output.all(addresses.stream().map(Eip::allocationId).toList())
                .applyValue(allocations -> Map.of(
                        "service.beta.kubernetes.io/aws-load-balancer-type", "nlb",
                        "service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing",
                        "service.beta.kubernetes.io/aws-load-balancer-eip-allocations", String.join(",", allocations),
                        // DNS hands out every zone's address, and Envoy runs in one zone: without cross-zone
                        // load balancing an NLB node forwards only to targets in its own zone, so two
                        // connections in three time out (docs.aws.amazon.com/elasticloadbalancing/latest/network/
                        // network-load-balancers.html#cross-zone-load-balancing; the Service controller's
                        // annotation, kubernetes/cloud-provider-aws docs/service_controller.md).
                        CROSS_ZONE_ANNOTATION, "true"));
        return new IngressAddress(Output.all(addresses.stream().map(Eip::publicIp).toList()), annotations,
                Optional.empty());
    }
    public void addClusterServices(Resource component, String name, CustomResourceOptions options, EksCluster eks) {
        CustomResourceOptions inAccount = ChildOptions.in(component, eks.account().provider());
        Role role = new Role(name + "-cluster-autoscaler", RoleArgs.builder()
                .description("Cluster autoscaler of " + eks.clusterName())
                .assumeRolePolicy(Output.tuple(eks.oidcProvider().arn(), eks.issuerUrl()).applyValue(t ->
                        IamDocuments.serviceAccountTrust(t.t1, t.t2, AUTOSCALER_NAMESPACE, AUTOSCALER_SERVICE_ACCOUNT)))
                .build(), inAccount);
        new RolePolicy(name + "-cluster-autoscaler", RolePolicyArgs.builder()
                .role(role.name())
                .policy(autoscalerPolicy(eks.clusterName()))
                .build(), inAccount);
        ObjectNode values = AUTOSCALER.baselineCopy();
        values.withObject("/autoDiscovery").put("clusterName", eks.clusterName());
        values.put("awsRegion", eks.region());
        values.put("fullnameOverride", AUTOSCALER_SERVICE_ACCOUNT);
        values.withObject("/image").put("tag", imageFor(eks.spec().kubernetesVersion()));
        ObjectNode serviceAccount = values.withObject("/rbac/serviceAccount");
        serviceAccount.put("create", true);
        serviceAccount.put("name", AUTOSCALER_SERVICE_ACCOUNT);
        HelmRelease.create(name + "-cluster-autoscaler", "cluster-autoscaler", AUTOSCALER_NAMESPACE, false, AUTOSCALER,
                role.arn().applyValue(arn -> {
                    ObjectNode withRole = values.deepCopy();
                    withRole.withObject("/rbac/serviceAccount/annotations").put("eks.amazonaws.com/role-arn", arn);
                    return withRole;
                }), 600, options);
    }

    /** The autoscaler release matching the cluster's Kubernetes minor, as its README asks. */
    static String imageFor(String kubernetesVersion) {
        String tag = AUTOSCALER_IMAGES.get(kubernetesVersion);
        if (tag == null) {
            throw new IllegalArgumentException("no cluster-autoscaler image for Kubernetes " + kubernetesVersion
                    + " in components/support/cluster-autoscaler/images.yaml");
        }
        return tag;
    }

    /**
     * Read anything about autoscaling groups and instance types; change only groups tagged as this
     * cluster's (EKS tags its managed groups {@code k8s.io/cluster-autoscaler/<cluster>=owned}).
     */
    static String autoscalerPolicy(String clusterName) {
        return IamDocuments.document(List.of(
                IamDocuments.statement("Allow", List.of(
                        "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances",
                        "autoscaling:DescribeLaunchConfigurations", "autoscaling:DescribeScalingActivities",
                        "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes",
                        "ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements",
                        "eks:DescribeNodegroup"), List.of("*"), null, null),
                IamDocuments.statement("Allow", List.of(
                        "autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"),
                        List.of("*"), null, Map.of("StringEquals", Map.of(
                                "aws:ResourceTag/k8s.io/cluster-autoscaler/" + clusterName, "owned")))));
    }
}
