package io.hubfleet.config;

import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

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
 * @param stage     when it deploys on merge (staging first); production by default
 * @param account   the account the estate lives in
 * @param budget    the account's monthly budget, when given
 * @param cluster   the Kubernetes cluster
 * @param nodePools the scalable pools, in file order
 * @param homeStorage the NFS home storage the hubs share (defaults apply when not set)
 * @param ingress   HTTPS settings; present whenever there are hubs
 * @param dns       the DNS zone hubfleet keeps the hubs' records in, when given
 * @param monitoring Prometheus and Grafana (defaults apply when not set)
 * @param alerts    who is told when something breaks (defaults apply; e-mails default to the budget's)
 * @param hubs      the hubs, in file order
 */
public record StackConfig(
        String stack,
        Cloud cloud,
        String region,
        Optional<String> zone,
        DeployStage stage,
        AccountConfig account,
        Optional<BudgetConfig> budget,
        ClusterConfig cluster,
        List<NodePoolConfig> nodePools,
        HomeStorageConfig homeStorage,
        Optional<IngressConfig> ingress,
        Optional<DnsConfig> dns,
        MonitoringConfig monitoring,
        AlertsConfig alerts,
        List<HubConfig> hubs) implements StackDefinition {

    public StackConfig {
        nodePools = List.copyOf(nodePools);
        hubs = List.copyOf(hubs);
    }

    /** The pools users' servers run on. */
    public List<NodePoolConfig> userPools() {
        return nodePools.stream().filter(p -> p.purpose() == PoolPurpose.USER).toList();
    }
}
