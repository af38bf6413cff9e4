package io.hubfleet.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.PulumiEnvironment;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.config.UnsetSecrets;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A secret not set yet: the offline plan shows it as [secret not set] with a warning, so a new stack plans
 * before any Pulumi backend exists; the deployed program (configuration from the Pulumi engine) still refuses it.
 */
class UnsetSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WITHOUT_SECRET = Stacks.GCP_WITH_HUB.replaceAll(" *clientSecret: \\{secure: v1:alpha}\n", "");

    @Test
    void offlineAMissingClientSecretPlansAsSecretNotSetWithAWarning() throws Exception {
        assertThat(WITHOUT_SECRET).doesNotContain("clientSecret");

        Plan plan = Stacks.plan(WITHOUT_SECRET);
        String json = JsonPlanRenderer.render(plan);

        assertThat(plan.warnings().get(0)).startsWith(UnsetSecrets.WARNING_PREFIX)
                .contains("hubfleet:hubs[0].auth.clientSecret is not set")
                .contains("pulumi config set --secret --path 'hubfleet:hubs[0].auth.clientSecret' <secret>");
        JsonNode oauth = plan.get("kubernetes:core/v1:Secret", "alpha-oauth").inputs();
        assertThat(oauth.path("stringData").asText()).isEqualTo(PlanValues.SECRET_NOT_SET);
        assertThat(JSON.readTree(json).path("warnings").get(0).asText()).isEqualTo(plan.warnings().get(0));
        // Only the unset secret says so; the rest stay [secret]; the placeholder itself never prints.
        assertThat(json.split("\"\\[secret not set]\"", -1)).hasSize(2);
        assertThat(json).contains("\"[secret]\"").doesNotContain(RawStackConfig.ENCRYPTED_PLACEHOLDER);
        assertThat(TextPlanRenderer.render(plan)).contains("[secret not set] where the stack file holds none yet");
    }

    @Test
    void aSecretThatIsSetPlansAsSecretWithoutAWarning() {
        Plan plan = Stacks.plan(Stacks.GCP_WITH_HUB);

        assertThat(plan.get("kubernetes:core/v1:Secret", "alpha-oauth").inputs().path("stringData").asText())
                .isEqualTo(PlanValues.SECRET);
        assertThat(plan.warnings()).noneMatch(w -> w.startsWith(UnsetSecrets.WARNING_PREFIX));
        assertThat(JsonPlanRenderer.render(plan)).doesNotContain(PlanValues.SECRET_NOT_SET);
    }

    @Test
    void theDeployedProgramStillRefusesAMissingClientSecret() {
        // What Main reads under pulumi up: the engine's configuration, decrypted.
        RawStackConfig deployed = PulumiEnvironment.read(Map.of(
                "PULUMI_STACK", "test",
                "PULUMI_CONFIG", JSON.valueToTree(Stacks.raw(WITHOUT_SECRET).asPulumiConfig(JSON)).toString(),
                "PULUMI_CONFIG_SECRET_KEYS", "[]"));

        assertThat(UnsetSecrets.fill(deployed).raw()).isSameAs(deployed);
        assertThatThrownBy(() -> StackConfigReader.readAny(deployed))
                .isInstanceOf(InvalidStackConfigException.class)
                .satisfies(e -> assertThat(((InvalidStackConfigException) e).report())
                        .contains("hubfleet:hubs[0].auth.clientSecret: missing"));
        // Reading the stack file without the offline plan's fill refuses it too.
        assertThatThrownBy(() -> StackConfigReader.readAny(Stacks.raw(WITHOUT_SECRET)))
                .isInstanceOf(InvalidStackConfigException.class);
    }

    @Test
    void aGrafanaDomainWithoutItsPasswordAndARelayLoginWithoutItsPasswordAreFilledToo() {
        RawStackConfig raw = Stacks.raw(Stacks.with(Stacks.GCP_WITH_HUB, """
                  hubfleet:monitoring: {grafana: {domain: grafana.example.org}}
                  hubfleet:alerts: {emails: [ops@example.org], smtp: {smarthost: "smtp.example.org:587", from: ops@example.org, username: ops}}
                """));

        UnsetSecrets.Filled filled = UnsetSecrets.fill(raw);

        assertThat(filled.warnings()).hasSize(2);
        assertThat(filled.warnings().get(0)).contains("hubfleet:monitoring.grafana.adminPassword is not set");
        assertThat(filled.warnings().get(1)).contains("hubfleet:alerts.smtp.password is not set");
        assertThat(filled.raw().secretPaths()).contains("/config/hubfleet:monitoring/grafana/adminPassword",
                "/config/hubfleet:alerts/smtp/password");
        StackConfigReader.readAny(filled.raw());
        assertThatThrownBy(() -> StackConfigReader.readAny(raw)).isInstanceOf(InvalidStackConfigException.class);
    }
}
