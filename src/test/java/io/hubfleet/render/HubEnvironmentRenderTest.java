package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's environment (hubs[].environment), rendered by the real z2jh chart on every cloud: the branded
 * page is mounted in the hub pod from the chart's hub Secret and the hub's configuration (the Secret's
 * values.yaml, which jupyterhub_config.py reads) points JupyterHub at it with the template variables and
 * named servers; user pods' files come from the chart's singleuser Secret; every server option adds
 * /dev/shm sized from its guarantee.
 */
class HubEnvironmentRenderTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ENVIRONMENT = """
                  environment:
                    branding:
                      name: Ocean Lab
                      logoUrl: https://ocean.example.org/logo.png
                      links: [{text: Docs, url: "https://docs.ocean.example.org"}]
                      support: help@ocean.example.org
                    namedServers: {enabled: true, limitPerUser: 2}
                    rstudioHome: true
            """;

    @BeforeEach
    void charts() {
        Upstream.assumeCharts();
    }

    static String stack(Cloud cloud) {
        return switch (cloud) {
            case GCP -> Stacks.GCP_WITH_HUB;
            case AWS -> Stacks.AWS_WITH_HUB;
            case AZURE -> Stacks.AZURE_WITH_HUB;
        } + ENVIRONMENT;
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theBrandedPageNamedServersAndUserFilesReachTheHubAndItsUsers(Cloud cloud) throws IOException {
        Plan plan = Stacks.plan(stack(cloud));
        List<StackObjects.Origin> objects = StackObjects.of(plan);

        StackObjects.Origin hubSecret = find(objects, "Secret", "hub");
        JsonNode values = YAML.readTree(decode(hubSecret.object().at("/data/values.yaml").asText()));
        assertThat(values.at("/hub/templatePaths/0").asText()).isEqualTo("/usr/local/etc/jupyterhub/hubfleet-templates");
        assertThat(values.at("/hub/templateVars/hubfleet_name").asText()).isEqualTo("Ocean Lab");
        assertThat(values.at("/hub/templateVars/hubfleet_logo_url").asText()).isEqualTo("https://ocean.example.org/logo.png");
        assertThat(values.at("/hub/templateVars/hubfleet_links/0/url").asText()).isEqualTo("https://docs.ocean.example.org");
        assertThat(values.at("/hub/templateVars/hubfleet_support_href").asText()).isEqualTo("mailto:help@ocean.example.org");
        assertThat(values.at("/hub/allowNamedServers").asBoolean()).isTrue();
        assertThat(values.at("/hub/namedServerLimitPerUser").asInt()).isEqualTo(2);

        // The template: in the hub Secret, mounted by the hub pod file by file where templatePaths points.
        String page = hubSecret.object().at("/stringData/hubfleet-page-template").asText();
        assertThat(page.stripTrailing()).isEqualTo(Files.readString(Path.of("components/hub/templates/page.html")).stripTrailing());
        JsonNode hubPod = find(objects, "Deployment", "hub").object().at("/spec/template/spec");
        JsonNode mount = mount(hubPod.at("/containers/0/volumeMounts"), "/usr/local/etc/jupyterhub/hubfleet-templates/page.html");
        assertThat(mount.path("subPath").asText()).isEqualTo("hubfleet-page-template");
        JsonNode volume = volume(hubPod.path("volumes"), mount.path("name").asText());
        assertThat(volume.at("/secret/secretName").asText()).isEqualTo("hub");

        // User pods' files: the chart's singleuser Secret, which the hub's config mounts in every user pod.
        StackObjects.Origin userFiles = find(objects, "Secret", "singleuser");
        JsonNode serverConfig = JSON.readTree(userFiles.object().at("/stringData/hubfleet-jupyter-server-config").asText());
        assertThat(serverConfig.at("/NotebookNotary/db_file").asText()).isEqualTo(":memory:");
        assertThat(userFiles.object().at("/stringData/hubfleet-ipython-config").asText())
                .contains("c.HistoryManager.hist_file = \"/tmp/ipython_hist.sqlite\"");
        assertThat(values.at("/singleuser/extraFiles/hubfleet-jupyter-server-config/mountPath").asText())
                .isEqualTo("/usr/local/etc/jupyter/jupyter_server_config.json");
        assertThat(values.at("/singleuser/extraFiles/hubfleet-ipython-config/mountPath").asText())
                .isEqualTo("/usr/local/etc/ipython/ipython_config.py");
        assertThat(values.at("/singleuser/extraEnv/JUPYTER_RUNTIME_DIR").asText()).isEqualTo("/tmp/jupyter-runtime");

        // RStudio's home: the same directory of the same volume.
        JsonNode rstudio = values.at("/singleuser/storage/extraVolumeMounts/rstudio-home");
        assertThat(rstudio.path("name").asText()).isEqualTo("home");
        assertThat(rstudio.path("mountPath").asText()).isEqualTo("/home/rstudio");
        assertThat(rstudio.path("subPath").asText()).isEqualTo(values.at("/singleuser/storage/static/subPath").asText());

        // /dev/shm: every choice of every generated profile, a quarter of its memory guarantee, in memory.
        List<String> checked = new ArrayList<>();
        for (JsonNode profile : values.at("/singleuser/profileList")) {
            profile.at("/profile_options/resources/choices").fields().forEachRemaining(choice -> {
                JsonNode override = choice.getValue().path("kubespawner_override");
                long guaranteeMiB = Long.parseLong(override.path("mem_guarantee").asText().replace("M", ""));
                JsonNode shm = override.at("/volumes/shm");
                assertThat(shm.at("/emptyDir/medium").asText()).isEqualTo("Memory");
                assertThat(shm.at("/emptyDir/sizeLimit").asText()).isEqualTo(guaranteeMiB / 4 + "Mi");
                assertThat(override.at("/volume_mounts/shm/mountPath").asText()).isEqualTo("/dev/shm");
                assertThat(override.at("/volume_mounts/shm/name").asText()).isEqualTo("shm");
                checked.add(choice.getKey());
            });
        }
        assertThat(checked).isNotEmpty();
    }

    static StackObjects.Origin find(List<StackObjects.Origin> objects, String kind, String name) {
        return objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    static JsonNode mount(JsonNode mounts, String path) {
        for (JsonNode mount : mounts) {
            if (mount.path("mountPath").asText().equals(path)) {
                return mount;
            }
        }
        throw new AssertionError("nothing mounted at " + path + ": " + mounts);
    }

    static JsonNode volume(JsonNode volumes, String name) {
        for (JsonNode volume : volumes) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name + ": " + volumes);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
