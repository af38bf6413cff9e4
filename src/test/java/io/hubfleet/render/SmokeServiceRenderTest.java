package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.ReleaseValues;
import io.hubfleet.smoke.SmokeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hub of every example stack, rendered with the real z2jh chart, registers the smoke test's service
 * and its role where the hub reads them: the hub Secret's {@code values.yaml} (which the hub's
 * jupyterhub_config.py reads {@code hub.services} and {@code hub.loadRoles} from) holds them, the role's
 * scopes are exactly {@link SmokeTest#REQUIRED_SCOPES}, and the same Secret has the service's generated
 * token under the key the deploy workflow reads. The token is the chart's, never in the release's values.
 */
class SmokeServiceRenderTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    static final String TOKEN_KEY = "hub.services." + SmokeTest.SERVICE + ".apiToken";

    static List<String> stacks() {
        return Estate.exampleStacks();
    }

    @BeforeEach
    void charts() {
        Upstream.assumeCharts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyHubHasTheSmokeServiceItsRoleAndItsToken(String stack) throws IOException {
        Plan plan = RenderedPlans.plan(stack);
        List<ReleaseView> hubs = ReleaseView.of(plan).stream().filter(r -> r.chart().equals("jupyterhub")).toList();
        List<StackObjects.Origin> objects = RenderedPlans.objects(stack);
        List<String> checked = new ArrayList<>();
        for (ReleaseView hub : hubs) {
            StackObjects.Origin secret = objects.stream()
                    .filter(o -> o.urn().equals(hub.resource().urn()) && o.kind().equals("Secret") && o.name().equals("hub"))
                    .findFirst().orElseThrow(() -> new AssertionError(hub + ": no Secret hub rendered"));
            assertThat(secret.namespace()).isEqualTo(hub.namespace());
            JsonNode data = secret.object().path("data");

            JsonNode values = YAML.readTree(decode(data.path("values.yaml").asText()));
            JsonNode service = values.at("/hub/services/" + SmokeTest.SERVICE);
            assertThat(service.isObject()).as(hub + ": hub.services." + SmokeTest.SERVICE).isTrue();
            // An API token only: no process for the hub to run, no route for its proxy to add.
            assertThat(service.has("url") || service.has("command") || service.has("admin")).as(hub.toString()).isFalse();
            JsonNode role = values.at("/hub/loadRoles/" + SmokeTest.SERVICE);
            List<String> scopes = new ArrayList<>();
            role.path("scopes").forEach(s -> scopes.add(s.asText()));
            assertThat(scopes).as(hub + ": the role's scopes").isEqualTo(SmokeTest.REQUIRED_SCOPES);
            assertThat(role.path("services").toString()).isEqualTo("[\"" + SmokeTest.SERVICE + "\"]");
            assertThat(role.has("users") || role.has("groups")).as(hub + ": the role is the service's only").isFalse();

            assertThat(decode(data.path(TOKEN_KEY).asText())).as(hub + ": " + TOKEN_KEY).matches("[0-9a-f]{64}");
            assertThat(ReleaseValues.of(hub.resource()).at("/hub/services/" + SmokeTest.SERVICE).has("apiToken"))
                    .as(hub + ": the token is the chart's, not in the release's values (nor Pulumi's state)").isFalse();
            checked.add(hub.name());
        }
        // shared-gcp is a cluster whose hubs are other stacks' (college-a, college-b).
        assertThat(checked).as(stack + ": hubs checked").hasSize(hubs.size())
                .hasSizeGreaterThanOrEqualTo(stack.equals("shared-gcp") ? 0 : 1);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
