package io.hubfleet.components;

import io.hubfleet.config.DnsConfig;
import io.hubfleet.config.IngressConfig;
import io.hubfleet.config.MonitoringConfig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Arguments of {@link Support}.
 *
 * @param cluster    the cluster (required)
 * @param ingress    the Let's Encrypt account (required)
 * @param hubs       the hubs the Gateway serves: one HTTPS listener each. Default: none
 * @param gpus       whether the cluster has GPU pools (their device plugin is installed where the cloud lacks it)
 * @param monitoring Prometheus and Grafana. Default: on, Grafana without a public domain
 * @param dns        the zone to keep the domains' records in. Default: none (the records are outputs to create by hand)
 */
public record SupportArgs(Cluster cluster, IngressConfig ingress, List<HubDomain> hubs, boolean gpus,
                          MonitoringConfig monitoring, Optional<DnsConfig> dns, ClusterAlerting alerting) {

    /** A hub's name and domain. */
    public record HubDomain(String hub, String domain) {
    }

    public SupportArgs {
        Objects.requireNonNull(cluster, "SupportArgs.cluster is required");
        Objects.requireNonNull(ingress, "SupportArgs.ingress is required");
        hubs = List.copyOf(hubs);
        monitoring = monitoring == null ? MonitoringConfig.defaults() : monitoring;
        dns = dns == null ? Optional.empty() : dns;
        alerting = alerting == null ? ClusterAlerting.none() : alerting;
    }

    /** HTTPS for these hubs, with the defaults for everything else. */
    public static SupportArgs of(Cluster cluster, IngressConfig ingress, List<HubDomain> hubs, boolean gpus) {
        return new SupportArgs(cluster, ingress, hubs, gpus, MonitoringConfig.defaults(), Optional.empty(),
                ClusterAlerting.none());
    }
}
