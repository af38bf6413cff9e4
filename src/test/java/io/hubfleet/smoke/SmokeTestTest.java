package io.hubfleet.smoke;

import io.hubfleet.config.portable.Cloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The smoke test against a stub hub: the calls it makes and in which order, the cells it sends, and how
 * each failure is reported (hub, step, why) with the server stopped and the user deleted all the same.
 */
class SmokeTestTest {

    private static final String TOKEN = "s3cr3t-smoke-token-0b9e";
    private static final String USER = SmokeTest.DEFAULT_USER;
    private static final String API = "/hub/api/users/" + USER;

    private StubHub hub;

    record Run(SmokeFailure failure, String out, String err) {
    }

    @BeforeEach
    void startHub() throws IOException {
        hub = StubHub.start(TOKEN);
    }

    @AfterEach
    void stopHub() throws IOException {
        hub.close();
    }

    private Run run(Cloud cloud, boolean dask, Duration timeout, String token) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SmokeOptions options = new SmokeOptions(hub.url(), "physics", cloud, dask, USER, timeout, Duration.ofMillis(20));
        SmokeFailure failure = null;
        try {
            new SmokeTest(options, token, new PrintWriter(out), new PrintWriter(err)).run();
        } catch (SmokeFailure e) {
            failure = e;
        }
        // Whatever happens, the token is never printed nor put in a message.
        assertThat(out.toString() + err + (failure == null ? "" : failure.getMessage())).doesNotContain(TOKEN);
        return new Run(failure, out.toString(), err.toString());
    }

    private Run run(Cloud cloud, boolean dask) {
        return run(cloud, dask, Duration.ofSeconds(10), TOKEN);
    }

    private void assertCleanedUp() {
        assertThat(hub.hasServer(USER)).as("the server is stopped").isFalse();
        assertThat(hub.hasUser(USER)).as("the test user is deleted").isFalse();
    }

    @Test
    void aFullRunStartsTheServerRunsTheCellsAndCleansUp() {
        Run run = run(Cloud.AWS, true);

        assertThat(run.failure()).isNull();
        assertThat(hub.callsWithoutRepeats()).containsExactly(
                "GET " + API,
                "POST " + API,
                "POST " + API + "/server",
                "GET " + API,
                "POST /user/" + USER + "/api/kernels",
                "WS /user/" + USER + "/api/kernels/" + StubHub.KERNEL_ID + "/channels",
                "DELETE /user/" + USER + "/api/kernels/" + StubHub.KERNEL_ID,
                "DELETE " + API + "/server",
                "GET " + API,
                "DELETE " + API);
        // The spawn was pending: the hub was polled until the server was ready.
        List<String> calls = hub.calls();
        assertThat(calls.subList(calls.indexOf("POST " + API + "/server"), calls.indexOf("POST /user/" + USER + "/api/kernels")))
                .filteredOn(call -> call.equals("GET " + API)).hasSize(2);
        assertThat(hub.unauthorized()).isZero();
        assertCleanedUp();

        List<String> codes = hub.codes();
        assertThat(codes).hasSize(3);
        assertThat(codes.get(0)).contains(Cell.source("home.py")).endsWith("smoke(timeout_seconds=5)\n");
        assertThat(codes.get(1)).contains(Cell.source("scratch.py")).contains(Cell.source("scratch-aws.py"))
                .doesNotContain(Cell.source("scratch-gcp.py")).doesNotContain(Cell.source("scratch-azure.py"));
        assertThat(codes.get(2)).contains(Cell.source("dask.py"));

        assertThat(run.out()).startsWith("Smoke test of hub physics at " + hub.url() + " as user " + USER + " (aws, with Dask)\n")
                .contains("- wait for the server\n    for up to 10 s\n    ready at " + hub.url() + "user/" + USER + "/ after ")
                .contains("- scratch bucket\n    | stub kernel ran ")
                .endsWith("Smoke test of hub physics passed.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void daskIsOnlyTestedWhenAskedAndEachCloudSendsItsOwnCell() {
        for (Cloud cloud : Cloud.values()) {
            hub.readyAfterPolls(0);
            int before = hub.codes().size();
            assertThat(run(cloud, false).failure()).isNull();
            List<String> codes = hub.codes().subList(before, hub.codes().size());
            assertThat(codes).hasSize(2).noneMatch(code -> code.contains("dask_gateway"));
            assertThat(codes.get(1)).contains(Cell.source("scratch-" + cloud.configName() + ".py"));
        }
    }

    @Test
    void aSpawnThatNeverGetsReadyTimesOutNamingTheHubAndStillCleansUp() {
        hub.readyAfterPolls(-1);

        Run run = run(Cloud.GCP, false, Duration.ofSeconds(1), TOKEN);

        assertThat(run.failure().getMessage())
                .isEqualTo("smoke test of hub physics failed at wait for the server: the server was not ready after 1 s (pending: spawn)");
        assertThat(run.failure().hub()).isEqualTo("physics");
        assertThat(hub.codes()).isEmpty();
        assertThat(hub.calls()).contains("DELETE " + API + "/server", "DELETE " + API);
        assertCleanedUp();
    }

    @Test
    void aFailedSpawnIsReportedAsSuch() {
        hub.spawnFails();

        Run run = run(Cloud.GCP, false);

        assertThat(run.failure().step()).isEqualTo("wait for the server");
        assertThat(run.failure().reason()).contains("the spawn failed");
        assertThat(hub.hasUser(USER)).isFalse();
    }

    @Test
    void aCellErrorNamesTheExceptionAndTheServerIsStillStoppedAndTheUserDeleted() {
        hub.failCellsContaining("SCRATCH_BUCKET", "RuntimeError",
                "PUT https://scratch.s3.eu-west-1.amazonaws.com/hubfleet-smoke-user/x.txt answered 403 Forbidden: AccessDenied");

        Run run = run(Cloud.AWS, true);

        assertThat(run.failure().getMessage()).isEqualTo("smoke test of hub physics failed at scratch bucket: RuntimeError: "
                + "PUT https://scratch.s3.eu-west-1.amazonaws.com/hubfleet-smoke-user/x.txt answered 403 Forbidden: AccessDenied");
        // The traceback is shown, without the terminal's colour codes; the Dask cell never ran.
        assertThat(run.out()).contains("    | RuntimeError: PUT https://scratch.s3").doesNotContain("\u001B");
        assertThat(hub.codes()).hasSize(2);
        List<String> calls = hub.callsWithoutRepeats();
        assertThat(calls.subList(calls.indexOf("WS /user/" + USER + "/api/kernels/" + StubHub.KERNEL_ID + "/channels") + 1, calls.size()))
                .containsExactly("DELETE /user/" + USER + "/api/kernels/" + StubHub.KERNEL_ID, "DELETE " + API + "/server",
                        "GET " + API, "DELETE " + API);
        assertCleanedUp();
    }

    @ParameterizedTest
    @CsvSource({
            "admin:users!user=hubfleet-smoke-user,    find or create the test user, POST /hub/api/users/hubfleet-smoke-user answered 403",
            "servers!user=hubfleet-smoke-user,        start the server,             POST /hub/api/users/hubfleet-smoke-user/server answered 403",
            "access:servers!user=hubfleet-smoke-user, start a kernel,               POST /user/hubfleet-smoke-user/api/kernels answered 403"})
    void aRefusalSaysWhichScopeIsMissing(String missing, String step, String refused) {
        List<String> scopes = new ArrayList<>(SmokeTest.REQUIRED_SCOPES);
        scopes.remove(missing);
        hub.grant(scopes);

        Run run = run(Cloud.GCP, false);

        assertThat(run.failure().step()).isEqualTo(step);
        assertThat(run.failure().getMessage()).startsWith("smoke test of hub physics failed at " + step + ": " + refused)
                .endsWith("the token needs the scope " + missing + " (docs/smoke-test.md)");
        assertThat(hub.hasServer(USER)).isFalse();
    }

    @Test
    void whenCleaningUpFailsTooTheFirstFailureWinsAndTheOthersAreWarnings() {
        hub.grant(List.of(Scopes.adminUsers(USER), Scopes.accessServers(USER)));

        Run run = run(Cloud.GCP, false);

        assertThat(run.failure().step()).isEqualTo("start the server");
        assertThat(run.err()).contains("warning: while cleaning up: smoke test of hub physics failed at stop the server: "
                + "DELETE /hub/api/users/hubfleet-smoke-user/server answered 403");
        // Deleting the user needs no server scope: it still happens.
        assertThat(hub.hasUser(USER)).isFalse();
    }

    @Test
    void scopesFilteredToAnotherUserAreNamedAsSuch() {
        hub.grant(SmokeTest.requiredScopes("someone-else"));

        Run run = run(Cloud.AZURE, false);

        assertThat(run.failure().getMessage()).isEqualTo("smoke test of hub physics failed at find or create the test user: "
                + "GET /hub/api/users/hubfleet-smoke-user answered 404 (No access to resources or resources not found): the token's "
                + "scopes do not cover user hubfleet-smoke-user; it needs servers!user=hubfleet-smoke-user (docs/smoke-test.md)");
    }

    @Test
    void aTokenTheHubDoesNotKnowIsNamedAsSuch() {
        Run run = run(Cloud.GCP, false, Duration.ofSeconds(5), "not-the-service-token");

        assertThat(run.failure().reason()).contains("403 (Missing or invalid credentials.): the hub does not know the token");
        assertThat(run.out() + run.err() + run.failure().getMessage()).doesNotContain("not-the-service-token");
    }

    @Test
    void whatAHubEchoesOfTheTokenIsRedacted() {
        hub.echoTokenInRefusals().grant(List.of(Scopes.servers(USER), Scopes.accessServers(USER)));

        Run run = run(Cloud.GCP, false);

        assertThat(run.failure().getMessage()).contains("(you sent token " + SmokeLog.REDACTED + ")");
    }

    @Test
    void aServerLeftByAnEarlierRunIsStoppedFirst() {
        hub.withUser(USER, true);

        Run run = run(Cloud.GCP, false);

        assertThat(run.failure()).isNull();
        assertThat(hub.callsWithoutRepeats().subList(0, 4))
                .containsExactly("GET " + API, "DELETE " + API + "/server", "GET " + API, "POST " + API + "/server");
        assertThat(run.out()).contains("still has a server (from an earlier run?): stopping it first");
        assertCleanedUp();
    }

    @Test
    void aRefusedKernelWebSocketNamesTheAccessScope() {
        hub.refuseChannels();

        Run run = run(Cloud.GCP, false);

        assertThat(run.failure().getMessage()).startsWith("smoke test of hub physics failed at start a kernel: GET /user/"
                + USER + "/api/kernels/" + StubHub.KERNEL_ID + "/channels answered 403")
                .endsWith("the token needs the scope access:servers!user=hubfleet-smoke-user (docs/smoke-test.md)");
        assertCleanedUp();
    }

    @Test
    void theTestUserIsNotNamedLikeTheServiceWhichJupyterHubWouldNotLetItDelete() throws Exception {
        assertThat(SmokeTest.DEFAULT_USER).isNotEqualTo(SmokeTest.SERVICE);
        // What would happen: the stub, like JupyterHub, refuses to delete a user named as the token's owner.
        hub.withUser(SmokeTest.SERVICE, false).grant(List.of(Scopes.adminUsers(SmokeTest.SERVICE)));
        StubHub.Answer answer = hub.deleteUserWithToken(SmokeTest.SERVICE);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Cannot delete yourself!");
        assertThatThrownBy(() -> new SmokeOptions(hub.url(), "physics", Cloud.GCP, false,
                        SmokeTest.SERVICE, Duration.ofSeconds(1), Duration.ofMillis(1)))
                .hasMessageContaining("cannot be named hubfleet-smoke like the service");
    }

    @Test
    void theRequiredScopesAreTheThreeFilteredToTheTestUserAndDocumented() throws IOException {
        assertThat(SmokeTest.REQUIRED_SCOPES).containsExactly(
                "admin:users!user=hubfleet-smoke-user", "servers!user=hubfleet-smoke-user", "access:servers!user=hubfleet-smoke-user");
        String doc = Files.readString(Path.of("docs", "smoke-test.md"));
        assertThat(SmokeTest.REQUIRED_SCOPES).allSatisfy(scope -> assertThat(doc).contains("`" + scope + "`"));
    }
}
