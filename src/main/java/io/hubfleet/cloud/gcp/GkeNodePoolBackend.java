package io.hubfleet.cloud.gcp;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.NodeRole;
import com.pulumi.gcp.container.NodePoolArgs;
import com.pulumi.gcp.container.inputs.NodePoolAutoscalingArgs;
import com.pulumi.gcp.container.inputs.NodePoolManagementArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigGuestAcceleratorArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigTaintArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolUpgradeSettingsArgs;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.cloud.NodePoolSpec;
import io.hubfleet.cloud.Taint;

import java.util.List;
import java.util.Map;

/**
 * A GKE node pool: autoscaled between min and max (the autoscaler owns the node count), private,
 * shielded, running as the cluster's node identity with the GKE metadata server (pods see Workload
 * Identity, never the node's credentials), upgraded only with the control plane.
 */
final class GkeNodePoolBackend {
    public ProvisionedNodePool provision(Resource component, String name, NodePoolSpec spec, GkeCluster gke) {
        NodePoolNodeConfigArgs.Builder node = NodePoolNodeConfigArgs.builder()
                .machineType(spec.machine().typeName())
                .diskSizeGb(spec.diskSizeGiB())
                .diskType("pd-balanced")
                .imageType("COS_CONTAINERD")
                .labels(spec.scheduling().labels())
                .taints(spec.scheduling().taints().stream().map(GkeNodePoolBackend::taint).toList())
                .spot(spec.spot())
                .serviceAccount(gke.nodeServiceAccount().email())
                .oauthScopes("https://www.googleapis.com/auth/cloud-platform")
                .metadata(Map.of("disable-legacy-endpoints", "true"))
                .workloadMetadataConfig(NodePoolNodeConfigWorkloadMetadataConfigArgs.builder()
                        .mode("GKE_METADATA").build())
                .shieldedInstanceConfig(NodePoolNodeConfigShieldedInstanceConfigArgs.builder()
                        .enableSecureBoot(true).enableIntegrityMonitoring(true).build());
        if (spec.machine().hasGpu() && spec.machine().gpuAttached()) {
            node.guestAccelerators(NodePoolNodeConfigGuestAcceleratorArgs.builder()
                    .type(spec.machine().gpus().orElseThrow().model())
                    .count(spec.machine().gpus().orElseThrow().count())
                    .gpuDriverInstallationConfig(NodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigArgs
                            .builder().gpuDriverVersion("LATEST").build())
                    .build());
        }
        NodePoolArgs.Builder poolArgs = NodePoolArgs.builder();
        String homeZone = gke.account().spec().requireZone();
        int zones = 1;
        if (spec.role() == NodeRole.CORE && !gke.location().equals(homeZone)) {
            // A regional cluster's core pods keep their disks (hub databases, Prometheus) on zonal
            // persistent disks: their nodes stay in the stack's zone, where the disks are, so a node
            // replaced in another zone never strands them.
            poolArgs.nodeLocations(List.of(homeZone));
        } else if (!gke.location().equals(homeZone) && !gke.spec().zones().isEmpty()) {
            zones = gke.spec().zones().size();
        }
        com.pulumi.gcp.container.NodePool pool = new com.pulumi.gcp.container.NodePool(name, poolArgs
                .name(spec.poolName())
                .cluster(gke.cluster().name())
                .location(gke.location())
                // Per zone in a pool spanning zones: the minimum spread over them, rounded up.
                .initialNodeCount((spec.minNodes() + zones - 1) / zones)
                .autoscaling(NodePoolAutoscalingArgs.builder()
                        .totalMinNodeCount(spec.minNodes())
                        .totalMaxNodeCount(spec.maxNodes())
                        // Spot capacity comes from wherever it is free; on-demand pools stay balanced.
                        .locationPolicy(spec.spot() ? "ANY" : "BALANCED")
                        .build())
                // In a release channel pools must auto-upgrade: they follow the control plane's version, in
                // the cluster's maintenance window (cloud.google.com/kubernetes-engine/docs/concepts/node-auto-upgrades).
                .management(NodePoolManagementArgs.builder().autoRepair(true).autoUpgrade(true).build())
                .upgradeSettings(NodePoolUpgradeSettingsArgs.builder().maxSurge(1).maxUnavailable(0).build())
                .nodeConfig(node.build())
                .build(),
                ChildOptions.of(component, gke.account().provider())
                        // The autoscaler owns the node count.
                        .ignoreChanges(List.of("initialNodeCount", "nodeCount"))
                        // Pool names are fixed, so a replacement must make room first.
                        .deleteBeforeReplace(true)
                        .build());
        return new ProvisionedNodePool(pool.name());
    }

    private static NodePoolNodeConfigTaintArgs taint(Taint taint) {
        return NodePoolNodeConfigTaintArgs.builder()
                .key(taint.key())
                .value(taint.value())
                .effect(taint.effect().name())
                .build();
    }
}
