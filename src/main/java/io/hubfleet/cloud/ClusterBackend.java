package io.hubfleet.cloud;

import io.hubfleet.components.Cluster;
import io.hubfleet.components.ClusterArgs;
import io.hubfleet.components.NodePool;

/** Builds a managed Kubernetes cluster (control plane and network; pools come separately). */
public interface ClusterBackend {

    ProvisionedCluster provision(Cluster component, String name, ClusterArgs args);

    /** What hubs need to know about this stack's cluster (and what it exports to hub-only stacks). */
    HubHostFacts hubHostFacts(Cluster cluster);

    /** The same facts, as a shared cluster's stack exported them. */
    HubHostFacts importHubHostFacts(java.util.Map<String, Object> exported);

    /** What needs nodes to become ready (EKS's CoreDNS and EBS CSI add-ons); by default nothing. */
    default void afterCorePool(Cluster component, String name, ClusterArgs args, ProvisionedCluster cluster,
                               NodePool corePool) {
    }
}
