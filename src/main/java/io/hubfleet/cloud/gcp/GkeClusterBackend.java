package io.hubfleet.cloud.gcp;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.ClusterSpec;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyMaintenanceExclusionExclusionOptionsArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyMaintenanceExclusionArgs;
import com.pulumi.gcp.container.inputs.ClusterAddonsConfigHttpLoadBalancingArgs;
import com.pulumi.gcp.container.inputs.ClusterMonitoringConfigManagedPrometheusArgs;
import com.pulumi.gcp.container.inputs.ClusterMonitoringConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.NetworkArgs;
import com.pulumi.gcp.compute.Router;
import com.pulumi.gcp.compute.RouterArgs;
import com.pulumi.gcp.compute.RouterNat;
import com.pulumi.gcp.compute.RouterNatArgs;
import com.pulumi.gcp.compute.Firewall;
import com.pulumi.gcp.compute.FirewallArgs;
import com.pulumi.gcp.compute.inputs.FirewallAllowArgs;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.compute.SubnetworkArgs;
import com.pulumi.gcp.compute.inputs.RouterNatLogConfigArgs;
import com.pulumi.gcp.compute.inputs.SubnetworkSecondaryIpRangeArgs;
import com.pulumi.gcp.container.inputs.ClusterAddonsConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterAddonsConfigGcePersistentDiskCsiDriverConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterClusterAutoscalingArgs;
import com.pulumi.gcp.container.inputs.ClusterIpAllocationPolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyRecurringWindowArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigCidrBlockArgs;
import com.pulumi.gcp.container.inputs.ClusterNodeConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterPrivateClusterConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterReleaseChannelArgs;
import com.pulumi.gcp.container.inputs.ClusterWorkloadIdentityConfigArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.Kubeconfig;
import io.hubfleet.cloud.ClusterHandle;

import io.hubfleet.cloud.MaintenanceWindow;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GKE Standard with its own VPC: private nodes behind Cloud NAT, Workload Identity, Dataplane V2
 * (network policy enforced), the default pool removed, a pinned version outside release channels
 * (upgrades happen when the operator changes {@code kubernetesVersion}, or when GKE ends a version's
 * support, and then only inside the maintenance window) and an autoscaler that packs nodes.
 */
final class GkeClusterBackend {

    /**
     * Ports the estate's admission webhooks listen on, beyond 443 and 10250: Envoy Gateway's topology
     * injector (gateway-helm v1.9.0, templates/envoy-proxy-topology-injector-webhook.yaml: Service
     * envoy-gateway port 9443). The rendering tests check every rendered webhook against this rule.
     */
    /** Cloud NAT ports per node: dynamic, from this many up to the maximum as connections need. */
    static final int NAT_MIN_PORTS_PER_VM = 64;
    static final int NAT_MAX_PORTS_PER_VM = 16384;

    static final List<Integer> WEBHOOK_PORTS = List.of(9443);


