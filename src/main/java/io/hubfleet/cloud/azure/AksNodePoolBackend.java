package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import io.hubfleet.machines.Allocatable;
import com.pulumi.azurenative.containerservice.AgentPool;
import com.pulumi.azurenative.containerservice.AgentPoolArgs;
import com.pulumi.core.Output;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.cloud.NodePoolSpec;

import java.util.List;

/**
 * An AKS user agent pool in the cluster's subnet: autoscaled from zero (the autoscaler owns the count),
 * with the shared labels and taints, no public node addresses, Azure Linux. Spot pools take Spot
 * priority, are deleted (not deallocated) on eviction and pay up to the on-demand price. The core pool
 * is the cluster's system pool, made with the cluster.
 */
final class AksNodePoolBackend {

    public ProvisionedNodePool provision(Resource component, String name, NodePoolSpec spec, AksCluster aks) {
        String poolName = AzureNames.agentPool(spec.poolName());
        if (spec.role() == NodeRole.CORE) {
            // Part of the ManagedCluster: AKS creates a cluster with its system pool.
            return new ProvisionedNodePool(Output.of(poolName));
        }
        AgentPoolArgs.Builder pool = AgentPoolArgs.builder()
                .agentPoolName(poolName)
                .resourceName(aks.cluster().name())
                .resourceGroupName(aks.account().resourceGroupName())
                .mode("User")
                .type("VirtualMachineScaleSets")
                .vmSize(spec.machine().typeName())
                .osType("Linux")
                .osSKU("AzureLinux")
                .osDiskSizeGB(spec.diskSizeGiB())
                // Stated, not defaulted (Azure CNI Overlay would give 250): the node reservation hubfleet
                // sizes profiles by counts these pods (machines/Allocatable).
                .maxPods(Allocatable.AKS_MAX_PODS)
                .enableAutoScaling(true)
                .minCount(spec.minNodes())
                .maxCount(spec.maxNodes())
                .count(spec.minNodes())
                .enableNodePublicIP(false)
                .vnetSubnetID(aks.nodeSubnet().id())
                .nodeLabels(spec.scheduling().labels())
                .nodeTaints(spec.scheduling().taints().stream().map(t -> t.spec()).toList());
        if (spec.spot()) {
            pool.scaleSetPriority("Spot").scaleSetEvictionPolicy("Delete").spotMaxPrice(-1.0);
        }
        List<String> zones = aks.spec().zones();
        if (!zones.isEmpty()) {
            pool.availabilityZones(zones);
        }
        AgentPool agentPool = new AgentPool(name, pool.build(), ChildOptions.of(component, aks.account().provider())
                // One pool operation at a time: AKS refuses concurrent ones with 409 (AksCluster.AgentPoolSequence).
                .dependsOn(aks.agentPools().before())
                // The autoscaler owns the node count.
                .ignoreChanges(List.of("count"))
                // Pool names are fixed, so a replacement must make room first.
                .deleteBeforeReplace(true)
                .build());
        aks.agentPools().next(agentPool);
        return new ProvisionedNodePool(agentPool.name());
    }
}
