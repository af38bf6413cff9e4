package io.hubfleet.helm.monitoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.MonitoringConfig;
import io.hubfleet.helm.HelmChart;

/** The prometheus chart's values: the baseline, then the stack's retention and volume and the core pool's sizing. */
public final class PrometheusValues {

    /** The Service Grafana reads from (the baseline's {@code server.fullnameOverride}). */
    public static final String SERVER_SERVICE = "prometheus-server";

    private PrometheusValues() {
    }

    /**
     * The values.
     *
     * @param rules  the alerting rules ({@link AlertRules})
     * @param alerts where Alertmanager sends them
     */
    public static ObjectNode of(HelmChart chart, MonitoringConfig monitoring, MonitoringSizing sizing, ObjectNode rules,
                                io.hubfleet.config.AlertsConfig alerts) {
        ObjectNode values = chart.baselineCopy();
        values.withObject("/serverFiles").set("alerting_rules.yml", rules);
        AlertmanagerValues.withRouting(values.withObject("/alertmanager"), alerts);
        ObjectNode server = values.withObject("/server");
        server.put("retention", monitoring.retentionDays() + "d");
        server.withObject("/persistentVolume").put("size", monitoring.storageGiB() + "Gi");
        ObjectNode resources = server.withObject("/resources");
        resources.withObject("/requests").put("cpu", sizing.cpuRequest()).put("memory", sizing.memoryRequestMiB() + "Mi");
        resources.withObject("/limits").put("memory", sizing.memoryLimitMiB() + "Mi");
        return values;
    }
}
