package io.hubfleet.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with the charts: for every hub of every example stack, the values hubfleet generates,
 * merged over the chart's own values.yaml as Helm merges them, pass the chart's values schema, as Helm
 * requires before it installs. The charts' files live outside the project in ../shared/upstream; in a
 * fork without them these tests are skipped, saying so.
 */
class ChartContractTest {

    static final Path UPSTREAM = Path.of("..", "shared", "upstream");
    static final Map<String, String> CHARTS = Map.of(
            "jupyterhub", "jupyterhub-4.4.0",
            "dask-gateway", "dask-gateway-2026.3.0",
            "jupyterhub-home-nfs", "jupyterhub-home-nfs-1.2.0");
    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    static Stream<Arguments> releases() throws IOException {
        List<Arguments> releases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("stacks"))) {
            for (String stack : files.map(f -> f.getFileName().toString()).filter(n -> n.matches("Pulumi\\..+\\.yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length())).sorted().toList()) {
                Plan plan = PLANS.computeIfAbsent(stack, Stacks::example);
                for (String chart : CHARTS.keySet().stream().sorted().toList()) {
                    for (PlanResource release : Releases.ofChart(plan, chart)) {
                        releases.add(Arguments.of(stack, chart, release.name()));
                    }
                }
            }
        }
        return releases.stream();
    }

    static void assumeUpstream() {
        Assumptions.assumeTrue(Files.isDirectory(UPSTREAM), "skipped: " + UPSTREAM.toAbsolutePath().normalize()
                + " (the charts' values and schemas) is not here, as in a fork; the chart contract is unchecked");
    }

    @ParameterizedTest(name = "{0}: {1} release {2}")
    @MethodSource("releases")
    void generatedValuesMergedOverTheChartDefaultsPassTheChartSchema(String stack, String chart, String release) {
        assumeUpstream();
        ObjectNode values = Releases.values(PLANS.get(stack).get(Releases.TYPE, release));

        List<Error> errors = validate(chart, values);

        assertThat(errors).as(stack + " " + release + " against the " + chart + " schema").isEmpty();
    }

    @Test
    void everyExampleHubIsChecked() throws IOException {
        assertThat(releases().filter(a -> a.get()[1].equals("jupyterhub")).count()).isGreaterThanOrEqualTo(2);
        assertThat(releases().filter(a -> a.get()[1].equals("dask-gateway")).count()).isGreaterThanOrEqualTo(1);
        assertThat(releases().filter(a -> a.get()[1].equals("jupyterhub-home-nfs")).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theContractCatchesValuesTheChartRefuses() {
        assumeUpstream();
        ObjectNode wrong = new ObjectMapper().createObjectNode();
        wrong.putObject("singleuser").putObject("storage").put("type", "floppy");
        wrong.putObject("hub").put("notAChartKey", true);

        assertThat(validate("jupyterhub", wrong)).extracting(Error::getKeyword)
                .contains("enum", "additionalProperties");
    }

    @Test
    void aRawOverrideThatBreaksTheChartIsCaughtToo() {
        assumeUpstream();
        Plan plan = Stacks.plan(Stacks.GCP_WITH_HUB + "      values: {proxy: {service: {type: Sideways}}}\n");
        ObjectNode values = (ObjectNode) Releases.values(plan, "alpha");

        assertThat(validate("jupyterhub", values)).extracting(Error::getKeyword).containsExactly("enum");
    }

    static List<Error> validate(String chart, ObjectNode ours) {
        String base = CHARTS.get(chart);
        try {
            // The contracts of the first charts sit at the top of upstream/; every chart's are in its folder.
            Path values = UPSTREAM.resolve(base + ".values.yaml");
            Path schemaFile = UPSTREAM.resolve(base + ".values.schema.json");
            if (!Files.exists(values)) {
                values = UPSTREAM.resolve("charts").resolve(base).resolve("values.yaml");
                schemaFile = UPSTREAM.resolve("charts").resolve(base).resolve("values.schema.json");
            }
            ObjectNode defaults = (ObjectNode) new YAMLMapper().readTree(values.toFile());
            JsonNode schemaNode = new ObjectMapper().readTree(schemaFile.toFile());
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
            return schema.validate(HelmValues.overChartDefaults(defaults, ours));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
