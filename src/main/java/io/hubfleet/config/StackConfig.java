package io.hubfleet.config;

import java.util.List;
import java.util.Optional;

/**
 * A validated stack file: one community estate. Built only by {@link StackConfigReader}, so every
 * instance has passed the schema and the consistency checks and has its defaults resolved.
 *
 * @param stack     the Pulumi stack name
 * @param cloud     gcp, aws or azure
 * @param region    the cloud region
 * @param zone      where single-zone things live; empty where the cloud needs none
 * @param account   the account the estate lives in
 * @param cluster   the Kubernetes cluster
 * @param nodePools the scalable pools, in file order
 */
public record StackConfig(
        String stack,
        Cloud cloud,
        String region,
        Optional<String> zone,
        AccountConfig account,
        ClusterConfig cluster,
        List<NodePoolConfig> nodePools) {

    public StackConfig {
        nodePools = List.copyOf(nodePools);
    }
}
