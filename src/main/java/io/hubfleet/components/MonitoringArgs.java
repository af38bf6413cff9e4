package io.hubfleet.components;

import com.pulumi.resources.Resource;
import io.hubfleet.config.MonitoringConfig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Arguments of {@link Monitoring}.
 *
 * @param cluster         the cluster (required); Prometheus is sized for its core node
 * @param config          Prometheus and Grafana. Default: on, Grafana without a public domain
 * @param alerting        the alerting rules and where alerts go. Default: none
 * @param grafanaListener the Gateway's listener for Grafana's domain. Default: none (Grafana is not public)
 * @param gatewayReady    what Grafana's route needs first (the Gateway API CRDs, the Gateway). Default: none
 */
public record MonitoringArgs(Cluster cluster, MonitoringConfig config, ClusterAlerting alerting,
                             Optional<GatewayListener> grafanaListener, List<Resource> gatewayReady) {

    public MonitoringArgs {
        Objects.requireNonNull(cluster, "MonitoringArgs.cluster is required");
        config = config == null ? MonitoringConfig.defaults() : config;
        alerting = alerting == null ? ClusterAlerting.none() : alerting;
        grafanaListener = grafanaListener == null ? Optional.empty() : grafanaListener;
        gatewayReady = gatewayReady == null ? List.of() : List.copyOf(gatewayReady);
    }
}
