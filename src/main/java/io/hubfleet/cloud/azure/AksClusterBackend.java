package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.ClusterSpec;
import io.hubfleet.machines.Allocatable;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.containerservice.ContainerserviceFunctions;
import com.pulumi.azurenative.containerservice.MaintenanceConfiguration;
import com.pulumi.azurenative.containerservice.MaintenanceConfigurationArgs;
import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.azurenative.containerservice.ManagedClusterArgs;
import com.pulumi.azurenative.containerservice.enums.ResourceIdentityType;
import com.pulumi.azurenative.containerservice.inputs.ContainerServiceNetworkProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ListManagedClusterUserCredentialsArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAADProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAPIServerAccessProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAgentPoolProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAutoUpgradeProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterIdentityArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterOIDCIssuerProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterPropertiesAutoScalerProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSKUArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSecurityProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSecurityProfileWorkloadIdentityArgs;
import com.pulumi.azurenative.containerservice.inputs.TimeInWeekArgs;
import com.pulumi.azurenative.network.Subnet;
import com.pulumi.azurenative.network.SubnetArgs;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.network.inputs.ServiceEndpointPropertiesFormatArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ClusterHandle;

import io.hubfleet.cloud.NodePoolSpec;
import io.hubfleet.cloud.MaintenanceWindow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * AKS in its own virtual network: the core pool as the cluster's system pool (AKS needs one, with at
 * least one node), Azure CNI overlay with Cilium as dataplane and network policy engine, the OIDC issuer
 * and workload identity, a system-assigned managed identity (no service principal secret), Entra ID
 * authentication with Azure RBAC and local accounts disabled, the API limited to the authorized
 * networks, a pinned version with automatic upgrades off and planned maintenance in the window, and an
 * autoscaler profile that packs nodes and removes idle ones quickly. The kubeconfig is the user
 * credential in exec form (kubelogin): no static credential.
 */
final class AksClusterBackend {

