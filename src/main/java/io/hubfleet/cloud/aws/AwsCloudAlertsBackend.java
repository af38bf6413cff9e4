package io.hubfleet.cloud.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.route53.HealthCheck;
import com.pulumi.aws.route53.HealthCheckArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudAlertsSpec;
import io.hubfleet.cloud.CloudNames;

import java.util.List;
import java.util.Map;

/**
 * Route 53 health checks of the hubs' domains (HTTPS every 30 seconds from Route 53's checkers, unhealthy
 * after 3 failures), each with a CloudWatch alarm publishing to an SNS topic the operators subscribe to
 * by e-mail. Route 53 publishes health-check metrics only in us-east-1, so the alarms and the topic are
 * there, through a provider of the same account in that region; the health checks are global.
 * Subscribers confirm their subscription from the e-mail SNS sends them.
 */
final class AwsCloudAlertsBackend {

    /** Where Route 53's health-check metrics are (Route 53 developer guide, "Monitoring health checks using CloudWatch"). */
    static final String METRICS_REGION = "us-east-1";
    /** Route 53's standard interval; 10 seconds costs more ("fast interval"). */
    static final int REQUEST_INTERVAL_SECONDS = 30;
    static final int FAILURE_THRESHOLD = 3;
    public void create(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account,
                       EksHubHost host) {
        Provider metrics = AwsProviders.inRegion(component, name + "-" + METRICS_REGION, METRICS_REGION,
                host.accountId(), host.accessRoleArn(), spec.stack());
        CustomResourceOptions inMetricsRegion = ChildOptions.in(component, metrics);
        Topic topic = new Topic(name, TopicArgs.builder()
                .name(CloudNames.fit("hubfleet-" + spec.stack() + "-alerts", 256))
                .displayName("hubfleet " + spec.stack())
                .build(), inMetricsRegion);
        for (String email : spec.emails()) {
            new TopicSubscription(name + "-" + email.replace("@", "-at-"), TopicSubscriptionArgs.builder()
                    .topic(topic.arn())
                    .protocol("email")
                    .endpoint(email)
                    .build(), inMetricsRegion);
        }
        for (CloudAlertsSpec.UptimeCheck check : spec.checks()) {
            HealthCheck health = new HealthCheck(name + "-" + check.hub(), HealthCheckArgs.builder()
                    .type("HTTPS")
                    .fqdn(check.domain())
                    .port(443)
                    .resourcePath(CloudAlertsSpec.HEALTH_PATH)
                    // The Gateway serves many domains on one address: the checker must say which.
                    .enableSni(true)
                    .requestInterval(REQUEST_INTERVAL_SECONDS)
                    .failureThreshold(FAILURE_THRESHOLD)
                    .tags(Map.of("Name", check.hub() + " " + check.url()))
                    .build(), ChildOptions.in(component, account));
            Output<List<String>> actions = topic.arn().applyValue(List::of);
            new MetricAlarm(name + "-" + check.hub() + "-down", MetricAlarmArgs.builder()
                    .name(CloudNames.fit("hubfleet-" + spec.stack() + "-" + check.hub() + "-down", 255))
                    .alarmDescription("The hub " + check.hub() + " of the stack " + spec.stack() + " does not answer "
                            + check.url() + " from outside. See docs/alerts.md (\"Hub down\").")
                    .namespace("AWS/Route53")
                    .metricName("HealthCheckStatus")
                    .dimensions(health.id().applyValue(id -> Map.of("HealthCheckId", id)))
                    // 1 healthy, 0 unhealthy: the minimum over a minute is 0 once Route 53 calls it unhealthy.
                    .statistic("Minimum")
                    .period(60)
                    .evaluationPeriods(1)
                    .comparisonOperator("LessThanThreshold")
                    .threshold(1.0)
                    // No data means no checker reached it either.
                    .treatMissingData("breaching")
                    .alarmActions(actions)
                    .okActions(actions)
                    .build(), inMetricsRegion);
        }
    }
}
