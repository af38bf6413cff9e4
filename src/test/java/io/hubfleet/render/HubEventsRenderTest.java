package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's events on every cloud, beside the hub's rendered chart: the placeholders run at the chart's
 * user-placeholder PriorityClass with the chart's placeholder image, start at 0 replicas that Pulumi then
 * ignores, and land on the event's pool only; the CronJobs fire in UTC at the lead time and the end; the
 * scaler may patch those Deployments' scale and nothing else. (Kubernetes' own models and the Pod Security
 * baseline check these objects with every other in KubernetesAcceptsTest and ClusterInvariantsTest, demo-gcp
 * has an event.)
 */
class HubEventsRenderTest {

    static final String EVENTS = """
                  events:
                    - {name: class, start: "2027-03-15T09:00:00-05:00", end: "2027-03-15T12:00:00-05:00", expectedUsers: 30, profile: user}
                    - {name: exam, start: "2027-06-01T08:00:00Z", end: "2027-06-01T10:00:00Z", expectedUsers: 5, profile: user, leadMinutes: 30}
            """;

    @BeforeEach
    void charts() {
        Upstream.assumeCharts();
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void eventsScaleTheirOwnPlaceholdersOnly(Cloud cloud) throws java.io.IOException {
        Plan plan = Stacks.plan(HubEnvironmentRenderTest.stack(cloud).replace(HubEnvironmentRenderTest.ENVIRONMENT, "")
                + EVENTS);
        List<StackObjects.Origin> objects = StackObjects.of(plan);

        JsonNode chartValues = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(Upstream.chart("jupyterhub", "4.4.0").resolve("values.yaml").toFile());
        String chartPause = chartValues.at("/scheduling/userPlaceholder/image/name").asText() + ":"
                + chartValues.at("/scheduling/userPlaceholder/image/tag").asText();
        List<String> priorityClasses = objects.stream().filter(o -> o.kind().equals("PriorityClass"))
                .map(StackObjects.Origin::name).toList();
        List<String> deployments = new ArrayList<>();
        for (String event : List.of("class", "exam")) {
            StackObjects.Origin deployment = HubEnvironmentRenderTest.find(objects, "Deployment", "event-" + event);
            deployments.add(deployment.name());
            assertThat(deployment.namespace()).isEqualTo("alpha");
            JsonNode spec = deployment.object().path("spec");
            assertThat(spec.path("replicas").asInt()).isZero();
            PlanResource resource = plan.resources().stream().filter(r -> r.urn().equals(deployment.urn())).findFirst().orElseThrow();
            assertThat(resource.ignoreChanges()).containsExactly("spec.replicas");
            JsonNode pod = spec.at("/template/spec");
            assertThat(priorityClasses).contains(pod.path("priorityClassName").asText());
            assertThat(pod.path("priorityClassName").asText()).isEqualTo("alpha-user-placeholder-priority");
            assertThat(pod.at("/containers/0/image").asText()).isEqualTo(chartPause);
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            assertThat(pod.at("/nodeSelector").toString()).contains("user");
        }
        // 30 users of 1/16 of a 32 GiB node's room: 16 a node, 2 nodes; 5 users: 1 node.
        assertThat(cron(objects, "event-class-up")).isEqualTo("0 13 15 3 *");
        assertThat(cron(objects, "event-class-down")).isEqualTo("0 17 15 3 *");
        assertThat(cron(objects, "event-exam-up")).isEqualTo("30 7 1 6 *");
        assertThat(replicas(objects, "event-class-up")).isEqualTo("2");
        assertThat(replicas(objects, "event-exam-up")).isEqualTo("1");
        assertThat(replicas(objects, "event-exam-down")).isEqualTo("0");
        for (String job : List.of("event-class-up", "event-class-down", "event-exam-up", "event-exam-down")) {
            JsonNode spec = HubEnvironmentRenderTest.find(objects, "CronJob", job).object().path("spec");
            assertThat(spec.path("timeZone").asText()).isEqualTo("Etc/UTC");
            JsonNode pod = spec.at("/jobTemplate/spec/template/spec");
            assertThat(pod.path("serviceAccountName").asText()).isEqualTo("event-scaler");
            assertThat(pod.at("/containers/0/image").asText())
                    .as("the scaler image is pinned by digest as well as tag (a tag can be moved)")
                    .matches("curlimages/curl:\\d+\\.\\d+\\.\\d+@sha256:[0-9a-f]{64}");
            assertThat(pod.at("/containers/0/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        }

        JsonNode role = HubEnvironmentRenderTest.find(objects, "Role", "event-scaler").object();
        assertThat(role.path("rules")).hasSize(1);
        JsonNode rule = role.at("/rules/0");
        assertThat(rule.path("verbs").toString()).isEqualTo("[\"patch\"]");
        assertThat(rule.path("resources").toString()).isEqualTo("[\"deployments/scale\"]");
        assertThat(rule.path("apiGroups").toString()).isEqualTo("[\"apps\"]");
        List<String> names = new ArrayList<>();
        rule.path("resourceNames").forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactlyElementsOf(deployments);
        JsonNode binding = HubEnvironmentRenderTest.find(objects, "RoleBinding", "event-scaler").object();
        assertThat(binding.at("/roleRef/name").asText()).isEqualTo("event-scaler");
        assertThat(binding.at("/subjects/0/name").asText()).isEqualTo("event-scaler");
        assertThat(binding.at("/subjects/0/namespace").asText()).isEqualTo("alpha");
    }

    @Test
    void aHubWithoutEventsHasNoScaler() {
        List<StackObjects.Origin> objects = StackObjects.of(Stacks.plan(Stacks.GCP_WITH_HUB));
        assertThat(objects).noneMatch(o -> o.name().startsWith("event-"));
    }

    static String cron(List<StackObjects.Origin> objects, String name) {
        return HubEnvironmentRenderTest.find(objects, "CronJob", name).object().at("/spec/schedule").asText();
    }

    static String replicas(List<StackObjects.Origin> objects, String name) {
        for (JsonNode env : HubEnvironmentRenderTest.find(objects, "CronJob", name).object()
                .at("/spec/jobTemplate/spec/template/spec/containers/0/env")) {
            if (env.path("name").asText().equals("REPLICAS")) {
                return env.path("value").asText();
            }
        }
        throw new AssertionError(name + " has no REPLICAS");
    }
}