    /** The Azure CLI's application id: a deployer signed in with it is a person. */
    static final String AZURE_CLI_APP_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    public ClusterHandle provision(Resource component, String name, ClusterSpec args, AzureAccount account) {
        CustomResourceOptions inComponent = ChildOptions.in(component, account.provider());
        String clusterName = args.clusterName();
        Output<String> subscription = account.accountId();

        VirtualNetwork network = new VirtualNetwork(name + "-vnet", VirtualNetworkArgs.builder()
                .virtualNetworkName(clusterName)
                .resourceGroupName(account.resourceGroupName())
                .location(account.location())
                .addressSpace(AddressSpaceArgs.builder().addressPrefixes(args.network().nodes().toString()).build())
                .build(), ChildOptions.of(component, account.provider())
                // Subnets are their own resources.
                .ignoreChanges(List.of("subnets")).build());
        Subnet nodes = new Subnet(name + "-nodes", SubnetArgs.builder()
                .subnetName("nodes")
                .virtualNetworkName(network.name())
                .resourceGroupName(account.resourceGroupName())
                .addressPrefix(args.network().nodes().toString())
                // Storage accounts admit this subnet through its service endpoint.
                .serviceEndpoints(ServiceEndpointPropertiesFormatArgs.builder().service("Microsoft.Storage").build())
                .build(), inComponent);

        NodePoolSpec core = args.corePool();
        ManagedClusterArgs.Builder cluster = ManagedClusterArgs.builder()
                .resourceName(clusterName)
                .resourceGroupName(account.resourceGroupName())
                .location(account.location())
                .dnsPrefix(clusterName)
                .kubernetesVersion(args.kubernetesVersion())
                .sku(ManagedClusterSKUArgs.builder().name("Base").tier("Standard").build())
                .identity(ManagedClusterIdentityArgs.builder().type(ResourceIdentityType.SystemAssigned).build())
                .agentPoolProfiles(systemPool(core, nodes,
                        homeZone(args.zones(), account.spec().zone()).map(List::of).orElse(List.of())))
                .networkProfile(ContainerServiceNetworkProfileArgs.builder()
                        .networkPlugin("azure")
                        .networkPluginMode("overlay")
                        .networkDataplane("cilium")
                        .networkPolicy("cilium")
                        .podCidr(args.network().pods().toString())
                        .serviceCidr(args.network().services().toString())
                        .dnsServiceIP(args.network().services().host(10))
                        .loadBalancerSku("standard")
                        .outboundType("loadBalancer")
                        .build())
                .oidcIssuerProfile(ManagedClusterOIDCIssuerProfileArgs.builder().enabled(true).build())
                .securityProfile(ManagedClusterSecurityProfileArgs.builder()
                        .workloadIdentity(ManagedClusterSecurityProfileWorkloadIdentityArgs.builder().enabled(true).build())
                        .build())
                .aadProfile(ManagedClusterAADProfileArgs.builder()
                        .managed(true)
                        .enableAzureRBAC(true)
                        .adminGroupObjectIDs(args.adminPrincipals())
                        .build())
                .disableLocalAccounts(true)
                .enableRBAC(true)
                .autoUpgradeProfile(ManagedClusterAutoUpgradeProfileArgs.builder().upgradeChannel("none").build())
                .autoScalerProfile(ManagedClusterPropertiesAutoScalerProfileArgs.builder()
                        .expander("least-waste")
                        .balanceSimilarNodeGroups("true")
                        .scaleDownUnneededTime("10m")
                        .scaleDownDelayAfterAdd("10m")
                        .scaleDownUtilizationThreshold("0.6")
                        .skipNodesWithLocalStorage("false")
                        .skipNodesWithSystemPods("false")
                        .build());
        if (!args.apiOpenToAnywhere()) {
            // AKS reads an empty list as "anywhere".
            cluster.apiServerAccessProfile(ManagedClusterAPIServerAccessProfileArgs.builder()
                    .authorizedIPRanges(args.apiAuthorizedCidrs()).build());
        }
        ManagedCluster aks = new ManagedCluster(name, cluster.build(), ChildOptions.of(component, account.provider())
                // The autoscaler owns the system pool's node count.
                .ignoreChanges(List.of("agentPoolProfiles[0].count"))
                .build());

        new MaintenanceConfiguration(name + "-maintenance", MaintenanceConfigurationArgs.builder()
                .configName("default")
                .resourceGroupName(account.resourceGroupName())
                .resourceName(aks.name())
                .timeInWeek(maintenance(args.maintenanceWindow()))
                .build(), inComponent);
        // The cluster's identity manages load balancer frontends in its subnet.
        new RoleAssignment(name + "-network", AzureRoles.assignment(nodes.id(), AzureRoles.definition(subscription, AzureRoles.NETWORK_CONTRIBUTOR),
                        aks.identity().applyValue(identity -> identity.orElseThrow().principalId()))
                .principalType("ServicePrincipal")
                .build(), inComponent);
        // Whoever deploys administers the cluster through Azure RBAC (local accounts are off).
        var deployer = AuthorizationFunctions.getClientConfig(InvokeArgs.Empty,
                new InvokeOptions(component, account.provider(), null));
        RoleAssignment deployerAdmin = new RoleAssignment(name + "-deployer-admin", AzureRoles.assignment(aks.id(),
                        AzureRoles.definition(subscription, AzureRoles.AKS_RBAC_CLUSTER_ADMIN),
                        deployer.applyValue(client -> client.objectId()))
                // Signed in with the Azure CLI, the deployer is a user; otherwise a service principal (CI).
                .principalType(deployer.applyValue(client -> AZURE_CLI_APP_ID.equals(client.clientId())
                        ? "User" : "ServicePrincipal")
                        .applyValue(com.pulumi.core.Either::<String, com.pulumi.azurenative.authorization.enums.PrincipalType>ofLeft))
                .build(), inComponent);

        // AKS hands out an exec kubeconfig whose kubelogin signs in by device code: every Kubernetes call
        // would wait for a person. Sign in non-interactively with the Azure CLI instead (locally after az
        // login; in CI after azure/login with the workflow's federated credential): AksKubeconfig.
        Output<String> kubeconfig = ContainerserviceFunctions.listManagedClusterUserCredentials(
                        ListManagedClusterUserCredentialsArgs.builder()
                                .resourceGroupName(account.resourceGroupName())
                                .resourceName(aks.name())
                                .format("exec")
                                .build(), new InvokeOptions(component, account.provider(), null))
                .applyValue(result -> AksKubeconfig.nonInteractive(new String(
                        Base64.getDecoder().decode(result.kubeconfigs().get(0).value()), StandardCharsets.UTF_8)));
        // The deployer's cluster-admin assignment takes minutes to reach AKS: the Kubernetes provider gets
        // its kubeconfig only once the assignment has had time to propagate (RbacPropagation).
        kubeconfig = RbacPropagation.after(deployerAdmin, kubeconfig).asSecret();
        return new AksCluster(aks, network, nodes, account, clusterName, kubeconfig, new AksCluster.AgentPoolSequence(),
                args);
    }