    /** What nodes need and no more: write logs and metrics, read images. */
    static final List<String> NODE_ROLES = List.of(
            "roles/logging.logWriter",
            "roles/monitoring.metricWriter",
            "roles/monitoring.viewer",
            "roles/stackdriver.resourceMetadata.writer",
            "roles/autoscaling.metricsWriter",
            "roles/artifactregistry.reader");
    public ClusterHandle provision(Resource component, String name, ClusterSpec args, GcpAccount account) {
        ProviderResource provider = account.provider();
        CustomResourceOptions inComponent = ChildOptions.in(component, provider);
        String projectId = account.spec().requireId();
        String region = account.spec().region();
        String location = args.regional() ? region : account.spec().requireZone();

        Network network = new Network(name + "-network", NetworkArgs.builder()
                .autoCreateSubnetworks(false)
                .routingMode("REGIONAL")
                .description("hubfleet network of cluster " + args.clusterName())
                .build(), inComponent);
        Subnetwork subnetwork = new Subnetwork(name + "-nodes", SubnetworkArgs.builder()
                .network(network.id())
                .region(region)
                .ipCidrRange(args.network().nodes().toString())
                .privateIpGoogleAccess(true)
                .secondaryIpRanges(List.of(
                        SubnetworkSecondaryIpRangeArgs.builder().rangeName("pods")
                                .ipCidrRange(args.network().pods().toString()).build(),
                        SubnetworkSecondaryIpRangeArgs.builder().rangeName("services")
                                .ipCidrRange(args.network().services().toString()).build()))
                .build(), inComponent);
        Router router = new Router(name + "-router", RouterArgs.builder()
                .network(network.id())
                .region(region)
                .build(), inComponent);
        new RouterNat(name + "-nat", RouterNatArgs.builder()
                .router(router.name())
                .region(region)
                .natIpAllocateOption("AUTO_ONLY")
                .sourceSubnetworkIpRangesToNat("ALL_SUBNETWORKS_ALL_IP_RANGES")
                // A busy user node opens thousands of connections (package installs, data downloads): ports
                // are allocated per VM as needed, from 64 up to 16384. Dynamic allocation needs endpoint-
                // independent mapping off (cloud.google.com/nat/docs/ports-and-addresses#dynamic-port).
                .enableDynamicPortAllocation(true)
                .enableEndpointIndependentMapping(false)
                .minPortsPerVm(NAT_MIN_PORTS_PER_VM)
                .maxPortsPerVm(NAT_MAX_PORTS_PER_VM)
                .logConfig(RouterNatLogConfigArgs.builder().enable(true).filter("ERRORS_ONLY").build())
                .build(), inComponent);

        Account nodeAccount = new Account(name + "-nodes", AccountArgs.builder()
                .accountId(GcpNames.serviceAccountId(args.clusterName() + "-nodes"))
                .displayName("hubfleet nodes of " + args.clusterName())
                .build(), inComponent);
        Output<String> nodeMember = nodeAccount.email().applyValue(email -> "serviceAccount:" + email);
        for (String role : NODE_ROLES) {
            new IAMMember(name + "-nodes-" + role.substring(role.indexOf('/') + 1).replace('.', '-'),
                    IAMMemberArgs.builder().project(projectId).role(role).member(nodeMember).build(), inComponent);
        }

        com.pulumi.gcp.container.ClusterArgs.Builder gkeArgs = com.pulumi.gcp.container.ClusterArgs.builder();
        if (args.regional()) {
            // The control plane spans the region; nodes stay where the home storage and core disks are,
            // unless the stack names zones: every file access across zones is charged, zonal disks are
            // pinned, and a regional pool's initial count is per zone.
            gkeArgs.nodeLocations(args.zones().isEmpty() ? List.of(account.spec().requireZone()) : args.zones());
        }
        com.pulumi.gcp.container.Cluster cluster = new com.pulumi.gcp.container.Cluster(name,
                gkeArgs
                        .name(args.clusterName())
                        .location(location)
                        .network(network.id())
                        .subnetwork(subnetwork.id())
                        .minMasterVersion(args.kubernetesVersion())
                        // No channel (UNSPECIFIED) is refused to new customers and removed on 2027-06-14
                        // (cloud.google.com/kubernetes-engine/docs/concepts/release-channels): the channel
                        // upgrades control plane and pools; the window and exclusions say when.
                        .releaseChannel(ClusterReleaseChannelArgs.builder()
                                .channel(args.releaseChannel().toUpperCase(java.util.Locale.ROOT)).build())
                        .removeDefaultNodePool(true)
                        .initialNodeCount(1)
                        // The short-lived default pool still runs private, as the node identity, without node metadata.
                        .nodeConfig(ClusterNodeConfigArgs.builder()
                                .serviceAccount(nodeAccount.email())
                                .oauthScopes("https://www.googleapis.com/auth/cloud-platform")
                                .workloadMetadataConfig(ClusterNodeConfigWorkloadMetadataConfigArgs.builder()
                                        .mode("GKE_METADATA").build())
                                .shieldedInstanceConfig(ClusterNodeConfigShieldedInstanceConfigArgs.builder()
                                        .enableSecureBoot(true).enableIntegrityMonitoring(true).build())
                                .build())
                        .networkingMode("VPC_NATIVE")
                        .ipAllocationPolicy(ClusterIpAllocationPolicyArgs.builder()
                                .clusterSecondaryRangeName("pods")
                                .servicesSecondaryRangeName("services")
                                .build())
                        .privateClusterConfig(ClusterPrivateClusterConfigArgs.builder()
                                .enablePrivateNodes(true)
                                .enablePrivateEndpoint(false)
                                .masterIpv4CidrBlock(args.network().controlPlane().toString())
                                .build())
                        .masterAuthorizedNetworksConfig(ClusterMasterAuthorizedNetworksConfigArgs.builder()
                                .cidrBlocks(authorizedNetworks(args.apiAuthorizedCidrs()))
                                .build())
                        .workloadIdentityConfig(ClusterWorkloadIdentityConfigArgs.builder()
                                .workloadPool(GkeHubHost.workloadPool(projectId)).build())
                        .datapathProvider("ADVANCED_DATAPATH")
                        .enableShieldedNodes(true)
                        .clusterAutoscaling(ClusterClusterAutoscalingArgs.builder()
                                .autoscalingProfile("OPTIMIZE_UTILIZATION").build())
                        // hubfleet runs its own Prometheus and its own Gateway (Envoy, behind an L4 load
                        // balancer): GKE's managed collection and its HTTP load-balancing controller are off.
                        .monitoringConfig(ClusterMonitoringConfigArgs.builder()
                                .managedPrometheus(ClusterMonitoringConfigManagedPrometheusArgs.builder()
                                        .enabled(false).build())
                                .build())
                        .addonsConfig(ClusterAddonsConfigArgs.builder()
                                .httpLoadBalancing(ClusterAddonsConfigHttpLoadBalancingArgs.builder()
                                        .disabled(true).build())
                                .gcePersistentDiskCsiDriverConfig(
                                        ClusterAddonsConfigGcePersistentDiskCsiDriverConfigArgs.builder()
                                                .enabled(true).build())
                                .build())
                        .maintenancePolicy(ClusterMaintenancePolicyArgs.builder()
                                .recurringWindow(recurringWindow(args.maintenanceWindow()))
                                .maintenanceExclusions(exclusions(args.maintenanceWindow()))
                                .build())
                        .deletionProtection(true)
                        .build(),
                ChildOptions.of(component, provider)
                        // The default pool's config is only used to create it; GKE then removes it.
                        .ignoreChanges(List.of("nodeConfig", "initialNodeCount"))
                        .build());

        // A private control plane reaches nodes on 443 and 10250 only
        // (cloud.google.com/kubernetes-engine/docs/how-to/private-clusters#add_firewall_rules). Admission
        // webhooks listening elsewhere need a rule, or every API call they hook waits out their timeout.
        new Firewall(name + "-webhooks", FirewallArgs.builder()
                .network(network.id())
                .direction("INGRESS")
                .description("hubfleet: the control plane calls admission webhooks on cluster " + args.clusterName())
                .sourceRanges(args.network().controlPlane().toString())
                .targetServiceAccounts(nodeAccount.email().applyValue(List::of))
                .allows(FirewallAllowArgs.builder().protocol("tcp")
                        .ports(WEBHOOK_PORTS.stream().map(String::valueOf).toList()).build())
                .build(), inComponent);

        // Administrators named in the stack get the Kubernetes API through IAM (GKE maps it to cluster-admin).
        for (String principal : args.adminPrincipals()) {
            new IAMMember(name + "-admin-" + GcpNames.shortHash(principal), IAMMemberArgs.builder()
                    .project(projectId).role("roles/container.admin").member(principal).build(), inComponent);
        }

        Output<String> kubeconfig = Output.tuple(cluster.endpoint(), cluster.masterAuth())
                .applyValue(t -> new Kubeconfig(
                        args.clusterName(),
                        "https://" + t.t1,
                        t.t2.clusterCaCertificate().orElse(""),
                        new Kubeconfig.Exec("gke-gcloud-auth-plugin", List.of(),
                                "Install gke-gcloud-auth-plugin: gcloud components install gke-gcloud-auth-plugin"))
                        .render())
                .asSecret();
        return new GkeCluster(cluster, network, subnetwork, nodeAccount, location, projectId, kubeconfig, account, args);
    }

