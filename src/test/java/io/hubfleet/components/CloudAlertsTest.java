package io.hubfleet.components;

import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hubfleet.testing.PlanAssertions.assertParent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hub domain is checked from outside by the cloud's own monitoring, which e-mails the stack's
 * operations contacts: GCP uptime checks with one alert policy, Route 53 health checks with CloudWatch
 * alarms to SNS in us-east-1, Azure standard availability tests with metric alerts to an action group.
 */
class CloudAlertsTest {

    private static final String CONTACTS = "  hubfleet:alerts: {emails: [ops@example.org, oncall@example.org]}\n";
    private static final String TWO_HUBS_GCP = Stacks.with(Stacks.GCP_WITH_HUB + Stacks.BETA_HUB, CONTACTS);

    @Test
    void gcpChecksEveryHubDomainOverHttpsFromEveryRegionAndOnePolicyAlertsTheContacts() {
        Plan plan = Stacks.plan(TWO_HUBS_GCP);
        PlanResource alerts = plan.get(CloudAlerts.TYPE, "test-alerts");
        List<PlanResource> checks = plan.ofType("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig");
        assertThat(checks).extracting(PlanResource::name).containsExactlyInAnyOrder("test-alerts-alpha", "test-alerts-beta");
        PlanResource alpha = plan.get("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig", "test-alerts-alpha");
        assertParent(plan, alpha, CloudAlerts.TYPE, "test-alerts");
        assertThat(alpha.input("/monitoredResource/type").asText()).isEqualTo("uptime_url");
        assertThat(alpha.input("/monitoredResource/labels/host").asText()).isEqualTo("alpha.example.org");
        assertThat(alpha.input("/monitoredResource/labels/project_id").asText()).isEqualTo("test-project");
        assertThat(alpha.input("/httpCheck/path").asText()).isEqualTo("/hub/health");
        assertThat(alpha.input("/httpCheck/useSsl").asBoolean()).isTrue();
        assertThat(alpha.input("/httpCheck/validateSsl").asBoolean()).isTrue();
        assertThat(alpha.input("/httpCheck/port").asInt()).isEqualTo(443);
        // The API's only periods are 60s, 300s, 600s and 900s (uptime.proto); the default here is 300s.
        assertThat(alpha.input("/period").asText()).isEqualTo("300s");
        assertThat(alpha.input("/selectedRegions").isMissingNode() || alpha.input("/selectedRegions").isEmpty()).isTrue();

        List<PlanResource> channels = plan.ofType("gcp:monitoring/notificationChannel:NotificationChannel");
        assertThat(channels).extracting(c -> c.input("/labels/email_address").asText())
                .containsExactlyInAnyOrder("ops@example.org", "oncall@example.org");
        assertThat(channels).allSatisfy(c -> assertThat(c.input("/type").asText()).isEqualTo("email"));

        // One policy, one condition, for both checks: alerting is billed per condition.
        List<PlanResource> policies = plan.ofType("gcp:monitoring/alertPolicy:AlertPolicy");
        assertThat(policies).hasSize(1);
        PlanResource policy = policies.get(0);
        assertParent(plan, policy, CloudAlerts.TYPE, "test-alerts");
        assertThat(policy.input("/conditions")).hasSize(1);
        String filter = policy.input("/conditions/0/conditionThreshold/filter").asText();
        assertThat(filter).contains("monitoring.googleapis.com/uptime_check/check_passed")
                .contains("metric.label.check_id=one_of(");
        for (PlanResource check : checks) {
            // The mock engine's id of each check is its name; the filter names every one of them.
            assertThat(filter).contains(check.name());
        }
        assertThat(policy.input("/conditions/0/conditionThreshold/aggregations/0/crossSeriesReducer").asText())
                .isEqualTo("REDUCE_COUNT_FALSE");
        assertThat(policy.input("/notificationChannels")).hasSize(2);
        // Made in the hubs' account, through its provider.
        assertThat(alpha.provider()).isEqualTo(policy.provider()).contains("CloudAccount$pulumi:providers:gcp");
        assertThat(alerts.outputs().path("uptimeChecks").toString())
                .contains("https://alpha.example.org/hub/health").contains("https://beta.example.org/hub/health");
    }

    @Test
    void awsAlarmsLiveInUsEast1WhereRoute53PublishesHealthCheckMetrics() {
        Plan plan = Stacks.plan(Stacks.with(Stacks.AWS_WITH_HUB, CONTACTS));
        PlanResource health = plan.get("aws:route53/healthCheck:HealthCheck", "test-alerts-alpha");
        assertParent(plan, health, CloudAlerts.TYPE, "test-alerts");
        assertThat(health.input("/type").asText()).isEqualTo("HTTPS");
        assertThat(health.input("/fqdn").asText()).isEqualTo("alpha.example.org");
        assertThat(health.input("/resourcePath").asText()).isEqualTo("/hub/health");
        // The ingress serves every domain on one address: without SNI the checker gets the wrong certificate.
        assertThat(health.input("/enableSni").asBoolean()).isTrue();
        assertThat(health.input("/requestInterval").asInt()).isEqualTo(30);

        PlanResource alarm = plan.get("aws:cloudwatch/metricAlarm:MetricAlarm", "test-alerts-alpha-down");
        assertThat(alarm.input("/namespace").asText()).isEqualTo("AWS/Route53");
        assertThat(alarm.input("/metricName").asText()).isEqualTo("HealthCheckStatus");
        assertThat(alarm.input("/comparisonOperator").asText()).isEqualTo("LessThanThreshold");
        assertThat(alarm.input("/threshold").asDouble()).isEqualTo(1.0);
        assertThat(alarm.input("/treatMissingData").asText()).isEqualTo("breaching");
        assertThat(alarm.input("/dimensions/HealthCheckId").asText()).isNotEmpty();
        PlanResource topic = plan.ofType("aws:sns/topic:Topic").get(0);
        assertThat(alarm.provider()).isEqualTo(topic.provider()).contains("test-alerts-us-east-1");
        PlanResource regional = plan.ofType("pulumi:providers:aws").stream()
                .filter(p -> p.name().equals("test-alerts-us-east-1")).findFirst().orElseThrow();
        assertThat(regional.input("/region").asText()).isEqualTo("us-east-1");
        // The health check itself is global: made through the account's own provider.
        assertThat(health.provider()).doesNotContain("us-east-1");
        assertThat(plan.ofType("aws:sns/topicSubscription:TopicSubscription"))
                .extracting(s -> s.input("/protocol").asText() + ":" + s.input("/endpoint").asText())
                .containsExactlyInAnyOrder("email:ops@example.org", "email:oncall@example.org");
    }

