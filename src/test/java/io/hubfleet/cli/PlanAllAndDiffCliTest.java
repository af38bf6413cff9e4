package io.hubfleet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** plan --all plans every stack in one process; diff's exit status says whether anything changed. */
class PlanAllAndDiffCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static Path examplesPlanned;

    /** {@code plan --all --json} of stacks/, run once for the two tests that start from it. */
    private static synchronized Path planAllOfTheExamples() {
        if (examplesPlanned == null) {
            Path file = shared.resolve("all.json");
            HubfleetCliTest.Run run = run("plan", "--all", "--json", "-o", file.toString());
            assertThat(run.status()).as(run.err()).isZero();
            examplesPlanned = file;
        }
        return examplesPlanned;
    }

    /** The examples' plans, and unchanged copies of them, are the ones made once per test run (Stacks.PLANNER). */
    private static HubfleetCliTest.Run run(String... args) {
        return HubfleetCliTest.runWithSharedPlans(args);
    }

    /** A copy of stacks/ to change, as a pull request would. */
    private static Path copyOfStacks(Path dir) throws Exception {
        Path stacks = Files.createDirectories(dir.resolve("stacks"));
        try (var files = Files.list(Path.of("stacks"))) {
            for (Path file : files.toList()) {
                Files.copy(file, stacks.resolve(file.getFileName()));
            }
        }
        return stacks;
    }

    @Test
    void planAllWritesEveryStacksPlanInOneDocument() throws Exception {
        Path file = planAllOfTheExamples();
        JsonNode all = JSON.readTree(Files.readString(file));
        assertThat(all.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(all.path("plans")).extracting(p -> p.path("stack").asText())
                .containsExactlyElementsOf(StackFiles.stackNames(Path.of("stacks")));
        assertThat(all.path("plans")).allSatisfy(p -> assertThat(p.path("cloud").asText()).isIn("gcp", "aws", "azure"));
    }

    @Test
    void planAllRefusesWhenAnyStackIsBadAndWritesNothing(@TempDir Path dir) throws Exception {
        Path stacks = copyOfStacks(dir);
        Files.writeString(stacks.resolve("Pulumi.broken.yaml"), "config:\n  hubfleet:cloud: gcpp\n");
        // A value YAML can hold but a stack file cannot: named, not a crash that stops the others.
        Files.writeString(stacks.resolve("Pulumi.binary.yaml"), "config:\n  hubfleet:cloud: gcp\n  hubfleet:region: !!binary aGk=\n");
        Path file = dir.resolve("all.json");
        HubfleetCliTest.Run run = run("plan", "--all", "--stacks-dir", stacks.toString(), "--json", "-o", file.toString());
        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).contains("Pulumi.broken.yaml").contains("hubfleet:cloud")
                .contains("Pulumi.binary.yaml").contains("hubfleet:region: a !!binary value")
                .doesNotContain("Exception")
                .contains("2 of " + StackFiles.stackNames(stacks).size() + " stacks were refused");
        assertThat(file).doesNotExist();
    }

    @Test
    void diffExitsOneWithTheChangeAndZeroWithoutOne(@TempDir Path dir) throws Exception {
        Path stacks = copyOfStacks(dir);
        Path before = planAllOfTheExamples(); // the copy's plans: its files are stacks/'s
        Path after = dir.resolve("after.json");
        Path demo = stacks.resolve("Pulumi.demo-gcp.yaml");
        Files.writeString(demo, Files.readString(demo).replace("tag: \"2025-06-02\"", "tag: \"2025-09-01\""));
        assertThat(run("plan", "--all", "--stacks-dir", stacks.toString(), "--json", "-o", after.toString()).status()).isZero();

        HubfleetCliTest.Run changed = run("diff", before.toString(), after.toString());
        assertThat(changed.status()).isEqualTo(DiffCommand.CHANGES);
        assertThat(changed.out()).contains("Stack demo-gcp (gcp, production): 0 to add, 1 to change, 0 to remove\n"
                + "  ~ kubernetes:helm.sh/v3:Release  staging\n"
                + "      /values/singleuser/image/tag: \"2025-06-02\" → \"2025-09-01\"\n")
                .contains("1 of ").contains("stacks change: demo-gcp.");

        HubfleetCliTest.Run json = run("diff", before.toString(), after.toString(), "--json");
        JsonNode stacksChanged = JSON.readTree(json.out()).path("stacks");
        assertThat(stacksChanged).filteredOn(s -> s.path("changed").asBoolean())
                .extracting(s -> s.path("stack").asText()).containsExactly("demo-gcp");

        assertThat(run("diff", before.toString(), before.toString()).status()).isZero();
    }

    @Test
    void diffOfUnreadablePlansExitsTwo(@TempDir Path dir) throws Exception {
        Path notAPlan = Files.writeString(dir.resolve("x.json"), "{\"hello\": 1}");
        HubfleetCliTest.Run run = run("diff", notAPlan.toString(), dir.resolve("missing.json").toString());
        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).startsWith("error: ").doesNotContain("Exception");
        assertThat(run("diff", "a.json", "b.json", "--json", "--markdown").status()).isEqualTo(HubfleetCli.BAD_INPUT);
    }

    @Test
    void exportWritesTheHelmExportAndRefusesANonEmptyDirectory(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("export");
        HubfleetCliTest.Run run = run("export", "demo-aws", "--helm", target.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Exported stack demo-aws to " + target);
        assertThat(target.resolve("README.md")).exists();
        assertThat(target.resolve("hubs/prod/prod/values.yaml")).exists();

        HubfleetCliTest.Run again = run("export", "demo-aws", "--helm", target.toString());
        assertThat(again.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(again.err()).isEqualTo("error: " + target + " is not empty: export into a new or empty directory\n");
    }
}