    private static List<ClusterMasterAuthorizedNetworksConfigCidrBlockArgs> authorizedNetworks(List<String> cidrs) {
        List<ClusterMasterAuthorizedNetworksConfigCidrBlockArgs> blocks = new ArrayList<>();
        for (int i = 0; i < cidrs.size(); i++) {
            blocks.add(ClusterMasterAuthorizedNetworksConfigCidrBlockArgs.builder()
                    .cidrBlock(cidrs.get(i)).displayName("authorized-" + (i + 1)).build());
        }
        return blocks;
    }

    /** GKE wants a start and end instant (the date only anchors the window) and an RFC 5545 rule. */
    static ClusterMaintenancePolicyRecurringWindowArgs recurringWindow(MaintenanceWindow window) {
        LocalDateTime start = LocalDateTime.of(2025, 1, 4, 0, 0).with(window.startUtc());
        LocalDateTime end = start.plusHours(window.durationHours());
        DateTimeFormatter instant = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", java.util.Locale.ROOT);
        String days = window.days().stream().map(GkeClusterBackend::rfc5545Day).collect(Collectors.joining(","));
        return ClusterMaintenancePolicyRecurringWindowArgs.builder()
                .startTime(start.format(instant))
                .endTime(end.format(instant))
                .recurrence("FREQ=WEEKLY;BYDAY=" + days)
                .build();
    }

    static List<ClusterMaintenancePolicyMaintenanceExclusionArgs> exclusions(MaintenanceWindow window) {
        return window.exclusions().stream().map(exclusion -> ClusterMaintenancePolicyMaintenanceExclusionArgs.builder()
                .exclusionName(exclusion.name())
                .startTime(exclusion.startUtc())
                .endTime(exclusion.endUtc())
                .exclusionOptions(ClusterMaintenancePolicyMaintenanceExclusionExclusionOptionsArgs.builder()
                        .scope(exclusion.scope().name()).build())
                .build()).toList();
    }

    private static String rfc5545Day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
    static io.hubfleet.cloud.HubHostHandle hubHost(GkeCluster gke) {
        var account = gke.account().spec();
        return new GkeHubHost(gke.projectId(), gke.spec().clusterName(), account.region(), account.requireZone(),
                account.namingSeed(), java.util.Optional.of(gke.cluster()));
    }
}
