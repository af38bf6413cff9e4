package io.hubfleet.cloud.azure;

import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ManagedHomeSpec;
import io.hubfleet.cloud.ClusterSpec;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.cloud.IngressAddress;
import io.hubfleet.cloud.ProvisionedHomeStorage;
import io.hubfleet.cloud.ProvisionedNodePool;
import io.hubfleet.cloud.NodePoolSpec;
import java.util.List;
import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.azurenative.network.Subnet;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.core.Output;
import io.hubfleet.cloud.ClusterHandle;

/**
 * An AKS cluster as Azure's other backends need it: its subnet (node pools join it, storage admits it)
 * and its OIDC issuer (hub identities federate with it).
 */
record AksCluster(
        ManagedCluster cluster,
        VirtualNetwork network,
        Subnet nodeSubnet,
        AzureAccount account,
        String clusterName,
        Output<String> kubeconfig,
        AgentPoolSequence agentPools,
        ClusterSpec spec) implements ClusterHandle {

    /**
     * AKS refuses concurrent operations on a cluster's pools (409 OperationNotAllowed, "another operation is
     * in progress"; learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/
     * error-code-operationnotallowed): each pool waits for the one before it.
     */
    static final class AgentPoolSequence {
        private com.pulumi.resources.Resource last;

        /** What the next pool waits for (nothing for the first), then remember it as the last. */
        synchronized List<com.pulumi.resources.Resource> next(com.pulumi.resources.Resource pool) {
            List<com.pulumi.resources.Resource> before = last == null ? List.of() : List.of(last);
            last = pool;
            return before;
        }

        synchronized List<com.pulumi.resources.Resource> before() {
            return last == null ? List.of() : List.of(last);
        }
    }

    @Override
    public Output<String> name() {
        return cluster.name();
    }

    /** The resource group's name, known before it exists (it is set, not generated). */
    Output<String> resourceGroupName() {
        return account.resourceGroupName();
    }

    /** az aks get-credentials, then kubelogin to sign in with the Azure CLI (local accounts are off). */
    @Override
    public Output<String> credentialsCommand() {
        return Output.tuple(account.accountId(), account.resourceGroupName()).applyValue(t ->
                "az aks get-credentials --subscription " + t.t1 + " --resource-group " + t.t2 + " --name "
                        + clusterName + " && kubelogin convert-kubeconfig -l azurecli");
    }

    @Override
    public Output<String> endpoint() {
        return cluster.fqdn().applyValue(fqdn -> "https://" + fqdn);
    }

    Output<String> issuerUrl() {
        return cluster.oidcIssuerProfile().applyValue(profile -> profile.orElseThrow().issuerURL());
    }

    @Override
    public ProvisionedNodePool nodePool(Resource component, String name, NodePoolSpec spec) {
        return new AksNodePoolBackend().provision(component, name, spec, this);
    }

    @Override
    public ProvisionedHomeStorage homeStorage(Resource component, String name, ManagedHomeSpec spec,
                                              ProviderResource kubernetes) {
        return new AzureFilesBackend().provision(component, name, spec, this, kubernetes);
    }

    @Override
    public IngressAddress ingressAddress(Resource component, String name) {
        return new AzureSupportBackend().reserveIngressAddress(component, name, this);
    }

    @Override
    public HubHostHandle hubHost() {
        return AksClusterBackend.hubHost(this);
    }
}
