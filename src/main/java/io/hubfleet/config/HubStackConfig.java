package io.hubfleet.config;

import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.List;
import java.util.Optional;

/**
 * A hub-only stack: one community's hubs, on a cluster another stack makes and shares. Its own
 * secrets, its own previews; everything cluster-wide is the cluster stack's.
 *
 * @param stack        the Pulumi stack name
 * @param cloud        the cloud (the cluster stack's)
 * @param stage        when it deploys on merge
 * @param clusterStack the cluster stack, as Pulumi names it (organization/project/stack, or the stack alone)
 * @param dns          the zone to keep the hubs' records in, when given
 * @param alerts       who this community's uptime checks alert (its own e-mails; Alertmanager is the
 *                     cluster stack's)
 * @param hubs         the hubs, in file order
 */
public record HubStackConfig(String stack, Cloud cloud, DeployStage stage, String clusterStack,
                             Optional<DnsConfig> dns, AlertsConfig alerts, List<HubConfig> hubs) implements StackDefinition {

    public HubStackConfig {
        hubs = List.copyOf(hubs);
    }

    /** The cluster stack's name within its project: the last part of {@link #clusterStack}. */
    public String clusterStackName() {
        return clusterStack.substring(clusterStack.lastIndexOf('/') + 1);
    }
}
