package io.hubfleet.components;

import io.hubfleet.config.AlertsConfig;
import io.hubfleet.config.HomeStorageConfig;
import io.hubfleet.config.StackConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.helm.monitoring.AlertRules;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the cluster's Prometheus alerts on and where its Alertmanager sends it.
 *
 * @param alerts          the routing: e-mails, SMTP relay, webhook
 * @param quotas          the stack's own hubs' per-user quotas (homes on disks)
 * @param defaultQuotaGiB the cluster's default per-user quota, for other stacks' hubs on disks; empty
 *                        with a managed file service
 */
public record ClusterAlerting(AlertsConfig alerts, List<AlertRules.HubQuota> quotas, OptionalInt defaultQuotaGiB) {

    public ClusterAlerting {
        quotas = List.copyOf(quotas);
    }

    /** No routing, no quotas: the rules still run and show in Prometheus and Alertmanager. */
    public static ClusterAlerting none() {
        return new ClusterAlerting(AlertsConfig.defaults(), List.of(), OptionalInt.empty());
    }

    /** A whole estate's: its hubs' quotas on disks, the stack's routing. */
    public static ClusterAlerting of(StackConfig config) {
        HomeStorageConfig homes = config.homeStorage();
        if (!homes.disks()) {
            return new ClusterAlerting(config.alerts(), List.of(), OptionalInt.empty());
        }
        List<AlertRules.HubQuota> quotas = config.hubs().stream()
                .map(hub -> new AlertRules.HubQuota(hub.name(), quotaOf(homes, hub, config))).toList();
        return new ClusterAlerting(config.alerts(), quotas, OptionalInt.of(homes.effectiveQuotaGiB()));
    }

    private static int quotaOf(HomeStorageConfig homes, HubConfig hub, StackConfig config) {
        return homes.diskFor(hub.homeStorageOverrides(), config.cloud())
                .perUserQuotaGiB();
    }

    /** The rules for these hubs. */
    public com.fasterxml.jackson.databind.node.ObjectNode rules() {
        return AlertRules.of(quotas, defaultQuotaGiB);
    }
}
