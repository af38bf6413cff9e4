package io.hubfleet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.hubfleet.cli.HubfleetCliTest.run;
import static io.hubfleet.cli.HubfleetCliTest.runWithSharedPlans;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hubfleet smoke-targets}: from real plans of demo-gcp (hubs staging, and prod with Dask) and their
 * diff, the hubs a deploy changes, as the deploy workflow reads them.
 */
class SmokeTargetsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path before;
    private static Path after;
    private static Path none;

    /** demo-gcp before and after a push that changes the staging hub's image only. */
    @BeforeAll
    static void plans() throws Exception {
        Path stacks = Files.createDirectories(dir.resolve("stacks"));
        Files.copy(Path.of("stacks/Pulumi.demo-gcp.yaml"), stacks.resolve("Pulumi.demo-gcp.yaml"));
        before = dir.resolve("before.json");
        after = dir.resolve("after.json");
        none = dir.resolve("none.json");
        assertThat(runWithSharedPlans("plan", "demo-gcp", "--stacks-dir", stacks.toString(), "--json", "-o", before.toString()).status()).isZero();
        Path file = stacks.resolve("Pulumi.demo-gcp.yaml");
        Files.writeString(file, Files.readString(file).replace("tag: \"2025-06-02\"", "tag: \"2025-09-01\""));
        assertThat(runWithSharedPlans("plan", "demo-gcp", "--stacks-dir", stacks.toString(), "--json", "-o", after.toString()).status()).isZero();
        Files.writeString(none, "{\"formatVersion\": 1, \"plans\": []}");
    }

    private static JsonNode targets(Path from, String... more) throws Exception {
        Path diff = dir.resolve("diff-" + from.getFileName());
        HubfleetCliTest.Run diffed = run("diff", from.toString(), after.toString(), "--json", "-o", diff.toString());
        assertThat(diffed.status()).as(diffed.err()).isEqualTo(DiffCommand.CHANGES);
        String[] args = new String[4 + more.length];
        args[0] = "smoke-targets";
        args[1] = after.toString();
        args[2] = diff.toString();
        args[3] = "--stack=demo-gcp";
        System.arraycopy(more, 0, args, 4, more.length);
        HubfleetCliTest.Run run = run(args);
        assertThat(run.status()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aPushThatChangesOneHubSmokeTestsThatHubOnly() throws Exception {
        JsonNode targets = targets(before, "--before", before.toString());
        assertThat(targets.path("stack").asText()).isEqualTo("demo-gcp");
        assertThat(targets.path("cloud").asText()).isEqualTo("gcp");
        assertThat(targets.path("hubs").toString()).isEqualTo("[{\"hub\":\"staging\",\"url\":\"https://staging.hubfleet-demo.example.org\","
                + "\"namespace\":\"staging\",\"dask\":false}]");
    }

    @Test
    void aDispatchComparesWithNothingAndSmokeTestsEveryHubWithDaskWhereItIsOn() throws Exception {
        JsonNode targets = targets(none);
        assertThat(targets.path("hubs")).extracting(h -> h.path("hub").asText() + " " + h.path("dask").asBoolean())
                .containsExactlyInAnyOrder("staging false", "prod true");
        assertThat(targets.path("hubs")).allSatisfy(h -> assertThat(h.path("url").asText()).startsWith("https://"));
    }

    @Test
    void aStackTheDiffDoesNotHaveIsRefused() throws Exception {
        Path diff = dir.resolve("diff-check.json");
        run("diff", before.toString(), after.toString(), "--json", "-o", diff.toString());
        HubfleetCliTest.Run run = run("smoke-targets", after.toString(), diff.toString(), "--stack", "nowhere");
        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).contains("no plan of stack nowhere");
    }
}
