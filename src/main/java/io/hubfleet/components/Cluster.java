package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ClusterHandle;

import javax.annotation.Nullable;
import java.util.Map;

/**
 * A managed Kubernetes cluster (GKE, EKS or AKS) with private nodes, its always-on core pool, a
 * secret kubeconfig and a Kubernetes provider for everything installed into it.
 */
public final class Cluster extends ComponentResource {

    public static final String TYPE = "hubfleet:index:Cluster";

    private final ClusterArgs args;
    private final ClusterHandle provisioned;
    private final NodePool corePool;
    private final Provider kubernetesProvider;

    public Cluster(String name, ClusterArgs args) {
        this(name, args, null);
    }

    public Cluster(String name, ClusterArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.args = args;
        NodePoolArgs core = NodePoolArgs.core(this, args.corePool());
        this.provisioned = args.account().provisioned().cluster(this, name, args.spec(core.spec()));
        this.corePool = new NodePool(name + "-core", core,
                ComponentResourceOptions.builder().parent(this).build());
        provisioned.afterCorePool(this, name, corePool);
        // Installs wait for the core pool: charts need somewhere to run.
        this.kubernetesProvider = new Provider(name + "-kubernetes",
                ProviderArgs.builder().kubeconfig(provisioned.kubeconfig()).build(),
                CustomResourceOptions.builder().parent(this).dependsOn(corePool).build());
        registerOutputs(Map.of(
                "clusterName", provisioned.name(),
                "endpoint", provisioned.endpoint(),
                "kubeconfig", provisioned.kubeconfig()));
    }

    public CloudAccount account() {
        return args.account();
    }

    public ClusterArgs args() {
        return args;
    }

    /** The cloud's handle of the cluster: it builds node pools, home storage, the ingress address and the hub host. */
    public ClusterHandle provisioned() {
        return provisioned;
    }

    public Output<String> clusterName() {
        return provisioned.name();
    }

    /** The cloud CLI command that writes the cluster's credentials into the operator's kubeconfig. */
    public Output<String> credentialsCommand() {
        return provisioned.credentialsCommand();
    }

    /** A kubeconfig that authenticates through the cloud's CLI; a secret. */
    public Output<String> kubeconfig() {
        return provisioned.kubeconfig();
    }

    public Provider kubernetesProvider() {
        return kubernetesProvider;
    }

    public NodePool corePool() {
        return corePool;
    }
}
