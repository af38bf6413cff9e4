package io.hubfleet.components;

import io.hubfleet.config.hub.HubConfig;

import java.util.List;
import java.util.Objects;

/**
 * Arguments of {@link Hub}.
 *
 * @param cluster     the cluster it runs on (required)
 * @param homeStorage the NFS storage holding its home directory (required)
 * @param support     the cluster's support services: its Gateway, certificates, system namespace (required)
 * @param config      the hub's settings (required)
 * @param userPools   the cluster's user pools, for generated profiles and declared ones' placement
 */
public record HubArgs(Cluster cluster, Filestore homeStorage, Support support, HubConfig config,
                      List<NodePool> userPools) {

    public HubArgs {
        Objects.requireNonNull(cluster, "HubArgs.cluster is required");
        Objects.requireNonNull(homeStorage, "HubArgs.homeStorage is required");
        Objects.requireNonNull(support, "HubArgs.support is required");
        Objects.requireNonNull(config, "HubArgs.config is required");
        userPools = List.copyOf(userPools);
        if (userPools.stream().anyMatch(p -> p.spec().role() != NodeRole.USER)) {
            throw new IllegalArgumentException("HubArgs.userPools takes pools of role USER only");
        }
    }
}
