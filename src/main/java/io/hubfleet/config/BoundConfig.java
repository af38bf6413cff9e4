package io.hubfleet.config;

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
 * @param cluster      absent likewise
 * @param nodePools    every pool that bound, with its index in the file
 * @param allPoolsBound true when every pool bound, so whole-list checks are meaningful
 */
record BoundConfig(
        String stack,
        Optional<Cloud> cloud,
        Optional<String> region,
        Optional<String> zone,
        Optional<AccountConfig> account,
        Optional<ClusterConfig> cluster,
        List<Indexed<NodePoolConfig>> nodePools,
        boolean allPoolsBound) {

    /** A list item with its index in the file, for key paths. */
    record Indexed<T>(int index, T value) {
    }

    static final ConfigPath CLOUD = ConfigPath.key("hubfleet:cloud");
    static final ConfigPath REGION = ConfigPath.key("hubfleet:region");
    static final ConfigPath ZONE = ConfigPath.key("hubfleet:zone");
    static final ConfigPath ACCOUNT = ConfigPath.key("hubfleet:account");
    static final ConfigPath CLUSTER = ConfigPath.key("hubfleet:cluster");
    static final ConfigPath NODE_POOLS = ConfigPath.key("hubfleet:nodePools");

    static ConfigPath pool(int index) {
        return NODE_POOLS.index(index);
    }
}
