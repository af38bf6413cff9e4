package io.hubfleet.components;

import java.util.Objects;

/**
 * Arguments of {@link ClusterAddOns}.
 *
 * @param cluster the cluster (required)
 * @param gpus    whether the cluster has GPU pools (their device plugin is installed where the cloud lacks it)
 */
public record ClusterAddOnsArgs(Cluster cluster, boolean gpus) {

    public ClusterAddOnsArgs {
        Objects.requireNonNull(cluster, "ClusterAddOnsArgs.cluster is required");
    }
}