    /**
     * Where a zonal cluster keeps its core nodes and home disks: hubfleet:zone when it is one of the
     * cluster's zones, else the first. Managed disks attach only within their zone.
     */
    static java.util.Optional<String> homeZone(List<String> zones, java.util.Optional<String> zone) {
        if (zones.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(zone.filter(zones::contains).orElse(zones.get(0)));
    }

    /**
     * The core pool, inline: AKS creates a cluster with its system pool. It stays in the home zone: core
     * pods keep zonal disks (hub databases, Prometheus, home disks) that a replaced node must reach.
     */
    private static ManagedClusterAgentPoolProfileArgs systemPool(NodePoolSpec core, Subnet subnet, List<String> zones) {
        ManagedClusterAgentPoolProfileArgs.Builder pool = ManagedClusterAgentPoolProfileArgs.builder()
                .name(AzureNames.agentPool(core.poolName()))
                .mode("System")
                .type("VirtualMachineScaleSets")
                .vmSize(core.machine().typeName())
                .osType("Linux")
                .osSKU("AzureLinux")
                .osDiskSizeGB(core.diskSizeGiB())
                // Stated, not defaulted (Azure CNI Overlay would give 250): the node reservation hubfleet
                // sizes profiles by counts these pods (machines/Allocatable).
                .maxPods(Allocatable.AKS_MAX_PODS)
                .enableAutoScaling(true)
                .minCount(core.minNodes())
                .maxCount(core.maxNodes())
                .count(core.minNodes())
                .enableNodePublicIP(false)
                .nodeLabels(core.scheduling().labels())
                .vnetSubnetID(subnet.id());
        if (!zones.isEmpty()) {
            pool.availabilityZones(zones);
        }
        return pool.build();
    }

    static List<TimeInWeekArgs> maintenance(MaintenanceWindow window) {
        List<TimeInWeekArgs> weeks = new ArrayList<>();
        int start = window.startUtc().getHour();
        for (var day : window.days()) {
            List<Integer> hours = new ArrayList<>();
            for (int h = start; h < Math.min(24, start + window.durationHours()); h++) {
                hours.add(h);
            }
            String dayName = day.name().charAt(0) + day.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            weeks.add(TimeInWeekArgs.builder().day(dayName).hourSlots(hours).build());
        }
        return weeks;
    }
    static io.hubfleet.cloud.HubHostHandle hubHost(AksCluster aks) {
        AzureAccount account = aks.account();
        return new AksHubHost(aks.clusterName(), aks.account().spec().namingSeed(), account.location(),
                account.accountId(), account.resourceGroupName(), aks.issuerUrl(), aks.nodeSubnet().id(),
                homeZone(aks.spec().zones(), aks.account().spec().zone()),
                aks.cluster().identity().applyValue(identity -> identity.orElseThrow().principalId()));
    }
}
