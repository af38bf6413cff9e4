package io.hubfleet.config;

import java.util.List;

/**
 * The Kubernetes cluster.
 *
 * @param name               cluster name; default: the stack name (resolved by {@link StackConfigReader})
 * @param kubernetesVersion  pinned minor version, required
 * @param regional           control plane and nodes across the region's zones; default false (one zone)
 * @param corePool           the always-on pool; defaults in {@link CorePoolConfig}
 * @param maintenanceWindow  default weekends 02:00 UTC for 8 hours
 * @param apiAuthorizedCidrs who may reach the API's public endpoint; default anywhere (0.0.0.0/0), because
 *                           CI runners deploy from changing addresses; narrow it where you can
 * @param network            address ranges; defaults in {@link ClusterNetworkConfig}
 * @param zones              zones the nodes spread over; empty for the cloud's default
 *                           ({@link CloudConventions#defaultZones})
 * @param adminPrincipals    cluster administrators besides the deploying identity, in the cloud's own
 *                           terms; default none
 * @param controlPlaneLogs   EKS only: which control-plane logs go to CloudWatch and for how long; default
 *                           the sign-ins (authenticator) for 30 days, the low-cost choice
 * @param releaseChannel     GKE only: the release channel (rapid, regular, stable, extended); default
 *                           regular. GKE refuses clusters outside a channel to new customers and removes
 *                           the option on 2027-06-14 (cloud.google.com/kubernetes-engine/docs/concepts/release-channels)
 */
public record ClusterConfig(
        String name,
        String kubernetesVersion,
        Boolean regional,
        CorePoolConfig corePool,
        MaintenanceWindowConfig maintenanceWindow,
        List<String> apiAuthorizedCidrs,
        ClusterNetworkConfig network,
        List<String> zones,
        List<String> adminPrincipals,
        String releaseChannel,
        ControlPlaneLogsConfig controlPlaneLogs) {

    /**
     * EKS control-plane logs (docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html): CloudWatch
     * charges per GB ingested and stored; audit and api logs are the large ones.
     *
     * @param types         of api, audit, authenticator, controllerManager, scheduler; default [authenticator]
     * @param retentionDays a CloudWatch retention; default 30
     */
    public record ControlPlaneLogsConfig(List<String> types, Integer retentionDays) {
        public static final List<String> TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
        public static final List<Integer> RETENTIONS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
                545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

        public ControlPlaneLogsConfig {
            types = types == null ? List.of("authenticator") : List.copyOf(types);
            retentionDays = retentionDays == null ? 30 : retentionDays;
        }

        public static ControlPlaneLogsConfig defaults() {
            return new ControlPlaneLogsConfig(null, null);
        }
    }

    public static final List<String> ANYWHERE = List.of("0.0.0.0/0");
    public static final String DEFAULT_RELEASE_CHANNEL = "regular";
    public static final List<String> RELEASE_CHANNELS = List.of("rapid", "regular", "stable", "extended");

    /** The release channel GKE clusters use: the configured one, or regular. */
    public String releaseChannelOrDefault() {
        return releaseChannel == null ? DEFAULT_RELEASE_CHANNEL : releaseChannel;
    }

    public ClusterConfig {
        regional = regional != null && regional;
        corePool = corePool == null ? CorePoolConfig.defaults() : corePool;
        maintenanceWindow = maintenanceWindow == null ? MaintenanceWindowConfig.defaults() : maintenanceWindow;
        apiAuthorizedCidrs = apiAuthorizedCidrs == null ? ANYWHERE : List.copyOf(apiAuthorizedCidrs);
        network = network == null ? ClusterNetworkConfig.defaults() : network;
        zones = zones == null ? List.of() : List.copyOf(zones);
        adminPrincipals = adminPrincipals == null ? List.of() : List.copyOf(adminPrincipals);
        controlPlaneLogs = controlPlaneLogs == null ? ControlPlaneLogsConfig.defaults() : controlPlaneLogs;
    }

    /** The same cluster with another core pool. */
    public ClusterConfig withCorePool(CorePoolConfig newCorePool) {
        return new ClusterConfig(name, kubernetesVersion, regional, newCorePool, maintenanceWindow,
                apiAuthorizedCidrs, network, zones, adminPrincipals, releaseChannel, controlPlaneLogs);
    }

    ClusterConfig withName(String newName) {
        return new ClusterConfig(newName, kubernetesVersion, regional, corePool, maintenanceWindow,
                apiAuthorizedCidrs, network, zones, adminPrincipals, releaseChannel, controlPlaneLogs);
    }
}
