package io.hubfleet.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.config.RawStackConfig;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.ReleaseValues;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Helm export: each release's exact values and chart, the objects beside, the Secrets as placeholders. */
class HelmExportTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static String all(Path dir) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.append(Files.readString(file)).append('\n');
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure"})
    void everyReleasesValuesAreExactlyWhatTheReleaseHandsHelm(String stack, @TempDir Path dir) throws Exception {
        Plan plan = Stacks.example(stack);
        HelmExport.write(plan, dir);
        List<PlanResource> releases = plan.ofType(ReleaseValues.RELEASE_TYPE);
        assertThat(releases).isNotEmpty();
        String readme = Files.readString(dir.resolve("README.md"));
        for (PlanResource release : releases) {
            String name = release.input("/name").asText();
            String namespace = release.input("/namespace").asText();
            String directory = release.parent().contains("hubfleet:index:Hub") ? "hubs/" + namespace : "cluster";
            Path exported = dir.resolve(directory).resolve(name);
            JsonNode values = YAML.readTree(Files.readString(exported.resolve("values.yaml")));
            // Compared as the same reader sees both (YAML reads 1 as an int, the plan holds a long).
            assertThat(values).as(stack + " " + release.name())
                    .isEqualTo(YAML.readTree(YAML.writeValueAsString(ReleaseValues.of(release))));
            JsonNode chart = YAML.readTree(Files.readString(exported.resolve("chart.yaml")));
            assertThat(chart.path("chart").asText()).isEqualTo(release.input("/chart").asText());
            assertThat(chart.path("version").asText()).isEqualTo(release.input("/version").asText());
            assertThat(readme).contains("helm upgrade --install " + name + " ").contains("--namespace " + namespace + " ")
                    .contains("-f " + directory + "/" + name + "/values.yaml");
        }
    }

    @Test
    void noSecretIsWrittenOnlyNamedPlaceholders(@TempDir Path dir) throws Exception {
        HelmExport.write(Stacks.example("demo-gcp"), dir);
        String everything = all(dir);
        assertThat(everything).doesNotContain(RawStackConfig.ENCRYPTED_PLACEHOLDER).doesNotContain("v1:ZGVtby1vbmx5")
                .doesNotContain("[secret]").doesNotContain("placeholder-cilogon-client-secret");
        String oauth = Files.readString(dir.resolve("hubs/prod/secret-hub-oauth.yaml"));
        assertThat(oauth).contains("name: hub-oauth").contains("namespace: prod")
                .contains("client-secret: |-\n    ${PROD_HUB_OAUTH_CLIENT_SECRET}\n")
                .contains("hubfleet:hubs[1].auth.clientSecret");
        String grafana = Files.readString(dir.resolve("cluster/secret-grafana-admin.yaml"));
        assertThat(grafana).contains("admin-password: |-\n    ${MONITORING_GRAFANA_ADMIN_ADMIN_PASSWORD}\n")
                .contains("admin-user: |-\n    admin\n");
        assertThat(Files.readString(dir.resolve("secrets.env.example")))
                .contains("PROD_HUB_OAUTH_CLIENT_SECRET=\n").contains("STAGING_HUB_OAUTH_CLIENT_SECRET=\n")
                .contains("from hubfleet:monitoring.grafana.adminPassword");
    }

    @Test
    void theReadmeInstallsInDependencyOrder(@TempDir Path dir) throws Exception {
        HelmExport.write(Stacks.example("demo-gcp"), dir);
        List<String> lines = Files.readAllLines(dir.resolve("README.md"));
        int envoy = indexOf(lines, "helm upgrade --install envoy-gateway ");
        int certManager = indexOf(lines, "helm upgrade --install cert-manager ");
        int gateway = indexOf(lines, "kubectl apply -f cluster/objects/") ;
        int namespace = indexOf(lines, "kubectl apply -f hubs/prod/objects/01-namespace-prod.yaml");
        int daskPolicy = indexOf(lines, "kubectl apply -f hubs/prod/objects/") ;
        int oauth = indexOf(lines, "envsubst < hubs/prod/secret-hub-oauth.yaml");
        // Each hub's release is named after the hub (its cluster-wide objects are named after the release).
        int hub = indexOf(lines, "helm upgrade --install prod jupyterhub --repo https://hub.jupyter.org/helm-chart/ "
                + "--version 4.4.0 --namespace prod");
        int dask = indexOf(lines, "helm upgrade --install dask-gateway ");
        assertThat(envoy).isLessThan(certManager);
        assertThat(namespace).isEqualTo(daskPolicy).isLessThan(oauth);
        assertThat(oauth).isLessThan(hub);
        assertThat(hub).isLessThan(dask);
        assertThat(gateway).isPositive();
        assertThat(Files.readString(dir.resolve("README.md"))).contains("<stand-in:demo-gcp-home.networks[0].ipAddresses[0]>");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting " + prefix);
    }

    /** A secret value holding quotes or backslashes comes out of envsubst as itself; one Secret holds all its keys. */
    @Test
    void secretTemplatesTakeAnyValueAndEveryKeyOfTheirSecret(@TempDir Path dir) throws Exception {
        String stack = io.hubfleet.testing.Stacks.GCP_WITH_HUB.replace("      image: {name: quay.io/jupyter/scipy-notebook",
                "      secretEnv:\n        API_TOKEN: {secure: v1:dG9rZW4=}\n        OTHER: {secure: v1:b3RoZXI=}\n"
                        + "      image: {name: quay.io/jupyter/scipy-notebook");
        HelmExport.write(io.hubfleet.testing.Stacks.plan(stack), dir);
        String manifest = Files.readString(dir.resolve("hubs/alpha/secret-hub-secret-env.yaml"));
        String value = "a\"b\\c'd: e #f";
        String filled = manifest.replace("${ALPHA_HUB_SECRET_ENV_API_TOKEN}", value)
                .replace("${ALPHA_HUB_SECRET_ENV_OTHER}", "plain");
        com.fasterxml.jackson.databind.JsonNode secret = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(filled);
        assertThat(secret.at("/stringData/API_TOKEN").asText()).isEqualTo(value);
        assertThat(secret.at("/stringData/OTHER").asText()).isEqualTo("plain");
        assertThat(Files.readString(dir.resolve("secrets.env.example")))
                .contains("ALPHA_HUB_SECRET_ENV_API_TOKEN=").contains("ALPHA_HUB_OAUTH_CLIENT_SECRET=");
    }
}
