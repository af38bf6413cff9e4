package io.hubfleet.cloud;

import io.hubfleet.components.Cluster;
import io.hubfleet.components.NodePool;
import io.hubfleet.components.NodePoolSpec;

/** Builds one autoscaling node pool of a cluster. */
public interface NodePoolBackend {

    ProvisionedNodePool provision(NodePool component, String name, NodePoolSpec spec, Cluster cluster);
}
