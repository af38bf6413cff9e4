package io.hubfleet.components;

import io.hubfleet.cloud.NodePoolSpec;
import io.hubfleet.cloud.ClusterSpec;
import io.hubfleet.config.CloudConventions;
import io.hubfleet.config.ClusterConfig;
import io.hubfleet.config.ClusterNetworkConfig;
import io.hubfleet.config.CorePoolConfig;
import io.hubfleet.config.MaintenanceWindowConfig;

import java.util.List;
import java.util.Objects;

/**
 * Arguments of {@link Cluster}. Build with {@link #builder()}; every optional setting defaults as its
 * type documents.
 */
public final class ClusterArgs {

    private final CloudAccount account;
    private final String clusterName;
    private final String kubernetesVersion;
    private final boolean regional;
    private final CorePoolConfig corePool;
    private final MaintenanceWindowConfig maintenanceWindow;
    private final List<String> apiAuthorizedCidrs;
    private final ClusterNetworkConfig network;
    private final List<String> zones;
    private final List<String> adminPrincipals;
    private final String releaseChannel;
    private final ClusterConfig.ControlPlaneLogsConfig controlPlaneLogs;

    private ClusterArgs(Builder b) {
        this.account = require(b.account, "account");
        this.clusterName = require(b.clusterName, "clusterName");
        this.kubernetesVersion = require(b.kubernetesVersion, "kubernetesVersion");
        this.regional = b.regional;
        this.corePool = b.corePool == null ? CorePoolConfig.defaults() : b.corePool;
        this.maintenanceWindow = b.maintenanceWindow == null ? MaintenanceWindowConfig.defaults() : b.maintenanceWindow;
        this.apiAuthorizedCidrs = b.apiAuthorizedCidrs == null ? ClusterConfig.ANYWHERE : List.copyOf(b.apiAuthorizedCidrs);
        this.network = b.network == null ? ClusterNetworkConfig.defaults() : b.network;
        this.zones = b.zones == null || b.zones.isEmpty()
                ? CloudConventions.of(account.cloud()).defaultZones(account.args().region())
                : List.copyOf(b.zones);
        this.adminPrincipals = b.adminPrincipals == null ? List.of() : List.copyOf(b.adminPrincipals);
        this.releaseChannel = b.releaseChannel == null ? ClusterConfig.DEFAULT_RELEASE_CHANNEL : b.releaseChannel;
        this.controlPlaneLogs = b.controlPlaneLogs == null ? ClusterConfig.ControlPlaneLogsConfig.defaults()
                : b.controlPlaneLogs;
    }

    private static <T> T require(T value, String name) {
        return Objects.requireNonNull(value, () -> "ClusterArgs." + name + " is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The arguments a stack file's {@code hubfleet:cluster} gives. */
    public static ClusterArgs of(CloudAccount account, ClusterConfig config) {
        return builder()
                .account(account)
                .clusterName(config.name())
                .kubernetesVersion(config.kubernetesVersion())
                .regional(config.regional())
                .corePool(config.corePool())
                .maintenanceWindow(config.maintenanceWindow())
                .apiAuthorizedCidrs(config.apiAuthorizedCidrs())
                .network(config.network())
                .zones(config.zones())
                .adminPrincipals(config.adminPrincipals())
                .releaseChannel(config.releaseChannel())
                .controlPlaneLogs(config.controlPlaneLogs())
                .build();
    }

    /** The account the cluster lives in (required). */
    public CloudAccount account() {
        return account;
    }

    /** The cluster's name in the cloud (required). */
    public String clusterName() {
        return clusterName;
    }

    /** The pinned minor version, such as 1.33 (required). */
    public String kubernetesVersion() {
        return kubernetesVersion;
    }

    /** Control plane and nodes across the region's zones; default false (the account's zone). */
    public boolean regional() {
        return regional;
    }

    /** The always-on pool; default 2 vCPU / 16 GiB, 1 to 3 nodes. */
    public CorePoolConfig corePool() {
        return corePool;
    }

    /** Default weekends 02:00 UTC for 8 hours. */
    public MaintenanceWindowConfig maintenanceWindow() {
        return maintenanceWindow;
    }

    /** Who may reach the API's public endpoint; default 0.0.0.0/0. */
    public List<String> apiAuthorizedCidrs() {
        return apiAuthorizedCidrs;
    }

    /** Address ranges; defaults in {@link ClusterNetworkConfig}. */
    public ClusterNetworkConfig network() {
        return network;
    }

    /** Zones the nodes spread over; default the cloud's ({@link CloudConventions#defaultZones}). */
    public List<String> zones() {
        return zones;
    }

    /** Cluster administrators besides the deploying identity, in the cloud's terms; default none. */
    /** EKS only: the control-plane logs kept in CloudWatch; default authenticator for 30 days. */
    public ClusterConfig.ControlPlaneLogsConfig controlPlaneLogs() {
        return controlPlaneLogs;
    }

    /** GKE only: the release channel; default regular. */
    public String releaseChannel() {
        return releaseChannel;
    }

    public List<String> adminPrincipals() {
        return adminPrincipals;
    }

    public static final class Builder {
        private CloudAccount account;
        private String clusterName;
        private String kubernetesVersion;
        private boolean regional;
        private CorePoolConfig corePool;
        private MaintenanceWindowConfig maintenanceWindow;
        private List<String> apiAuthorizedCidrs;
        private ClusterNetworkConfig network;
        private List<String> zones;
        private List<String> adminPrincipals;
        private String releaseChannel;
        private ClusterConfig.ControlPlaneLogsConfig controlPlaneLogs;

        public Builder controlPlaneLogs(ClusterConfig.ControlPlaneLogsConfig value) {
            this.controlPlaneLogs = value;
            return this;
        }

        public Builder releaseChannel(String value) {
            this.releaseChannel = value;
            return this;
        }

        public Builder adminPrincipals(List<String> value) {
            this.adminPrincipals = value;
            return this;
        }

        public Builder zones(List<String> value) {
            this.zones = value;
            return this;
        }

        public Builder account(CloudAccount value) {
            this.account = value;
            return this;
        }

        public Builder clusterName(String value) {
            this.clusterName = value;
            return this;
        }

        public Builder kubernetesVersion(String value) {
            this.kubernetesVersion = value;
            return this;
        }

        public Builder regional(boolean value) {
            this.regional = value;
            return this;
        }

        public Builder corePool(CorePoolConfig value) {
            this.corePool = value;
            return this;
        }

        public Builder maintenanceWindow(MaintenanceWindowConfig value) {
            this.maintenanceWindow = value;
            return this;
        }

        public Builder apiAuthorizedCidrs(List<String> value) {
            this.apiAuthorizedCidrs = value;
            return this;
        }

        public Builder network(ClusterNetworkConfig value) {
            this.network = value;
            return this;
        }

        public ClusterArgs build() {
            return new ClusterArgs(this);
        }
    }

    /** What the cloud's cluster handle makes, with the core pool resolved. */
    public ClusterSpec spec(NodePoolSpec corePool) {
        return new ClusterSpec(clusterName, kubernetesVersion, regional, corePool,
                CloudSpecs.maintenance(maintenanceWindow), apiAuthorizedCidrs, CloudSpecs.network(network), zones,
                adminPrincipals, releaseChannel, CloudSpecs.controlPlaneLogs(controlPlaneLogs));
    }
}
