package io.hubfleet.plan;

import io.hubfleet.testing.PlanAssertions;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example in stacks/ plans, and every resource in it sits where it belongs. */
class ExampleStacksTest {

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("stacks"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("Pulumi\\..+\\.yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyCloudResourceLivesUnderAHubfleetComponentAndUsesAnExplicitProvider(String stack) {
        Plan plan = Stacks.example(stack);

        assertThat(plan.resources()).isNotEmpty();
        for (PlanResource resource : plan.resources()) {
            if (resource.type().equals("pulumi:pulumi:Stack")) {
                assertThat(resource.parent()).isNull();
                continue;
            }
            assertThat(plan.parentOf(resource)).as("parent of " + resource.urn()).isPresent();
            if (resource.custom()) {
                assertThat(PlanAssertions.ancestry(plan, resource).get(1)).as("parent of " + resource.urn())
                        .startsWith("hubfleet:index:");
                // A stack reference reads another stack through Pulumi itself: no cloud, no provider.
                if (!resource.type().startsWith("pulumi:providers:") && !resource.type().equals("pulumi:pulumi:StackReference")) {
                    assertThat(resource.provider()).as("provider of " + resource.urn()).isNotNull();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleHasABudgetAndMonitoring(String stack) {
        Plan plan = Stacks.example(stack);
        if (plan.ofType("hubfleet:index:SharedCluster").size() == 1) {
            // A hub-only stack: its cluster stack has the budget and the monitoring.
            return;
        }
        assertThat(plan.resources()).as(stack).anyMatch(r -> r.type().matches("(gcp:billing|aws:budgets|azure-native:consumption).*:Budget"));
        assertThat(io.hubfleet.testing.Releases.ofChart(plan, "prometheus")).as(stack).hasSize(1);
        assertThat(io.hubfleet.testing.Releases.ofChart(plan, "grafana")).as(stack).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void demoGcpCreatesItsProjectAndTheOthersAdoptTheirAccounts() {
        PlanResource project = Stacks.example("demo-gcp").get("gcp:organizations/project:Project", "demo-gcp");
        assertThat(project.input("/projectId").asText()).isEqualTo("hubfleet-demo");
        assertThat(project.input("/orgId").asText()).isEqualTo("123456789012");
        assertThat(Stacks.example("demo-aws").ofType("aws:organizations/account:Account")).isEmpty();
        assertThat(Stacks.example("demo-azure").ofType("azure-native:subscription:Alias")).isEmpty();
    }
}