    @Test
    void azureUsesStandardAvailabilityTestsNotTheRetiredPingTest() {
        Plan plan = Stacks.plan(Stacks.with(Stacks.AZURE_WITH_HUB, CONTACTS));
        PlanResource test = plan.get("azure-native:insights:WebTest", "test-alerts-alpha");
        assertParent(plan, test, CloudAlerts.TYPE, "test-alerts");
        assertThat(test.input("/kind").asText()).isEqualTo("standard");
        assertThat(test.input("/webTestKind").asText()).isEqualTo("standard");
        assertThat(test.input("/request/requestUrl").asText()).isEqualTo("https://alpha.example.org/hub/health");
        assertThat(test.input("/validationRules/sSLCheck").asBoolean()).isTrue();
        // Standard tests are billed per run and location: every 15 minutes unless the stack says otherwise.
        assertThat(test.input("/frequency").asInt()).isEqualTo(900);
        assertThat(test.input("/locations")).hasSize(5);
        PlanResource insights = plan.get("azure-native:insights:Component", "test-alerts-insights");
        assertThat(insights.input("/ingestionMode").asText()).isEqualTo("LogAnalytics");
        assertThat(test.input("/tags").fieldNames().next()).startsWith("hidden-link:");

        PlanResource alert = plan.get("azure-native:insights:MetricAlert", "test-alerts-alpha-down");
        assertThat(alert.input("/criteria/odataType").asText())
                .isEqualTo("Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria");
        assertThat(alert.input("/criteria/failedLocationCount").asInt()).isEqualTo(3);
        PlanResource contacts = plan.get("azure-native:insights:ActionGroup", "test-alerts-contacts");
        assertThat(contacts.input("/emailReceivers")).extracting(r -> r.path("emailAddress").asText())
                .containsExactlyInAnyOrder("ops@example.org", "oncall@example.org");
        assertThat(contacts.input("/groupShortName").asText().length()).isLessThanOrEqualTo(12);
    }

    @Test
    void contactsDefaultToTheBudgetsAndChecksCanBeTurnedOffOrSlowed() {
        Plan budget = Stacks.plan(Stacks.with(Stacks.withAccount(Stacks.GCP_WITH_HUB,
                        "{id: test-project, billingAccount: 012345-6789AB-CDEF01}"),
                "  hubfleet:budget: {monthlyAmount: 500, emails: [money@example.org]}\n"));
        assertThat(budget.ofType("gcp:monitoring/notificationChannel:NotificationChannel").stream()
                .filter(c -> c.parent().contains(CloudAlerts.TYPE)).toList())
                .extracting(c -> c.input("/labels/email_address").asText()).containsExactly("money@example.org");

        Plan off = Stacks.plan(Stacks.with(Stacks.GCP_WITH_HUB, "  hubfleet:alerts: {uptimeChecks: {enabled: false}}\n"));
        assertThat(off.ofType(CloudAlerts.TYPE)).isEmpty();
        assertThat(off.ofType("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig")).isEmpty();

        Plan slow = Stacks.plan(Stacks.with(Stacks.GCP_WITH_HUB,
                "  hubfleet:alerts: {uptimeChecks: {periodSeconds: 900}}\n"));
        assertThat(slow.get("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig", "test-alerts-alpha")
                .input("/period").asText()).isEqualTo("900s");
        assertThat(Stacks.report(Stacks.with(Stacks.GCP_WITH_HUB, "  hubfleet:alerts: {uptimeChecks: {periodSeconds: 120}}\n")))
                .anySatisfy(line -> assertThat(line).contains("hubfleet:alerts.uptimeChecks.periodSeconds"));
    }

    @Test
    void aHubOnlyStackChecksItsOwnHubsAndAlertsItsOwnContacts() {
        Plan college = Stacks.example("college-b");
        List<PlanResource> checks = college.ofType("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig");
        assertThat(checks).extracting(c -> c.input("/monitoredResource/labels/host").asText())
                .containsExactlyInAnyOrder("hub.college-b.example.edu", "teaching.college-b.example.edu");
        // In the shared cluster's project, named after the hubs' names on the cluster, so tenants never collide.
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.input("/monitoredResource/labels/project_id").asText()).isEqualTo("colleges-shared");
            assertThat(c.name()).startsWith("college-b-alerts-college-b-");
        });
        assertThat(college.ofType("gcp:monitoring/notificationChannel:NotificationChannel"))
                .extracting(c -> c.input("/labels/email_address").asText()).containsExactly("it-ops@college-b.example.edu");
        // The cluster stack checks only its own hubs (it has none).
        assertThat(Stacks.example("shared-gcp").ofType("gcp:monitoring/uptimeCheckConfig:UptimeCheckConfig")).isEmpty();
    }
}
