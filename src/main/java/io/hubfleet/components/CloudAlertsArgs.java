package io.hubfleet.components;

import io.hubfleet.cloud.CloudAlertsSpec;
import io.hubfleet.config.AlertsConfig;

import java.util.List;

/**
 * Inputs of {@link CloudAlerts}.
 *
 * @param site  where the hubs run: its account provider and the cluster's facts
 * @param spec  the checks (one per hub domain) and who is told
 */
public record CloudAlertsArgs(HubSite site, CloudAlertsSpec spec) {

    /** A hub as the checks need it: its name on the cluster and its domain. */
    public record MonitoredHub(String nameOnCluster, String domain) {
    }

    /** The checks of the given hubs, from the stack's alerts config; none when uptime checks are off. */
    public static java.util.Optional<CloudAlertsArgs> of(HubSite site, String stack, AlertsConfig alerts,
                                                         List<MonitoredHub> hubs) {
        if (!alerts.uptimeChecks().enabled() || hubs.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CloudAlertsArgs(site, new CloudAlertsSpec(stack, alerts.emails(), hubs.stream()
                .map(h -> new CloudAlertsSpec.UptimeCheck(h.nameOnCluster(), h.domain())).toList(),
                alerts.uptimeChecks().periodSecondsOn(site.cloud()))));
    }
}
