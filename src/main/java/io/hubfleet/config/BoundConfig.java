package io.hubfleet.config;

import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a stack file that passed the schema and bound to records, for the consistency rules.
 * A part with a structural problem is absent, so one mistake does not hide the checks of the rest.
 *
 * @param stack        the stack name
 * @param cloud        absent when {@code hubfleet:cloud} is missing or wrong
 * @param region       absent likewise
 * @param zone         absent when not given or wrong
 * @param account      absent likewise
 * @param budget       absent when not given or wrong
 * @param cluster      absent likewise
 * @param nodePools    every pool that bound, with its index in the file
 * @param allPoolsBound true when every pool bound, so whole-list checks are meaningful
 * @param homeStorage  absent when missing or wrong
 * @param ingress      absent when missing or wrong
 * @param dns          absent when not given or wrong
 * @param monitoring   absent when wrong; defaults when not given
 * @param alerts       absent when wrong; defaults when not given
 * @param hubs         every hub that bound, with its index in the file
 * @param clusterStack for a hub-only stack, the cluster stack it attaches to
 * @param raw          the config as read, for what binding does not keep (where secrets were)
 */
record BoundConfig(
        String stack,
        Optional<Cloud> cloud,
        Optional<String> region,
        Optional<String> zone,
        Optional<AccountConfig> account,
        Optional<BudgetConfig> budget,
        Optional<ClusterConfig> cluster,
        List<Indexed<NodePoolConfig>> nodePools,
        boolean allPoolsBound,
        Optional<HomeStorageConfig> homeStorage,
        Optional<IngressConfig> ingress,
        Optional<DnsConfig> dns,
        Optional<MonitoringConfig> monitoring,
        Optional<AlertsConfig> alerts,
        List<Indexed<HubConfig>> hubs,
        Optional<String> clusterStack,
        RawStackConfig raw) {

    /** A list item with its index in the file, for key paths. */
    record Indexed<T>(int index, T value) {
    }

    static final ConfigPath CLOUD = ConfigPath.key("hubfleet:cloud");
    static final ConfigPath REGION = ConfigPath.key("hubfleet:region");
    static final ConfigPath ZONE = ConfigPath.key("hubfleet:zone");
    static final ConfigPath ACCOUNT = ConfigPath.key("hubfleet:account");
    static final ConfigPath BUDGET = ConfigPath.key("hubfleet:budget");
    static final ConfigPath DNS = ConfigPath.key("hubfleet:dns");
    static final ConfigPath MONITORING = ConfigPath.key("hubfleet:monitoring");
    static final ConfigPath ALERTS = ConfigPath.key("hubfleet:alerts");
    static final ConfigPath CLUSTER = ConfigPath.key("hubfleet:cluster");
    static final ConfigPath NODE_POOLS = ConfigPath.key("hubfleet:nodePools");
    static final ConfigPath HOME_STORAGE = ConfigPath.key("hubfleet:homeStorage");
    static final ConfigPath INGRESS = ConfigPath.key("hubfleet:ingress");
    static final ConfigPath HUBS = ConfigPath.key("hubfleet:hubs");
    static final ConfigPath CLUSTER_STACK = ConfigPath.key("hubfleet:clusterStack");

    /** Whether the stack's hubs run on another stack's cluster. */
    boolean hubOnly() {
        return clusterStack.isPresent();
    }

    static ConfigPath hub(int index) {
        return HUBS.index(index);
    }

    /** The pools that bound, by name. */
    java.util.Map<String, NodePoolConfig> poolsByName() {
        java.util.Map<String, NodePoolConfig> byName = new java.util.LinkedHashMap<>();
        nodePools.forEach(p -> byName.putIfAbsent(p.value().name(), p.value()));
        return byName;
    }

    static ConfigPath pool(int index) {
        return NODE_POOLS.index(index);
    }
}
