package io.hubfleet.helm;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.smoke.SmokeTest;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The three layers of a hub's values, as the Release receives them: baseline < typed < raw. */
class JupyterHubValuesTest {

    @Test
    void everyHubHasTheSmokeTestServiceWithARoleOfExactlyTheScopesItNeeds() {
        JsonNode values = Releases.values(Stacks.plan(Stacks.GCP_WITH_HUB), "alpha");
        assertThat(values.at("/hub/services/hubfleet-smoke").toString()).isEqualTo("{\"name\":\"hubfleet-smoke\"}");
        JsonNode role = values.at("/hub/loadRoles/hubfleet-smoke");
        assertThat(role.path("scopes")).extracting(JsonNode::asText).containsExactlyElementsOf(SmokeTest.REQUIRED_SCOPES);
        assertThat(role.path("services")).extracting(JsonNode::asText).containsExactly(SmokeTest.SERVICE);
    }

    @Test
    void theBaselineAppliesWhereNothingElseSpeaks() {
        JsonNode values = Releases.values(Stacks.plan(Stacks.GCP_WITH_HUB), "alpha");
        assertThat(values.at("/prePuller/hook/enabled").asBoolean()).isFalse();
        assertThat(values.at("/cull/every").asInt()).isEqualTo(300);
    }

    @Test
    void theTypedLayerOverridesTheBaseline() {
        JsonNode values = Releases.values(Stacks.plan(Stacks.GCP_WITH_HUB
                + "      culling: {idleTimeoutSeconds: 900, maxAgeSeconds: 86400}\n      userPlaceholders: 3\n"), "alpha");
        assertThat(values.at("/cull/timeout").asInt()).isEqualTo(900);
        assertThat(values.at("/cull/maxAge").asInt()).isEqualTo(86400);
        assertThat(values.at("/cull/every").asInt()).as("baseline kept beside it").isEqualTo(300);
        assertThat(values.at("/scheduling/userPlaceholder/replicas").asInt()).isEqualTo(3);
    }

    @Test
    void theRawLayerWinsOverBothAndMergesDeeply() {
        Plan plan = Stacks.plan(Stacks.GCP_WITH_HUB + """
                      culling: {idleTimeoutSeconds: 900}
                      values:
                        cull: {timeout: 7200}
                        prePuller: {hook: {enabled: true}}
                        singleuser:
                          extraEnv: {EXTRA: "1"}
                          defaultUrl: /tree
                """);
        JsonNode values = Releases.values(plan, "alpha");
        assertThat(values.at("/cull/timeout").asInt()).as("raw over typed").isEqualTo(7200);
        assertThat(values.at("/cull/every").asInt()).as("untouched baseline").isEqualTo(300);
        assertThat(values.at("/prePuller/hook/enabled").asBoolean()).as("raw over baseline").isTrue();
        assertThat(values.at("/singleuser/defaultUrl").asText()).isEqualTo("/tree");
        assertThat(values.at("/singleuser/extraEnv/EXTRA").asText()).isEqualTo("1");
        assertThat(values.at("/singleuser/extraEnv/SCRATCH_BUCKET").asText()).as("typed env kept beside raw env")
                .startsWith("gs://");
    }

    @Test
    void aRawNullRemovesAValueAndIsPassedToHelm() {
        var release = Stacks.plan(Stacks.GCP_WITH_HUB + "      values: {cull: {every: null}}\n")
                .get(Releases.TYPE, "alpha");
        assertThat(release.input("/values/cull").has("every")).as("the SDK drops nulls from maps").isFalse();
        assertThat(release.input("/valueYamlFiles/0/text").asText()).isEqualTo("---\ncull:\n  every: null\n");
        assertThat(Releases.values(release).at("/cull/every").isNull()).isTrue();
        assertThat(Stacks.plan(Stacks.GCP_WITH_HUB).get(Releases.TYPE, "alpha").input("/allowNullValues").asBoolean())
                .isTrue();
    }

