package io.hubfleet.cloud;

import io.hubfleet.components.Cluster;
import io.hubfleet.components.ClusterArgs;

/** Builds a managed Kubernetes cluster (control plane and network; pools come separately). */
public interface ClusterBackend {

    ProvisionedCluster provision(Cluster component, String name, ClusterArgs args);
}
