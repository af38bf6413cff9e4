package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.monitoring.AlertPolicy;
import com.pulumi.gcp.monitoring.AlertPolicyArgs;
import com.pulumi.gcp.monitoring.NotificationChannel;
import com.pulumi.gcp.monitoring.NotificationChannelArgs;
import com.pulumi.gcp.monitoring.UptimeCheckConfig;
import com.pulumi.gcp.monitoring.UptimeCheckConfigArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyAlertStrategyArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionConditionThresholdAggregationArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionConditionThresholdArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyDocumentationArgs;
import com.pulumi.gcp.monitoring.inputs.UptimeCheckConfigHttpCheckAcceptedResponseStatusCodeArgs;
import com.pulumi.gcp.monitoring.inputs.UptimeCheckConfigHttpCheckArgs;
import com.pulumi.gcp.monitoring.inputs.UptimeCheckConfigMonitoredResourceArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudAlertsSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cloud Monitoring: an uptime check per hub domain (HTTPS, certificate validated, from every checker
 * region), and one alert policy for all of the stack's checks, in the shape the console makes for an
 * uptime check, firing per domain (alerting is billed per condition, so one condition watches them all:
 * cloud.google.com/monitoring/alerts/cost-control). It e-mails the operators through notification
 * channels. Monitoring is enabled with the project (components/cloud-account/gcp-apis.yaml).
 */
final class GcpCloudAlertsBackend {

    /** Every checker: USA (Oregon, Iowa, Virginia), Europe, South America, Asia Pacific (uptime.proto). */
    static final int CHECKERS = 6;
    public void create(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account,
                       GkeHubHost host) {
        CustomResourceOptions inAccount = ChildOptions.in(component, account);
        List<Output<String>> channels = new ArrayList<>();
        for (String email : spec.emails()) {
            channels.add(new NotificationChannel(name + "-" + GcpNames.labelValue(email.replace("@", "-at-")),
                    NotificationChannelArgs.builder()
                            .type("email")
                            .displayName("hubfleet alerts of " + spec.stack() + ": " + email)
                            .labels(Map.of("email_address", email))
                            .build(), inAccount).name());
        }
        List<Output<String>> checkIds = new ArrayList<>();
        for (CloudAlertsSpec.UptimeCheck check : spec.checks()) {
            checkIds.add(new UptimeCheckConfig(name + "-" + check.hub(), UptimeCheckConfigArgs.builder()
                    .displayName(check.hub() + " " + check.url())
                    // The API's default is 60s and the provider's 300s: always say.
                    .period(spec.periodSeconds() + "s")
                    .timeout("10s")
                    // No selectedRegions: every region, so one region's network trouble is not an outage.
                    .checkerType("STATIC_IP_CHECKERS")
                    .monitoredResource(UptimeCheckConfigMonitoredResourceArgs.builder()
                            .type("uptime_url")
                            .labels(Map.of("project_id", host.projectId(), "host", check.domain()))
                            .build())
                    .httpCheck(UptimeCheckConfigHttpCheckArgs.builder()
                            .path(CloudAlertsSpec.HEALTH_PATH)
                            .port(443)
                            .useSsl(true)
                            // An expired or wrong certificate fails the check: users would see it fail too.
                            .validateSsl(true)
                            .requestMethod("GET")
                            .acceptedResponseStatusCodes(UptimeCheckConfigHttpCheckAcceptedResponseStatusCodeArgs.builder()
                                    .statusClass("STATUS_CLASS_2XX").build())
                            .build())
                    .build(), inAccount).uptimeCheckId());
        }
        // The console's policy for an uptime check (REDUCE_COUNT_FALSE over 20 minutes, more than one
        // failing checker for a minute), over all of the stack's checks, one alert per domain.
        Output<String> filter = Output.all(checkIds).applyValue(ids ->
                "metric.type=\"monitoring.googleapis.com/uptime_check/check_passed\" AND resource.type=\"uptime_url\""
                        + " AND metric.label.check_id=one_of(" + String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList())
                        + ")");
        new AlertPolicy(name + "-hub-down", AlertPolicyArgs.builder()
                .displayName("A hub of " + spec.stack() + " is down")
                .combiner("OR")
                .conditions(AlertPolicyConditionArgs.builder()
                        .displayName("a hub's " + CloudAlertsSpec.HEALTH_PATH + " fails its uptime check")
                        .conditionThreshold(AlertPolicyConditionConditionThresholdArgs.builder()
                                .filter(filter)
                                .aggregations(AlertPolicyConditionConditionThresholdAggregationArgs.builder()
                                        .alignmentPeriod("1200s")
                                        .perSeriesAligner("ALIGN_NEXT_OLDER")
                                        .crossSeriesReducer("REDUCE_COUNT_FALSE")
                                        .groupByFields("resource.label.*")
                                        .build())
                                .comparison("COMPARISON_GT")
                                .thresholdValue(1.0)
                                .duration("60s")
                                .build())
                        .build())
                .notificationChannels(Output.all(channels))
                .alertStrategy(AlertPolicyAlertStrategyArgs.builder().autoClose("1800s").build())
                .documentation(AlertPolicyDocumentationArgs.builder()
                        .mimeType("text/markdown")
                        .content("A hub of the stack " + spec.stack() + " does not answer https://<domain>"
                                + CloudAlertsSpec.HEALTH_PATH + " from outside (the domain is the alert's host label). "
                                + "See docs/alerts.md, \"Hub down\".")
                        .build())
                .build(), inAccount);
    }
}
