package io.hubfleet.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deploy workflow's waves: changed stacks only, staging first, a hub-only stack after its cluster
 * stack, and a dispatch for one stack deploys that stack alone.
 */
class DeployOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode stack(ArrayNode stacks, String name, String stage, String status, String clusterStack) {
        ObjectNode s = stacks.addObject().put("stack", name).put("cloud", "gcp").put("stage", stage)
                .put("status", status).put("changed", !status.equals("unchanged"));
        if (clusterStack != null) {
            s.put("clusterStack", clusterStack);
        }
        return s;
    }

    private static List<String> names(DeployOrder order, DeployWave wave) {
        return order.wave(wave).stream().map(DeployOrder.Target::stack).toList();
    }

    @Test
    void changedStacksDeployStagingFirstAndHubOnlyStacksAfterTheirClusters() {
        ObjectNode diff = JSON.createObjectNode();
        ArrayNode stacks = diff.putArray("stacks");
        stack(stacks, "canary", "staging", "changed", null);
        stack(stacks, "canary-hubs", "staging", "changed", "canary");
        stack(stacks, "shared", "production", "changed", null);
        stack(stacks, "college-a", "production", "changed", "shared");
        // A staging hub on a production cluster that deploys too: it waits for that cluster.
        stack(stacks, "college-test", "staging", "changed", "shared");
        // A staging hub whose cluster does not change: nothing to wait for.
        stack(stacks, "college-b", "staging", "changed", "quiet");
        stack(stacks, "quiet", "production", "unchanged", null);
        stack(stacks, "gone", "production", "removed", null);
        stack(stacks, "new", "production", "added", null);

        DeployOrder order = DeployOrder.of(diff, Optional.empty());
        assertThat(names(order, DeployWave.STAGING_CLUSTERS)).containsExactly("canary");
        assertThat(names(order, DeployWave.STAGING_HUBS)).containsExactly("canary-hubs", "college-b");
        assertThat(names(order, DeployWave.PRODUCTION_CLUSTERS)).containsExactly("shared", "new");
        assertThat(names(order, DeployWave.PRODUCTION_HUBS)).containsExactly("college-a", "college-test");
        assertThat(order.toJson().path("waves").fieldNames()).toIterable()
                .containsExactly("staging-clusters", "staging-hubs", "production-clusters", "production-hubs");
        assertThat(order.toJson().at("/waves/staging-clusters/0").toString()).isEqualTo("{\"stack\":\"canary\",\"cloud\":\"gcp\"}");
    }

    @Test
    void aDispatchDeploysOnlyItsStackChangedOrNot() {
        ObjectNode diff = JSON.createObjectNode();
        ArrayNode stacks = diff.putArray("stacks");
        // A dispatch compares with nothing: every stack reads as added.
        stack(stacks, "shared", "production", "added", null);
        stack(stacks, "college-a", "production", "added", "shared");
        stack(stacks, "canary", "staging", "added", null);

        DeployOrder order = DeployOrder.of(diff, Optional.of("college-a"));
        assertThat(names(order, DeployWave.PRODUCTION_HUBS)).containsExactly("college-a");
        for (DeployWave wave : List.of(DeployWave.STAGING_CLUSTERS, DeployWave.STAGING_HUBS, DeployWave.PRODUCTION_CLUSTERS)) {
            assertThat(order.wave(wave)).as(wave.id()).isEmpty();
        }
        stacks.removeAll();
        stack(stacks, "shared", "production", "unchanged", null);
        assertThat(names(DeployOrder.of(diff, Optional.of("shared")), DeployWave.PRODUCTION_CLUSTERS)).containsExactly("shared");
        stack(stacks, "gone", "production", "removed", null);
        assertThatThrownBy(() -> DeployOrder.of(diff, Optional.of("gone")))
                .hasMessage("there is no stack gone to deploy; the stacks are shared");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void theCommandOrdersTheExampleFleetFromARealDiff(@TempDir Path dir) throws Exception {
        // The examples' plans against nothing (as on a dispatch, or a first deploy): every stack is new.
        List<Plan> plans;
        try (var files = Files.list(Path.of("stacks"))) {
            plans = files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("Pulumi.") && f.endsWith(".yaml"))
                    .sorted().map(f -> Stacks.example(f.substring("Pulumi.".length(), f.length() - ".yaml".length()))).toList();
        }
        Path head = dir.resolve("head.json");
        Files.writeString(head, JsonPlanRenderer.renderAll(plans));
        Path before = dir.resolve("before.json");
        Files.writeString(before, "{\"formatVersion\": 1, \"plans\": []}");
        Path diff = dir.resolve("diff.json");
        assertThat(cli("diff", before.toString(), head.toString(), "--json", "-o", diff.toString()).status()).isEqualTo(1);
        JsonNode diffJson = JSON.readTree(diff.toFile());
        assertThat(diffJson.path("stacks")).filteredOn(s -> s.path("stack").asText().equals("college-a"))
                .singleElement().satisfies(s -> assertThat(s.path("clusterStack").asText()).isEqualTo("shared-gcp"));

        Run all = cli("deploy-order", diff.toString());
        assertThat(all.status()).as(all.err()).isZero();
        JsonNode waves = JSON.readTree(all.out()).path("waves");
        List<String> productionClusters = waves.path("production-clusters").findValuesAsText("stack");
        List<String> productionHubs = waves.path("production-hubs").findValuesAsText("stack");
        assertThat(productionClusters).contains("shared-gcp").doesNotContain("college-a", "college-b");
        assertThat(productionHubs).containsExactly("college-a", "college-b");
        assertThat(waves.path("staging-clusters").findValuesAsText("stack")).contains("canary-gcp");

        Run one = cli("deploy-order", diff.toString(), "--stack", "college-b");
        // Alone, the staging hub-only stack goes in its own stage's wave: its cluster is not deployed.
        assertThat(JSON.readTree(one.out()).path("waves").toString()).isEqualTo("{\"staging-clusters\":[],"
                + "\"staging-hubs\":[{\"stack\":\"college-b\",\"cloud\":\"gcp\"}],\"production-clusters\":[],\"production-hubs\":[]}");
        Run unknown = cli("deploy-order", diff.toString(), "--stack", "nope");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: there is no stack nope to deploy; the stacks are canary-gcp, college-a");
        Run notADiff = cli("deploy-order", head.toString());
        assertThat(notADiff.status()).isEqualTo(2);
        assertThat(notADiff.err()).contains("is not a diff from hubfleet diff --json");
    }
}
