package io.hubfleet.cloud.gcp;

import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ManagedHomeSpec;
import io.hubfleet.cloud.ClusterSpec;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.cloud.IngressAddress;
import io.hubfleet.cloud.ProvisionedHomeStorage;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.cloud.NodePoolSpec;
import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.serviceaccount.Account;
import io.hubfleet.cloud.ClusterHandle;

/**
 * A GKE cluster as GCP's other backends need it: its network (Filestore joins it), the nodes'
 * service account (node pools run as it) and its project (whose Workload Identity pool hub identities bind in).
 */
record GkeCluster(
        Cluster cluster,
        Network network,
        Subnetwork subnetwork,
        Account nodeServiceAccount,
        String location,
        String projectId,
        Output<String> kubeconfig,
        GcpAccount account,
        ClusterSpec spec) implements ClusterHandle {

    @Override
    public Output<String> name() {
        return cluster.name();
    }

    @Override
    public Output<String> endpoint() {
        return cluster.endpoint();
    }

    @Override
    public Output<String> credentialsCommand() {
        return cluster.name().applyValue(name -> "gcloud container clusters get-credentials " + name
                + " --project " + projectId + " --location " + location);
    }

    @Override
    public ProvisionedNodePool nodePool(Resource component, String name, NodePoolSpec spec) {
        return new GkeNodePoolBackend().provision(component, name, spec, this);
    }

    @Override
    public ProvisionedHomeStorage homeStorage(Resource component, String name, ManagedHomeSpec spec,
                                              ProviderResource kubernetes) {
        return new FilestoreBackend().provision(component, name, spec, this, kubernetes);
    }

    @Override
    public IngressAddress ingressAddress(Resource component, String name) {
        return new GcpSupportBackend().reserveIngressAddress(component, name, this);
    }

    @Override
    public HubHostHandle hubHost() {
        return GkeClusterBackend.hubHost(this);
    }
}
