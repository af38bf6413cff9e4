package io.hubfleet.cli;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit status 0 planned, 2 bad input, 1 anything else; bad input never prints a stack trace. */
class HubfleetCliTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * As {@link #run(String...)}, with the examples' plans made once per test run (Stacks.PLANNER) instead of
     * planned again: for tests whose point is what the command does with plans, not the planning.
     */
    static Run runWithSharedPlans(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(args, new PrintWriter(out), new PrintWriter(err), Stacks.PLANNER);
        return new Run(status, out.toString(), err.toString());
    }

    /** The tests' planner changes nothing the command prints: an example's plan, and a hub-only one's, as the CLI makes them. */
    @Test
    void theTestsSharedPlansPrintAsTheCliPlansThem() {
        for (String[] args : new String[][]{{"plan", "small-aws", "--json"}, {"plan", "college-b"}}) {
            Run planned = run(args);
            Run shared = runWithSharedPlans(args);

            assertThat(planned.status()).as(planned.err()).isZero();
            assertThat(shared).isEqualTo(planned);
        }
    }

    @Test
    void plansAnExampleStack() {
        Run run = run("plan", "demo-gcp");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Offline plan of stack demo-gcp").contains("gcp:container/cluster:Cluster");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void plansAsJsonToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Run run = run("plan", "demo-gcp", "--json", "--output", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("{\n  \"formatVersion\": 1,");
    }

    @Test
    void aStackFileWithThreeMistakesExitsTwoNamingAllThree(@TempDir Path dir) throws Exception {
        Path stack = dir.resolve("Pulumi.broken.yaml");
        Files.writeString(stack, """
                config:
                  hubfleet:cloud: gcp
                  hubfleet:region: us-central1
                  hubfleet:zone: us-east1-b
                  hubfleet:account: {id: test-project}
                  hubfleet:cluster: {kubernetesVersion: "1.33"}
                  hubfleet:nodePools:
                    - {name: user, purpose: user, machineType: n2-highmem-4, min: 5, max: 2}
                    - {name: dask, purpose: dask-worker, machineType: n2-highmem-4, max: 3, spott: true}
                """);

        Run run = run("plan", stack.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: " + stack + " has 3 problems:")
                .contains("hubfleet:zone: \"us-east1-b\" is not a zone of us-central1")
                .contains("hubfleet:nodePools[0].min: min (5) is greater than max (2)")
                .contains("hubfleet:nodePools[1].spott: unknown key")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownStackExitsTwoWithTheKnownOnes() {
        Run run = run("plan", "demo-gpc");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("there is no stack demo-gpc").contains("Did you mean \"demo-gcp\"?");
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("plan").status()).isEqualTo(2);
        assertThat(run("plan", "demo-gcp", "--jsn").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void anythingElseThatFailsExitsOneWithoutAStackTrace(@TempDir Path dir) {
        // The output path is a directory: writing the plan there fails.
        Run run = run("plan", "demo-gcp", "--output", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: hubfleet failed unexpectedly").doesNotContain("\tat ");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help").status()).isZero();
        assertThat(run("--version").out()).startsWith("hubfleet ");
        assertThat(run("plan", "--help").out()).contains("--json");
    }
}
