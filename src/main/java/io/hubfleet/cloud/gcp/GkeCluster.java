package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.serviceaccount.Account;
import io.hubfleet.cloud.ProvisionedCluster;

/**
 * A GKE cluster as GCP's other backends need it: its network (Filestore joins it), the nodes'
 * service account (node pools run as it) and the Workload Identity pool (hub identities bind in it).
 */
record GkeCluster(
        Cluster cluster,
        Network network,
        Subnetwork subnetwork,
        Account nodeServiceAccount,
        String location,
        String projectId,
        Output<String> kubeconfig) implements ProvisionedCluster {

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

    /** The Workload Identity pool: {@code <project>.svc.id.goog}. */
    String workloadPool() {
        return projectId + ".svc.id.goog";
    }

    static GkeCluster of(io.hubfleet.cloud.ProvisionedCluster provisioned) {
        if (provisioned instanceof GkeCluster gke) {
            return gke;
        }
        throw new IllegalArgumentException("a GCP backend was given a " + provisioned.getClass().getSimpleName()
                + "; clusters and their pools must be on the same cloud");
    }
}