    @Test
    void declaredProfilesReplaceGeneratedOnes() {
        JsonNode profiles = Releases.values(Stacks.plan(Stacks.GCP_WITH_HUB + """
                      profiles:
                        - {name: small, displayName: Small, pool: user, memoryGuaranteeGiB: 4, cpuGuarantee: 0.5, default: true}
                        - name: big
                          displayName: Big
                          description: For heavy work
                          pool: user
                          memoryGuaranteeGiB: 16
                          memoryLimitGiB: 20
                          cpuLimit: 4
                          image: {name: pangeo/pangeo-notebook, tag: "2025.06.02"}
                """), "alpha").at("/singleuser/profileList");
        assertThat(profiles).hasSize(2);
        assertThat(profiles.get(0).path("slug").asText()).isEqualTo("small");
        assertThat(profiles.get(0).path("default").asBoolean()).isTrue();
        assertThat(profiles.get(0).at("/kubespawner_override/mem_guarantee").asText()).isEqualTo("4096M");
        assertThat(profiles.get(0).at("/kubespawner_override/mem_limit").asText()).isEqualTo("4096M");
        assertThat(profiles.get(1).at("/kubespawner_override/mem_limit").asText()).isEqualTo("20480M");
        assertThat(profiles.get(1).at("/kubespawner_override/image").asText()).isEqualTo("pangeo/pangeo-notebook:2025.06.02");
        assertThat(profiles.get(1).at("/kubespawner_override/node_selector/hubfleet.io~1pool").asText()).isEqualTo("user");
        assertThat(profiles.get(1).path("description").asText()).isEqualTo("For heavy work");
    }

    @Test
    void cilogonAndGenericOauthTranslateToOauthenticatorSettings() {
        String cilogon = Stacks.GCP_WITH_HUB.replace("provider: github", "provider: cilogon").replace(
                "github: {organizations: [alpha-org]}",
                "cilogon: {identityProviders: [{entityId: \"https://idp.u.edu/idp/shibboleth\", allowedDomains: [u.edu]},"
                        + " {entityId: \"http://github.com/login/oauth/authorize\", usernameClaim: preferred_username}]}");
        JsonNode idps = Releases.values(Stacks.plan(cilogon), "alpha").at("/hub/config/CILogonOAuthenticator/idps");
        assertThat(idps.path("https://idp.u.edu/idp/shibboleth").path("allowed_domains").toString()).isEqualTo("[\"u.edu\"]");
        assertThat(idps.path("https://idp.u.edu/idp/shibboleth").at("/username_derivation/username_claim").asText())
                .isEqualTo("email");
        assertThat(idps.path("http://github.com/login/oauth/authorize").path("allow_all").asBoolean()).isTrue();

        String generic = Stacks.GCP_WITH_HUB.replace("provider: github", "provider: generic-oauth").replace(
                "github: {organizations: [alpha-org]}",
                "allowedUsers: [a@x.org]\n        genericOAuth: {authorizeUrl: \"https://t.auth0.com/authorize\", "
                        + "tokenUrl: \"https://t.auth0.com/oauth/token\", userdataUrl: \"https://t.auth0.com/userinfo\", "
                        + "loginService: Auth0}");
        JsonNode config = Releases.values(Stacks.plan(generic), "alpha").at("/hub/config");
        assertThat(config.at("/JupyterHub/authenticator_class").asText()).isEqualTo("generic-oauth");
        assertThat(config.at("/GenericOAuthenticator/token_url").asText()).isEqualTo("https://t.auth0.com/oauth/token");
        assertThat(config.at("/GenericOAuthenticator/scope").toString()).isEqualTo("[\"openid\",\"email\"]");
        assertThat(config.at("/GenericOAuthenticator/login_service").asText()).isEqualTo("Auth0");
        assertThat(config.at("/Authenticator/allowed_users").toString()).isEqualTo("[\"a@x.org\"]");
    }
}
