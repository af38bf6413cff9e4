package io.hubfleet.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.render.ChartRenderer;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import io.hubfleet.testing.Tools;
import io.hubfleet.config.portable.Cloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups, image choices, group directories and admins' view of homes, through the real z2jh 4.4.0 chart:
 * what reaches the hub (its Secret's values.yaml, which jupyterhub_config.py reads), the image puller, and
 * the hub-side Python, compiled and run by python3 against stubs (src/test/resources/hub/test_hooks.py).
 */
public class GroupsRenderTest {

    /** The GCP hub with every group feature. */
    public static final String GROUPS_HUB = groupsHub(Stacks.GCP_WITH_HUB);

    /** A stack's hub alpha with every group feature: groups, profiles and sizes by group, images, directories. */
    public static String groupsHub(String stackWithHub) {
        return stackWithHub.replace("github: {organizations: [alpha-org]}\n",
                "github: {organizations: [alpha-org]}\n"
                        + "        adminGroups: [\"example-org:hub-admins\"]\n"
                        + "        allowedGroups: [\"example-org:students\"]\n") + """
                  profiles:
                    - name: cpu
                      displayName: CPU
                      pool: user
                      resourceChoices:
                        - {name: small, displayName: "4 GiB", memoryGuaranteeGiB: 4}
                        - {name: large, displayName: "16 GiB, 2 CPUs", memoryGuaranteeGiB: 16, cpuGuarantee: 2, cpuLimit: 4, allowedGroups: ["example-org:big-users"]}
                      images:
                        - {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
                        - {name: quay.io/jupyter/r-notebook, tag: "2025-06-02", allowedGroups: ["example-org:builders"]}
                      otherImage: {pattern: '^quay\\.io/jupyter/[a-z-]+:[0-9-]+$', allowedGroups: ["example-org:builders"]}
                    - name: gpu
                      displayName: GPU users' size
                      pool: user
                      memoryGuaranteeGiB: 8
                      allowedGroups: ["example-org:gpu-users"]
                  sharedDirectories:
                    - {name: team, groups: ["example-org:data-team"]}
                    - {name: private, groups: ["example-org:data-team"], others: hidden}
                  adminsReadHomes: true
                  prePullImages: true
            """;
    }

    static ObjectNode hubValues(List<ObjectNode> manifests) throws Exception {
        for (ObjectNode manifest : manifests) {
            if (manifest.path("kind").asText().equals("Secret") && manifest.at("/metadata/name").asText().equals("hub")) {
                String yaml = new String(java.util.Base64.getDecoder().decode(manifest.at("/data/values.yaml").asText()),
                        StandardCharsets.UTF_8);
                return (ObjectNode) new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml);
            }
        }
        throw new AssertionError("no hub Secret rendered");
    }

    static String withHub(Cloud cloud) {
        return switch (cloud) {
            case GCP -> Stacks.GCP_WITH_HUB;
            case AWS -> Stacks.AWS_WITH_HUB;
            case AZURE -> Stacks.AZURE_WITH_HUB;
        };
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theHubReceivesGroupsProfilesImagesAndMounts(Cloud cloud) throws Exception {
        Plan plan = Stacks.plan(groupsHub(withHub(cloud)));
        assertThat(io.hubfleet.check.SecurityCheck.run(plan)).as("plan --check on " + cloud).isEmpty();
        PlanResource release = plan.get(Releases.TYPE, "alpha");
        List<ObjectNode> manifests = ChartRenderer.render(release);
        JsonNode values = hubValues(manifests);

        JsonNode github = values.at("/hub/config/GitHubOAuthenticator");
        assertThat(github.path("manage_groups").asBoolean()).isTrue();
        assertThat(github.path("populate_teams_in_auth_state").asBoolean()).isTrue();
        assertThat(github.path("admin_groups").toString()).isEqualTo("[\"example-org:hub-admins\"]");
        assertThat(github.path("allowed_groups").toString()).isEqualTo("[\"example-org:students\"]");
        assertThat(values.at("/hub/extraConfig").fieldNames()).toIterable().containsExactly(
                "hubfleet-10-shared-readwrite", "hubfleet-20-github-teams", "hubfleet-30-profile-groups",
                "hubfleet-40-user-pod-mounts");

        JsonNode image = values.at("/singleuser/profileList/0/profile_options/image");
        assertThat(image.at("/choices/01-scipy-notebook-2025-06-02/kubespawner_override/image").asText())
                .isEqualTo("quay.io/jupyter/scipy-notebook:2025-06-02");
        assertThat(image.at("/choices/01-scipy-notebook-2025-06-02/default").asBoolean()).isTrue();
        assertThat(image.at("/unlisted_choice/validation_regex").asText()).isEqualTo("^quay\\.io/jupyter/[a-z-]+:[0-9-]+$");
        assertThat(image.at("/unlisted_choice/kubespawner_override/image").asText()).isEqualTo("{value}");

        // Sizes to choose from: each choice overrides the size, the limited one carries its groups for the hook.
        JsonNode sizes = values.at("/singleuser/profileList/0/profile_options/resources/choices");
        assertThat(sizes.fieldNames()).toIterable().containsExactly("01-small", "02-large");
        assertThat(sizes.at("/01-small/default").asBoolean()).isTrue();
        assertThat(sizes.at("/01-small/kubespawner_override/mem_guarantee").asText()).isEqualTo("4096M");
        assertThat(sizes.at("/02-large/kubespawner_override/cpu_guarantee").asDouble()).isEqualTo(2.0);
        assertThat(sizes.at("/02-large/hubfleet_allowed_groups").toString()).isEqualTo("[\"example-org:big-users\"]");
        assertThat(values.at("/singleuser/profileList/0/kubespawner_override").has("mem_guarantee"))
                .as("a profile with choices leaves its size to them").isFalse();

        JsonNode override = values.at("/hub/config/KubeSpawner/group_overrides/50-hubfleet-group-team");
        assertThat(override.at("/spawner_override/volume_mounts/hubfleet-group-team/readOnly").asBoolean(true)).isFalse();
        assertThat(values.at("/singleuser/storage/extraVolumeMounts/hubfleet-group-team/readOnly").asBoolean()).isTrue();
        assertThat(values.at("/singleuser/storage/extraVolumeMounts").has("hubfleet-group-private")).isFalse();
        assertThat(values.at("/custom/hubfleet/adminVolumeMounts/all-homes/readOnly").asBoolean()).isTrue();

        // The continuous puller pulls every listed image (not the other-image field's).
        List<String> pulled = new ArrayList<>();
        for (ObjectNode manifest : manifests) {
            if (manifest.path("kind").asText().equals("DaemonSet")
                    && manifest.at("/metadata/name").asText().equals("continuous-image-puller")) {
                manifest.at("/spec/template/spec/initContainers").forEach(c -> pulled.add(c.path("image").asText()));
            }
        }
        assertThat(pulled).contains("quay.io/jupyter/scipy-notebook:2025-06-02", "quay.io/jupyter/r-notebook:2025-06-02")
                .noneMatch(i -> i.contains("{value}"));

        python(values);
    }

    @Test
    void aHubWithoutTheFeaturesGetsNoneOfTheirValuesAndNoPuller() throws Exception {
        List<ObjectNode> manifests = ChartRenderer.render(Stacks.plan(Stacks.GCP_WITH_HUB).get(Releases.TYPE, "alpha"));
        JsonNode values = hubValues(manifests);
        assertThat(values.at("/hub/config/GitHubOAuthenticator").has("manage_groups")).isFalse();
        assertThat(values.at("/hub/config").has("KubeSpawner")).isFalse();
        assertThat(values.at("/hub/extraConfig").fieldNames()).toIterable().containsExactly("hubfleet-10-shared-readwrite");
        assertThat(manifests).noneMatch(m -> m.path("kind").asText().equals("DaemonSet")
                && m.at("/metadata/name").asText().equals("continuous-image-puller"));
    }

    @Test
    void cilogonAndGenericIssuersNameTheirGroupsClaim() {
        String cilogon = Stacks.GCP_WITH_HUB.replace("provider: github", "provider: cilogon")
                .replace("github: {organizations: [alpha-org]}",
                        "cilogon: {identityProviders: [{entityId: \"https://idp.example.edu/idp/shibboleth\"}]}\n"
                                + "        adminGroups: [\"CO:admins\"]");
        JsonNode values = Releases.values(Stacks.plan(cilogon), "alpha");
        assertThat(values.at("/hub/config/CILogonOAuthenticator/auth_state_groups_key").asText())
                .isEqualTo("cilogon_user.isMemberOf");
        String generic = Stacks.GCP_WITH_HUB.replace("provider: github", "provider: generic-oauth")
                .replace("github: {organizations: [alpha-org]}",
                        "genericOAuth: {authorizeUrl: \"https://id.example.org/a\", tokenUrl: \"https://id.example.org/t\", "
                                + "userdataUrl: \"https://id.example.org/u\", groupsClaim: roles}\n"
                                + "        allowedGroups: [staff]");
        values = Releases.values(Stacks.plan(generic), "alpha");
        assertThat(values.at("/hub/config/GenericOAuthenticator/auth_state_groups_key").asText()).isEqualTo("oauth_user.roles");
        assertThat(values.at("/hub/config/GenericOAuthenticator/manage_groups").asBoolean()).isTrue();
    }

    private static void python(JsonNode values) throws Exception {
        String python = Tools.onPathOrSkip("python3", "HUBFLEET_REQUIRE_PYTHON",
                "the hub's Python is not run");
        Path dir = Files.createTempDirectory("hub-python");
        for (Iterator<Map.Entry<String, JsonNode>> it = values.at("/hub/extraConfig").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> snippet = it.next();
            Path file = dir.resolve(snippet.getKey() + ".py");
            Files.writeString(file, snippet.getValue().asText(), StandardCharsets.UTF_8);
            Tools.Result compiled = Tools.run(null, Map.of(), List.of(python, "-c",
                    "import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec')", file.toString()));
            assertThat(compiled.status()).as(file + ": " + compiled.output()).isZero();
        }
        Path json = dir.resolve("values.json");
        new ObjectMapper().writeValue(json.toFile(), values);
        Tools.Result result = Tools.run(null, Map.of("HUBFLEET_HUB_VALUES", json.toString()),
                List.of(python, "src/test/resources/hub/test_hooks.py", "-v"));
        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK").doesNotContain("skipped");
    }
}
