package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;

/**
 * The cloud's uptime checks: each hub's {@code https://<domain>/hub/health} probed from several places
 * outside the cloud's network, alerting {@link AlertsConfig#emails} when it fails. GCP: a Cloud Monitoring
 * uptime check from every checker region (6), with one alert policy for the stack; AWS: a Route 53 HTTPS
 * health check every 30 seconds (Route 53's standard interval, whatever the period), with a CloudWatch
 * alarm and an SNS topic in us-east-1 (where Route 53's metrics are); Azure: an Application Insights
 * standard availability test from 5 locations, with a metric alert and an action group. Their cost is in
 * the plan's cost section; on GCP and Azure it grows with the frequency.
 *
 * @param enabled       whether to make them. Default: true
 * @param periodSeconds how often GCP and Azure check: 300, 600 or 900. Default: 300 on GCP (its first
 *                      million runs a month are free: 19 hubs' checks from every region); 900 on Azure,
 *                      where every run from every location is billed ($9.42 a hub a month, $28.25 at 300)
 */
public record UptimeChecksConfig(Boolean enabled, Integer periodSeconds) {

    public UptimeChecksConfig {
        enabled = enabled == null || enabled;
    }

    /** The period, or this cloud's default. */
    public int periodSecondsOn(Cloud cloud) {
        return periodSeconds != null ? periodSeconds : cloud == Cloud.AZURE ? 900 : 300;
    }

    public static UptimeChecksConfig defaults() {
        return new UptimeChecksConfig(null, null);
    }
}
