package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hubfleet.helm.monitoring.AlertmanagerValues;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alertmanager as the prometheus chart renders it for the examples: its config routes to the stack's
 * contacts (demo-gcp: e-mail through a relay with a login; demo-aws: a webhook; demo-azure: a relay
 * without a login), holds no credential (the relay's password and the webhook's URL are files of the
 * mounted Secret). That Alertmanager v0.34 accepts the file is ProgramConfigTest's (its config type's schema).
 */
class AlertmanagerRenderTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @BeforeEach
    void charts() {
        Upstream.assumeCharts();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure"})
    void theRenderedConfigRoutesToTheContactsWithoutACredential(String stack) throws Exception {
        Plan plan = RenderedPlans.plan(stack);
        PlanResource release = plan.ofType(ReleaseView.TYPE).stream()
                .filter(r -> r.input("/chart").asText().equals("prometheus")).findFirst().orElseThrow();
        List<StackObjects.Origin> objects = StackObjects.of(plan).stream()
                .filter(o -> o.urn().equals(release.urn())).toList();
        StackObjects.Origin configMap = objects.stream()
                .filter(o -> o.kind().equals("ConfigMap") && o.name().endsWith("alertmanager")).findFirst().orElseThrow();
        String text = configMap.object().at("/data").path("alertmanager.yml").asText();
        JsonNode config = YAML.readTree(text);
        assertThat(config.at("/route/receiver").asText()).isEqualTo("operators");
        JsonNode operators = config.path("receivers").get(0);
        switch (stack) {
            case "demo-gcp" -> {
                assertThat(config.at("/global/smtp_smarthost").asText()).isEqualTo("smtp.example.org:587");
                assertThat(config.at("/global/smtp_auth_password_file").asText())
                        .isEqualTo("/etc/alertmanager/secrets/" + AlertmanagerValues.SMTP_PASSWORD_KEY);
                assertThat(operators.at("/email_configs/0/to").asText()).isEqualTo("ops@hubfleet-demo.example.org");
            }
            case "demo-aws" -> assertThat(operators.at("/webhook_configs/0/url_file").asText())
                    .isEqualTo("/etc/alertmanager/secrets/" + AlertmanagerValues.WEBHOOK_URL_KEY);
            default -> {
                assertThat(config.at("/global/smtp_auth_password_file").isMissingNode()).isTrue();
                assertThat(operators.at("/email_configs/0/to").asText()).isEqualTo("ops@hubfleet-demo.example.org");
            }
        }
        assertThat(text).doesNotContain("placeholder").doesNotContain("[secret]");

        // The Secret the files come from is mounted into Alertmanager where it needs one.
        StackObjects.Origin statefulSet = objects.stream()
                .filter(o -> o.kind().equals("StatefulSet") && o.name().endsWith("alertmanager")).findFirst().orElseThrow();
        JsonNode pod = statefulSet.object().at("/spec/template/spec");
        boolean needsSecret = !stack.equals("demo-azure");
        assertThat(pod.path("volumes").findValuesAsText("secretName").contains(AlertmanagerValues.SECRET)).isEqualTo(needsSecret);
        if (needsSecret) {
            PlanResource secret = plan.ofType("kubernetes:core/v1:Secret").stream()
                    .filter(s -> s.input("/metadata/name").asText().equals(AlertmanagerValues.SECRET)).findFirst().orElseThrow();
            assertThat(secret.input("/metadata/namespace").asText()).isEqualTo(release.input("/namespace").asText());
            assertThat(secret.inputs().toString()).doesNotContain("placeholder");
        }
    }
}
