package io.hubfleet.components;


import io.hubfleet.config.portable.Cloud;

import java.util.Objects;

/**
 * Arguments of {@link SharedCluster}.
 *
 * @param cloud        the cloud the cluster is on (required; checked against what the cluster stack says)
 * @param clusterStack the cluster stack, as Pulumi names it: organization/project/stack (required)
 * @param stack        this stack's name, for labels and tags (required)
 */
public record SharedClusterArgs(Cloud cloud, String clusterStack, String stack) {

    public SharedClusterArgs {
        Objects.requireNonNull(cloud, "SharedClusterArgs.cloud is required");
        Objects.requireNonNull(clusterStack, "SharedClusterArgs.clusterStack is required");
        Objects.requireNonNull(stack, "SharedClusterArgs.stack is required");
    }
}
