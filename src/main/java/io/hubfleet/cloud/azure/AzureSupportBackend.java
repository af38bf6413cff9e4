package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import com.pulumi.azurenative.authorization.inputs.PermissionArgs;
import com.pulumi.azurenative.authorization.RoleDefinitionArgs;
import com.pulumi.azurenative.authorization.RoleDefinition;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.network.PublicIPAddress;
import com.pulumi.azurenative.network.PublicIPAddressArgs;
import com.pulumi.azurenative.network.inputs.PublicIPAddressSkuArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.IngressAddress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AKS brings its own autoscaler; GPU nodes need NVIDIA's device plugin; the Gateway's load balancer
 * takes a reserved public IP. The Gateway's Service keeps
 * {@code externalTrafficPolicy: Local}, for which the Azure load balancer probes kube-proxy's health
 * check node port at {@code /healthz}; the annotation names that path, so the probe stays right should
 * the policy ever change.
 */
final class AzureSupportBackend {

    /**
     * A static Standard public IP in the estate's resource group (so it outlives the cluster and its
     * node resource group), which the cluster's identity may join to its load balancer and nothing more.
     */
    public IngressAddress reserveIngressAddress(Resource component, String name, AksCluster aks) {
        AzureAccount account = aks.account();
        CustomResourceOptions inAccount = ChildOptions.in(component, account.provider());
        String addressName = aks.clusterName() + "-ingress";
        PublicIPAddressArgs.Builder args = PublicIPAddressArgs.builder()
                .publicIpAddressName(addressName)
                .resourceGroupName(account.resourceGroupName())
                .location(account.location())
                .sku(PublicIPAddressSkuArgs.builder().name("Standard").tier("Regional").build())
                .publicIPAllocationMethod("Static")
                .publicIPAddressVersion("IPv4")
                .tags(Map.of("managed-by", "hubfleet"));
        if (!aks.spec().zones().isEmpty()) {
            args.zones(aks.spec().zones());
        }
        PublicIPAddress address = new PublicIPAddress(name + "-ingress", args.build(), inAccount);
        Output<String> clusterIdentity = aks.cluster().identity().applyValue(identity -> identity.orElseThrow().principalId());
        // The cloud controller attaches the address to the load balancer (join, on the address itself) and
        // first lists the public IPs of its resource group: without read there it gets 403 and never
        // attaches it (learn.microsoft.com/azure/aks/static-ip#create-a-service-using-the-static-ip-address).
        // Read on public IPs, in that group, is the least that works: a custom role, not Network Contributor.
        new RoleAssignment(name + "-ingress-network", AzureRoles.assignment(address.id(),
                        AzureRoles.definition(account.accountId(), AzureRoles.NETWORK_CONTRIBUTOR), clusterIdentity)
                .principalType("ServicePrincipal")
                .build(), inAccount);
        Output<String> group = Output.tuple(account.accountId(), account.resourceGroupName())
                .applyValue(t -> "/subscriptions/" + t.t1 + "/resourceGroups/" + t.t2);
        RoleDefinition reader = new RoleDefinition(name + "-ingress-reader", RoleDefinitionArgs.builder()
                .roleDefinitionId(group.applyValue(id -> AzureRoles.assignmentName(id, "hubfleet-public-ip-reader", "")))
                .roleName(aks.clusterName() + " public IP reader")
                .description("List the resource group's public IP addresses (the AKS cloud controller)")
                .roleType("CustomRole")
                .scope(group)
                .assignableScopes(group.applyValue(List::of))
                .permissions(PermissionArgs.builder().actions(PUBLIC_IP_READ).build())
                .build(), inAccount);
        new RoleAssignment(name + "-ingress-reader", AzureRoles.assignment(group, reader.id(), clusterIdentity)
                .principalType("ServicePrincipal")
                .build(), inAccount);
        Output<Map<String, String>> annotations = account.resourceGroupName().applyValue(rg -> Map.of(
                "service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path", "/healthz",
                "service.beta.kubernetes.io/azure-pip-name", addressName,
                "service.beta.kubernetes.io/azure-load-balancer-resource-group", rg));
        return new IngressAddress(address.ipAddress().applyValue(ip -> List.of(ip.orElseThrow())), annotations,
                Optional.empty());
    }

    /** What the cloud controller needs across the resource group: reading its public IPs. */
    static final List<String> PUBLIC_IP_READ = List.of("Microsoft.Network/publicIPAddresses/read");
}
