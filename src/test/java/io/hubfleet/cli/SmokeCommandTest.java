package io.hubfleet.cli;

import io.hubfleet.smoke.SmokeTest;
import io.hubfleet.smoke.StubHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hubfleet smoke}: exit 0 passed, 1 failed naming the hub and the step, 2 bad arguments or no token. */
class SmokeCommandTest {

    private static final String TOKEN = "tok-8d1f0c2a77e94b55";

    private StubHub hub;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void startHub() throws IOException {
        hub = StubHub.start(TOKEN);
    }

    @AfterEach
    void stopHubAndEnvironment() throws IOException {
        hub.close();
        SmokeCommand.environment = System::getenv;
    }

    private static Run run(Map<String, String> environment, String... args) {
        SmokeCommand.environment = environment::get;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HubfleetCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        // The token is never printed, whatever the outcome.
        assertThat(out.toString() + err).doesNotContain(TOKEN);
        return new Run(status, out.toString(), err.toString());
    }

    private String[] smoke(String... more) {
        return smokeOn("gcp", more);
    }

    /** The smoke command on the stub hub, for this cloud, and more arguments. */
    private String[] smokeOn(String cloud, String... more) {
        String[] base = {"smoke", "--hub-url", hub.url().toString(), "--hub-name", "physics", "--cloud", cloud, "--poll-millis", "20"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aPassingHubExitsZero() {
        Run run = run(Map.of("HUBFLEET_SMOKE_TOKEN", TOKEN + "\n"), smoke("--dask"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("- dask\n").endsWith("Smoke test of hub physics passed.\n");
        assertThat(run.err()).isEmpty();
        assertThat(hub.codes()).hasSize(3);
    }

    @Test
    void aFailingHubExitsOneNamingTheHubAndTheStep() {
        hub.readyAfterPolls(-1);

        Run run = run(Map.of("HUBFLEET_SMOKE_TOKEN", TOKEN), smoke("--timeout-seconds", "1"));

        assertThat(run.status()).isEqualTo(HubfleetCli.FAILED);
        assertThat(run.err()).isEqualTo("error: smoke test of hub physics failed at wait for the server: the server was not "
                + "ready after 1 s (pending: spawn)\n");
    }

    @Test
    void aMissingTokenExitsTwoBeforeAnyCallAndPrintsNoToken() {
        // The token is there, under another name than the one asked for.
        Run run = run(Map.of("HUBFLEET_SMOKE_TOKEN", TOKEN), smoke("--token-env", "HUBFLEET_SMOKE_TOKN"));

        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: the environment variable HUBFLEET_SMOKE_TOKN is empty or not set: it must hold "
                + "the API token of the hub's hubfleet-smoke service (docs/smoke-test.md)\n");
        assertThat(run(Map.of("HUBFLEET_SMOKE_TOKEN", "  "), smoke()).status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(hub.calls()).isEmpty();
    }

    @Test
    void badArgumentsExitTwo() {
        Map<String, String> env = Map.of("HUBFLEET_SMOKE_TOKEN", TOKEN);
        assertThat(run(env, smokeOn("mars")).err()).contains("unknown cloud mars: gcp, aws or azure");
        assertThat(run(env, "smoke", "--hub-name", "physics", "--cloud", "gcp").status()).isEqualTo(HubfleetCli.BAD_INPUT);
        Run plainHttp = run(env, "smoke", "--hub-url", "http://hub.example.org", "--hub-name", "physics", "--cloud", "aws");
        assertThat(plainHttp.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(plainHttp.err()).contains("is plain http: the token is only sent over https");
        assertThat(run(env, smoke("--user", "Smoke Tester")).status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run(env, smoke("--user", SmokeTest.SERVICE)).err()).contains("cannot be named hubfleet-smoke like the service");
        assertThat(run(env, smoke("--timeout-seconds", "0")).status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run(env, "smoke", "--hub-url", "hub.example.org", "--hub-name", "physics", "--cloud", "aws").status())
                .isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(hub.calls()).isEmpty();
    }

    @Test
    void theCloudIsReadInAnyCaseAndTheHelpNamesTheExitStatuses() {
        assertThat(run(Map.of("HUBFLEET_SMOKE_TOKEN", TOKEN), smokeOn("AZURE")).status()).isZero();
        Run help = run(Map.of(), "smoke", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--hub-url").contains("--token-env").contains("HUBFLEET_SMOKE_TOKEN").contains(SmokeTest.DEFAULT_USER)
                .contains("Exit status: 0 passed, 1 failed");
        assertThat(run(Map.of(), "--help").out()).contains("smoke");
    }
}
