package io.hubfleet.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.config.hub.AuthProvider;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every login provider has every place docs/architecture.md ("Adding a login provider") lists: its name
 * in the schema, its section there, its row in the docs, and a hub using it that plans into its
 * OAuthenticator's settings. A new {@link AuthProvider} value fails here until it has them all.
 */
class AuthProvidersTest {

    /** A minimal section of each provider that admits someone. */
    static final Map<AuthProvider, String> MINIMAL_SECTIONS = Map.of(
            AuthProvider.GITHUB, "github: {organizations: [alpha-org]}",
            AuthProvider.CILOGON, "cilogon: {identityProviders: [{entityId: \"https://idp.u.edu/idp/shibboleth\"}]}",
            AuthProvider.GOOGLE, "google: {hostedDomains: [u.edu]}",
            AuthProvider.GENERIC_OAUTH, "allowedUsers: [a@u.edu]\n        genericOAuth: {authorizeUrl: \"https://id.u.edu/authorize\", "
                    + "tokenUrl: \"https://id.u.edu/token\", userdataUrl: \"https://id.u.edu/userinfo\"}");

    @Test
    void everyProviderHasAMinimalSection() {
        assertThat(MINIMAL_SECTIONS.keySet()).containsExactlyInAnyOrder(AuthProvider.values());
    }

    @ParameterizedTest
    @EnumSource(AuthProvider.class)
    void aHubWithTheProviderPlansIntoItsAuthenticatorsSettings(AuthProvider provider) {
        String stack = Stacks.GCP_WITH_HUB.replace("provider: github", "provider: " + provider.configName())
                .replace("github: {organizations: [alpha-org]}", MINIMAL_SECTIONS.get(provider));
        JsonNode config = Releases.values(Stacks.plan(stack), "alpha").at("/hub/config");
        assertThat(config.at("/JupyterHub/authenticator_class").asText()).isEqualTo(provider.configName());
        JsonNode settings = config.path(provider.authenticatorClass());
        assertThat(settings.path("client_id").asText()).isEqualTo("id-alpha");
        assertThat(settings.path("oauth_callback_url").asText()).isEqualTo("https://alpha.example.org/hub/oauth_callback");
        assertThat(settings.has("allow_all")).isTrue();
        // No other provider's settings.
        for (AuthProvider other : AuthProvider.values()) {
            if (other != provider) {
                assertThat(config.has(other.authenticatorClass())).as(other.authenticatorClass()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AuthProvider.class)
    void theSchemaAndTheDocsKnowTheProvider(AuthProvider provider) throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema", "stack.schema.json").toFile());
        JsonNode auth = schema.at("/definitions/auth");
        assertThat(auth.at("/properties/provider/enum").toString()).contains("\"" + provider.configName() + "\"");
        assertThat(auth.at("/properties").has(provider.sectionKey())).as(provider.sectionKey()).isTrue();
        assertThat(Files.readString(Path.of("docs", "components", "hub.md")))
                .contains("| `" + provider.configName() + "` | `" + provider.authenticatorClass() + "` |");
        assertThat(Files.readString(Path.of("docs", "configuration.md"))).contains(provider.configName())
                .contains(provider.sectionKey() + ":");
    }
}
