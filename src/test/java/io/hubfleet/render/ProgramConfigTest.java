package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Config files a chart passes through to its program are what that program's config type accepts,
 * for the program version the chart runs (its appVersion, or its subchart's): cert-manager's controller
 * configuration, which it decodes strictly, Envoy Gateway's, Prometheus' config and rule files,
 * Alertmanager's config. Neither Helm nor the Kubernetes API reads them; the program does, when it starts
 * (src/test/resources/program-config/).
 */
class ProgramConfigTest {

    /**
     * A config file a chart renders into a ConfigMap, and the schema of its program's config type. The program's
     * version is the appVersion of the chart, or of its subchart {@code subchart} (charts/&lt;subchart&gt;) when that
     * is not null.
     */
    record ConfigFile(String chart, String subchart, String configMapSuffix, String key, String program, String type) {

        ConfigFile(String chart, String configMapSuffix, String key, String program, String type) {
            this(chart, null, configMapSuffix, key, program, type);
        }
    }

    static final List<ConfigFile> FILES = List.of(
            new ConfigFile("cert-manager", "cert-manager", "config.yaml", "cert-manager", "controller-config"),
            new ConfigFile("gateway-helm", "envoy-gateway-config", "envoy-gateway.yaml", "envoy-gateway", "envoygateway"),
            new ConfigFile("prometheus", "server", "prometheus.yml", "prometheus", "config"),
            new ConfigFile("prometheus", "server", "alerting_rules.yml", "prometheus", "rules"),
            new ConfigFile("prometheus", "server", "recording_rules.yml", "prometheus", "rules"),
            new ConfigFile("prometheus", "server", "rules", "prometheus", "rules"),
            new ConfigFile("prometheus", "server", "alerts", "prometheus", "rules"),
            new ConfigFile("prometheus", "alertmanager", "alertmanager", "alertmanager.yml", "alertmanager", "config"));

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    static List<Estate> estates() {
        return Estate.examples();
    }

    @BeforeEach
    void charts() {
        Upstream.assumeCharts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estates")
    void everyConfigFileIsOneItsProgramAccepts(Estate estate) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ReleaseView release : ReleaseView.of(estate)) {
            for (ConfigFile file : FILES) {
                if (!file.chart().equals(release.chart())) {
                    continue;
                }
                for (StackObjects.Origin map : estate.objects()) {
                    if (!map.urn().equals(release.resource().urn()) || !map.kind().equals("ConfigMap")
                            || !map.name().endsWith(file.configMapSuffix())) {
                        continue;
                    }
                    JsonNode text = map.object().at("/data").path(file.key());
                    if (text.isMissingNode()) {
                        continue;
                    }
                    JsonNode config = parse(text.asText());
                    if (config == null || config.isEmpty()) {
                        continue;
                    }
                    checked++;
                    String version = appVersion(release, file.subchart());
                    schema(file.program(), version, file.type()).validate(config).forEach(error -> problems.add(release
                            + ": " + file.key() + " of ConfigMap " + map.name() + " (" + file.program() + " " + version + "): "
                            + error.getMessage()));
                }
            }
        }
        assertThat(problems).as(estate.toString()).isEmpty();
        assertThat(checked).as("config files checked in " + estate).isPositive();
    }

    @Test
    void certManagerRefusesAMisspelledField() {
        Schema schema = schema("cert-manager", "v1.21.1", "controller-config");
        JsonNode right = parse("apiVersion: controller.config.cert-manager.io/v1alpha1\nkind: ControllerConfiguration\n"
                + "gatewayAPI: {enabled: true}\n");
        assertThat(schema.validate(right)).isEmpty();
        JsonNode misspelled = parse("apiVersion: controller.config.cert-manager.io/v1alpha1\nkind: ControllerConfiguration\n"
                + "gatewayAPI: {enable: true}\n");
        assertThat(schema.validate(misspelled)).isNotEmpty();
    }

    @Test
    void prometheusRefusesAnUnknownGlobalSetting() {
        assertThat(schema("prometheus", "v3.14.0", "config").validate(parse("global: {scrape_interval: 1m}\n"))).isEmpty();
        assertThat(schema("prometheus", "v3.14.0", "config").validate(parse("global: {scrape_intervall: 1m}\n"))).isNotEmpty();
    }

    @Test
    void alertmanagerRefusesAMisspelledPasswordFileOrWebhookUrlFile() {
        Schema schema = schema("alertmanager", "v0.34.0", "config");
        String route = "route: {receiver: operators}\n";
        assertThat(schema.validate(parse(route + "global: {smtp_auth_password_file: /etc/am/password}\n"
                + "receivers: [{name: operators, webhook_configs: [{url_file: /etc/am/url}]}]\n"))).isEmpty();
        assertThat(schema.validate(parse(route + "global: {smtp_auth_pasword_file: /etc/am/password}\n"
                + "receivers: [{name: operators}]\n"))).isNotEmpty();
        assertThat(schema.validate(parse(route + "receivers: [{name: operators, webhook_configs: [{url_fle: /etc/am/url}]}]\n")))
                .isNotEmpty();
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program version the chart runs: the Chart.yaml appVersion of the chart, or of its subchart if one is named. */
    static String appVersion(ReleaseView release, String subchart) {
        try {
            Path folder = Upstream.chart(release.resource().input("/chart").asText(), release.version());
            if (subchart != null) {
                folder = folder.resolve("charts").resolve(subchart);
            }
            JsonNode chart = YAML.readTree(Files.readString(folder.resolve("Chart.yaml")));
            String version = chart.path("appVersion").asText();
            return version.startsWith("v") ? version : "v" + version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema(String program, String version, String type) {
        String name = program + "-" + version + "-" + type + ".schema.json";
        return SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = ProgramConfigTest.class.getResourceAsStream("/program-config/" + n)) {
                if (in == null) {
                    throw new AssertionError("no config type for " + program + " " + version + " (" + n + " in "
                            + "src/test/resources/program-config/): derive it from the new version's source, as its README says");
                }
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
