package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import com.pulumi.aws.autoscaling.Tag;
import com.pulumi.aws.autoscaling.TagArgs;
import com.pulumi.aws.autoscaling.inputs.TagTagArgs;
import com.pulumi.aws.ec2.LaunchTemplate;
import com.pulumi.aws.ec2.LaunchTemplateArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingEbsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMetadataOptionsArgs;
import com.pulumi.aws.eks.NodeGroup;
import com.pulumi.aws.eks.NodeGroupArgs;
import com.pulumi.aws.eks.inputs.NodeGroupLaunchTemplateArgs;
import com.pulumi.aws.eks.inputs.NodeGroupScalingConfigArgs;
import com.pulumi.aws.eks.inputs.NodeGroupTaintArgs;
import com.pulumi.aws.eks.inputs.NodeGroupUpdateConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.cloud.NodePoolSpec;
import io.hubfleet.cloud.Taint;

import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An EKS managed node group on Amazon Linux 2023 in the private subnets: its launch template requires
 * IMDSv2 with a hop limit of 1 (pods cannot reach the instance metadata, so never the node's role) and
 * encrypts the root disk. The autoscaler owns the desired size. Its autoscaling group is tagged with
 * the node-template labels, taints and GPUs, so the cluster autoscaler can scale it up from zero.
 */
final class EksNodePoolBackend {

    static final String ACCELERATOR_LABEL = "k8s.amazonaws.com/accelerator";

    static final String TEMPLATE_TAG = "k8s.io/cluster-autoscaler/node-template/";
    public ProvisionedNodePool provision(Resource component, String name, NodePoolSpec spec, EksCluster eks) {
        CustomResourceOptions inComponent = ChildOptions.in(component, eks.account().provider());

        LaunchTemplate template = new LaunchTemplate(name, LaunchTemplateArgs.builder()
                .description("Nodes of pool " + spec.poolName() + " of " + eks.clusterName())
                .metadataOptions(LaunchTemplateMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .build())
                .blockDeviceMappings(LaunchTemplateBlockDeviceMappingArgs.builder()
                        .deviceName("/dev/xvda")
                        .ebs(LaunchTemplateBlockDeviceMappingEbsArgs.builder()
                                .volumeSize(spec.diskSizeGiB())
                                .volumeType("gp3")
                                .encrypted("true")
                                .deleteOnTermination("true")
                                .build())
                        .build())
                .updateDefaultVersion(true)
                .build(), inComponent);

        // Core pods keep zonal disks (the hubs' databases, Prometheus, home disks): core nodes stay in the
        // home zone, so a replaced node can always attach them. Other pools spread over every zone.
        List<Output<String>> subnets = new ArrayList<>();
        if (spec.role() == io.hubfleet.cloud.NodeRole.CORE) {
            subnets.add(eks.network().homeSubnet().id());
        } else {
            eks.network().privateSubnets().forEach(s -> subnets.add(s.id()));
        }
        NodeGroup group = new NodeGroup(name, NodeGroupArgs.builder()
                .clusterName(eks.cluster().name())
                .nodeGroupName(spec.poolName())
                .nodeRoleArn(eks.nodeRole().arn())
                .subnetIds(Output.all(subnets))
                .amiType(spec.machine().hasGpu() ? "AL2023_x86_64_NVIDIA" : "AL2023_x86_64_STANDARD")
                .capacityType(spec.spot() ? "SPOT" : "ON_DEMAND")
                .instanceTypes(spec.machine().allTypeNames())
                .launchTemplate(NodeGroupLaunchTemplateArgs.builder()
                        .id(template.id()).version(template.latestVersion().applyValue(String::valueOf)).build())
                .scalingConfig(NodeGroupScalingConfigArgs.builder()
                        .minSize(spec.minNodes())
                        .maxSize(spec.maxNodes())
                        .desiredSize(spec.minNodes())
                        .build())
                .updateConfig(NodeGroupUpdateConfigArgs.builder().maxUnavailable(1).build())
                .labels(labels(spec))
                // Node groups follow the cluster's version: an upgrade of the control plane rolls them after it.
                .version(eks.cluster().version())
                .taints(spec.scheduling().taints().stream().map(EksNodePoolBackend::taint).toList())
                .build(), ChildOptions.of(component, eks.account().provider())
                // The cluster autoscaler owns the desired size.
                .ignoreChanges(List.of("scalingConfig.desiredSize"))
                // Group names are fixed, so a replacement must make room first.
                .deleteBeforeReplace(true)
                .build());

        Output<String> autoscalingGroup = group.resources()
                .applyValue(resources -> resources.get(0).autoscalingGroups().get(0).name().orElseThrow());
        autoscalerTemplateTags(spec).forEach((key, value) -> new Tag(name + "-" + tagSlug(key), TagArgs.builder()
                .autoscalingGroupName(autoscalingGroup)
                .tag(TagTagArgs.builder().key(key).value(value).propagateAtLaunch(false).build())
                .build(), inComponent));
        return new ProvisionedNodePool(group.nodeGroupName());
    }

    /**
     * The pool's labels, and on GPU pools the accelerator label the cluster autoscaler's AWS provider
     * recognises GPU nodes by (cluster-autoscaler/cloudprovider/aws: GPULabel k8s.amazonaws.com/accelerator),
     * so it waits for the device plugin instead of scaling up again.
     */
    static Map<String, String> labels(NodePoolSpec spec) {
        Map<String, String> labels = new TreeMap<>(spec.scheduling().labels());
        if (spec.machine().hasGpu()) {
            labels.put(ACCELERATOR_LABEL, spec.machine().gpus().orElseThrow().model());
        }
        return labels;
    }

    /**
     * What the cluster autoscaler needs to know about a node before one exists: its labels, taints and
     * GPUs, as node-template tags on the autoscaling group (EKS does not copy them there itself).
     */
    static Map<String, String> autoscalerTemplateTags(NodePoolSpec spec) {
        Map<String, String> tags = new TreeMap<>();
        labels(spec).forEach((key, value) -> tags.put(TEMPLATE_TAG + "label/" + key, value));
        for (Taint taint : spec.scheduling().taints()) {
            tags.put(TEMPLATE_TAG + "taint/" + taint.key(), taint.value() + ":" + taint.effect().kubernetesName());
        }
        if (spec.machine().hasGpu()) {
            tags.put(TEMPLATE_TAG + "resources/nvidia.com/gpu", String.valueOf(spec.machine().gpus().orElseThrow().count()));
        }
        return tags;
    }

    private static String tagSlug(String key) {
        return key.substring(TEMPLATE_TAG.length()).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    }

    private static NodeGroupTaintArgs taint(Taint taint) {
        return NodeGroupTaintArgs.builder()
                .key(taint.key())
                .value(taint.value())
                .effect(taint.effect().name())
                .build();
    }

}
