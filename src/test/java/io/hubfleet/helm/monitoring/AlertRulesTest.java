package io.hubfleet.helm.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hubfleet.components.ClusterAlerting;
import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import io.hubfleet.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static io.hubfleet.testing.PlanAssertions.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster's alerting rules, run by Prometheus' own rule tester (promtool test rules, with the cases
 * in src/test/resources/alerts/rules.test.yml) and checked by its parser for every example's rendered
 * values. CI installs promtool (.ci/run sets HUBFLEET_REQUIRE_PROMTOOL); elsewhere these are skipped
 * without it.
 */
class AlertRulesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void prometheusOwnRuleTestsPass(@TempDir Path dir) throws Exception {
        String promtool = promtoolOrSkip();
        Files.writeString(dir.resolve("rules.yml"), YAML.writeValueAsString(
                AlertRules.of(List.of(new AlertRules.HubQuota("alpha", 10)), OptionalInt.of(20))));
        Files.copy(Path.of("src/test/resources/alerts/rules.test.yml"), dir.resolve("rules.test.yml"));
        run(dir, promtool, "test", "rules", "rules.test.yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "small-gcp", "small-aws", "demo-azure", "shared-gcp", "canary-gcp"})
    void everyExamplesRenderedRulesParse(String stack, @TempDir Path dir) throws Exception {
        String promtool = promtoolOrSkip();
        JsonNode rules = renderedRules(Stacks.example(stack), stack);
        Files.writeString(dir.resolve("rules.yml"), YAML.writeValueAsString(rules));
        String out = run(dir, promtool, "check", "rules", "rules.yml");
        assertThat(out).contains("SUCCESS");
    }

    @Test
    void theRenderedRulesAreTheStacksOwnWithAQuotaPerHubAndTheDefaultForOtherStacksHubs() {
        // small-gcp keeps its homes on a disk with per-user quotas.
        Plan plan = Stacks.example("small-gcp");
        JsonNode rules = renderedRules(plan, "small-gcp");
        assertThat(rules).isEqualTo(ClusterAlerting.of(Stacks.read(readExample("small-gcp"))).rules());
        List<String> alerts = new ArrayList<>();
        rules.path("groups").forEach(g -> g.path("rules").forEach(r -> alerts.add(r.path("alert").asText())));
        assertThat(alerts).contains("HubDown", "ProxyDown", "PodCrashLooping", "HomeStorageAlmostFull",
                "UserQuotaAlmostFull", "NodeNotReady", "CertificateExpiresSoon");
        // One quota rule for its hub and the hubs other stacks add, as both have the default quota.
        assertThat(alerts.stream().filter("UserQuotaAlmostFull"::equals).count()).isEqualTo(1);
        JsonNode quota = rules.at("/groups/1/rules/1");
        assertThat(quota.path("alert").asText()).isEqualTo("UserQuotaAlmostFull");
        assertThat(quota.path("expr").asText()).contains(" or ");
    }

    @Test
    void managedHomesHaveNoPerUserQuotaRules() {
        JsonNode rules = ClusterAlerting.of(Stacks.read(Stacks.managedHomes(Stacks.GCP_WITH_HUB))).rules();
        assertThat(strings(rules)).doesNotContain("UserQuotaAlmostFull").contains("HomeStorageAlmostFull");
    }

    @Test
    void ninetyPercentOfAQuotaIsExactInBytes() {
        assertThat(AlertRules.ninetyPercent(10)).isEqualTo("9663676416");
        assertThat(AlertRules.ninetyPercent(2000)).isEqualTo(String.valueOf(2000L * 1024 * 1024 * 1024 * 9 / 10));
    }

    static JsonNode renderedRules(Plan plan, String stack) {
        JsonNode values = Releases.values(plan, stack + "-support-prometheus");
        return values.path("serverFiles").path("alerting_rules.yml");
    }

    private static String readExample(String stack) {
        try {
            return Files.readString(Stacks.exampleFile(stack));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String promtoolOrSkip() {
        return Tools.onPathOrSkip("promtool", "HUBFLEET_REQUIRE_PROMTOOL", "the alerting rules are not run by Prometheus' rule tester");
    }

    private static String run(Path dir, String... command) throws Exception {
        Tools.Result result = Tools.run(dir, java.util.Map.of(), List.of(command));
        assertThat(result.status()).as(result.output()).isZero();
        return result.output();
    }
}
