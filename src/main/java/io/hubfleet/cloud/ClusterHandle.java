package io.hubfleet.cloud;

import com.pulumi.resources.Resource;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;

/**
 * A cluster as its cloud made it. Each cloud's handle holds its own typed state (networks, identities,
 * its account's handle) and builds what lives on the cluster with it: node pools, the managed home
 * storage, the ingress address, the cluster's services, and the hub host its hubs see.
 */
public interface ClusterHandle {

    /** What the cluster was made from. */
    ClusterSpec spec();

    /** The cluster's name in the cloud. */
    Output<String> name();

    /** The API server's address. */
    Output<String> endpoint();

    /** A kubeconfig that authenticates with the cloud's CLI (no static credential); a secret. */
    Output<String> kubeconfig();

    /** The cloud CLI command that writes the cluster's credentials into the operator's kubeconfig. */
    Output<String> credentialsCommand();

    /** What needs nodes to become ready (EKS's CoreDNS and EBS CSI add-ons); by default nothing. */
    default void afterCorePool(Resource parent, String name, Resource corePool) {
    }

    /** Builds one autoscaling node pool of the cluster. */
    ProvisionedNodePool nodePool(Resource parent, String name, NodePoolSpec spec);

    /**
     * The managed file service shared by the cluster's hubs, protected and retained, with scheduled
     * backups, on the cluster's network.
     */
    ProvisionedHomeStorage homeStorage(Resource parent, String name, ManagedHomeSpec spec, ProviderResource kubernetes);

    /**
     * Reserves the Gateway's public address in the account, and says how its load balancer Service
     * takes it. Parented to the component, through the account's provider.
     */
    IngressAddress ingressAddress(Resource parent, String name);

    /**
     * Services the cloud's managed Kubernetes lacks and every hub needs (EKS: the cluster autoscaler).
     * Created in the cluster through {@code options} (parented to the component, Kubernetes provider).
     */
    default void addClusterServices(Resource parent, String name, CustomResourceOptions options) {
    }

    /** What hubs need to know about this cluster (and what its stack exports to hub-only stacks). */
    HubHostHandle hubHost();
}
