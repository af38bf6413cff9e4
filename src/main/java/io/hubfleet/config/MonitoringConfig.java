package io.hubfleet.config;

/**
 * Prometheus and Grafana for the cluster. On by default.
 *
 * @param enabled       whether to install them. Default: true
 * @param retentionDays how long Prometheus keeps metrics. Default: 30
 * @param storageGiB    Prometheus' persistent volume. Default: 10 (a small community's 30 days of metrics
 *                      take well under 1 GiB; grow it with the fleet)
 * @param grafana       Grafana's public address and admin login. Default: no public address
 */
public record MonitoringConfig(Boolean enabled, Integer retentionDays, Integer storageGiB, GrafanaConfig grafana) {

    public MonitoringConfig {
        enabled = enabled == null || enabled;
        retentionDays = retentionDays == null ? 30 : retentionDays;
        storageGiB = storageGiB == null ? 10 : storageGiB;
        grafana = grafana == null ? GrafanaConfig.internal() : grafana;
    }

    public static MonitoringConfig defaults() {
        return new MonitoringConfig(null, null, null, null);
    }
}
