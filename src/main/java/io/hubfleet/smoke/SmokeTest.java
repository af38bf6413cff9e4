package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The smoke test of one hub after a deploy (docs/smoke-test.md). With a token that may do no more than
 * this to one test user ({@link #REQUIRED_SCOPES}), it creates the user if absent, starts its default
 * server and waits until it is ready (a node may have to be added first), starts a kernel through the
 * hub's proxy and runs the cells ({@link Cell}): the home directory, the scratch bucket and, when asked,
 * Dask Gateway. Then it stops the kernel and the server and deletes the user. Those last steps run
 * whatever happened before, so nothing lingers; the first failure is the one reported.
 */
public final class SmokeTest {

    /** The JupyterHub service whose API token the smoke test uses; its role holds {@link #REQUIRED_SCOPES}. */
    public static final String SERVICE = "hubfleet-smoke";
    /**
     * The test user. Not the service's name: JupyterHub refuses to delete a user named as the token's owner
     * ("Cannot delete yourself!", apihandlers/users.py), and for a service token the owner is the service.
     */
    public static final String DEFAULT_USER = "hubfleet-smoke-user";
    /** The scopes the hubfleet-smoke service's role needs for the default test user, and no more. */
    public static final List<String> REQUIRED_SCOPES = requiredScopes(DEFAULT_USER);

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    private final SmokeOptions options;
    private final SmokeLog log;
    private final TokenClient client;
    private final HubApi hub;

    private boolean userPresent;
    private boolean serverStarted;
    private JupyterServer server;
    private String kernelId;
    private KernelChannel channel;

    public SmokeTest(SmokeOptions options, String token, PrintWriter out, PrintWriter err) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        this.options = options;
        this.log = new SmokeLog(out, err, token);
        this.client = new TokenClient(token, options.timeout());
        this.hub = new HubApi(client, options.hubUrl(), options.user());
    }

    /** The scopes needed to smoke-test with this test user. */
    public static List<String> requiredScopes(String user) {
        return Scopes.required(user);
    }

    /** Runs every step; throws the first failure, after the clean-up. */
    public void run() throws SmokeFailure {
        log.line("Smoke test of hub " + options.hubName() + " at " + options.hubUrl() + " as user " + options.user() + " ("
                + options.cloud().configName() + (options.dask() ? ", with Dask" : "") + ")");
        SmokeFailure first = null;
        try {
            step("find or create the test user", this::ensureUser);
            step("start the server", this::startServer);
            step("wait for the server", this::awaitReady);
            step("start a kernel", this::startKernel);
            for (Cell cell : Cell.forRun(options.cloud(), options.dask())) {
                step(cell.step(), () -> runCell(cell));
            }
        } catch (SmokeFailure failure) {
            first = failure;
        }
        // Stopping the server stops its kernels too: a kernel that cannot be deleted is only a warning.
        if (kernelId != null) {
            try {
                step("stop the kernel", this::stopKernel);
            } catch (SmokeFailure failure) {
                log.warning(failure.getMessage());
            }
        }
        // A spawn that failed or timed out may still be going on: the server is stopped whatever came before.
        if (serverStarted) {
            first = cleanUp(first, "stop the server", this::stopServer);
        }
        if (userPresent) {
            first = cleanUp(first, "delete the test user", this::deleteUser);
        }
        if (first != null) {
            throw first;
        }
        log.line("Smoke test of hub " + options.hubName() + " passed.");
    }

    private SmokeFailure cleanUp(SmokeFailure first, String name, Step step) {
        try {
            step(name, step);
            return first;
        } catch (SmokeFailure failure) {
            if (first == null) {
                return failure;
            }
            log.warning("while cleaning up: " + failure.getMessage());
            return first;
        }
    }

    private void ensureUser() throws Exception {
        Optional<JsonNode> model = hub.user();
        userPresent = model.isPresent();
        if (model.isEmpty()) {
            hub.createUser();
            userPresent = true;
            log.detail("created user " + options.user());
            return;
        }
        if (DefaultServer.of(model.get(), options.user()).isPresent()) {
            log.detail("user " + options.user() + " still has a server (from an earlier run?): stopping it first");
            stopServer();
        } else {
            log.detail("user " + options.user() + " exists");
        }
    }

    private void startServer() throws Exception {
        // Marked before the call: a spawn the hub began goes on even when its answer is lost.
        serverStarted = true;
        int status = hub.startServer();
        log.detail(status == 201 ? "started" : "starting (a node may have to be added first)");
    }

    private void awaitReady() throws Exception {
        long start = System.nanoTime();
        long deadline = start + options.timeout().toNanos();
        long nextProgress = start + PROGRESS_EVERY.toNanos();
        log.detail("for up to " + options.timeout().toSeconds() + " s");
        while (true) {
            JsonNode model = hub.user().orElseThrow(() -> new StepFailure("user " + options.user() + " is gone"));
            Optional<DefaultServer> state = DefaultServer.of(model, options.user());
            if (state.isEmpty()) {
                throw new StepFailure("the server stopped before it was ready: the spawn failed (the hub's log says why)");
            }
            if (state.get().ready()) {
                server = new JupyterServer(client, options.hubUrl().resolve(state.get().url()), options.user());
                log.detail("ready at " + server.url() + " after " + seconds(System.nanoTime() - start) + " s");
                return;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new StepFailure("the server was not ready after " + options.timeout().toSeconds() + " s (pending: "
                        + state.get().pending() + ")");
            }
            if (now >= nextProgress) {
                log.detail("pending " + state.get().pending() + " after " + seconds(now - start) + " s");
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            sleepUntilNextPoll(deadline);
        }
    }

    private void startKernel() throws Exception {
        kernelId = server.startKernel();
        channel = KernelChannel.open(server, kernelId, client.token(), options.timeout(), options.user());
        log.detail("kernel " + kernelId);
    }

    private void runCell(Cell cell) throws Exception {
        Execution execution = channel.execute(cell.code(options.timeout()), options.timeout(), log::output);
        if (!execution.ok()) {
            throw new StepFailure(execution.error());
        }
    }

    private void stopKernel() throws Exception {
        if (channel != null) {
            channel.close();
        }
        server.deleteKernel(kernelId);
        log.detail("deleted kernel " + kernelId);
    }

    private void stopServer() throws Exception {
        long start = System.nanoTime();
        long deadline = start + options.timeout().toNanos();
        if (hub.stopServer() == 202) {
            while (running()) {
                if (System.nanoTime() >= deadline) {
                    throw new StepFailure("the server had not stopped after " + options.timeout().toSeconds() + " s");
                }
                sleepUntilNextPoll(deadline);
            }
        }
        serverStarted = false;
        log.detail("stopped after " + seconds(System.nanoTime() - start) + " s");
    }

    private void deleteUser() throws Exception {
        hub.deleteUser();
        userPresent = false;
        log.detail("deleted user " + options.user());
    }

    /** Whether the hub still lists the default server (starting, running or stopping). */
    private boolean running() throws Exception {
        Optional<JsonNode> model = hub.user();
        return model.isPresent() && DefaultServer.of(model.get(), options.user()).isPresent();
    }

    private void sleepUntilNextPoll(long deadline) throws InterruptedException {
        long left = Math.max(0, deadline - System.nanoTime());
        Thread.sleep(Math.max(1, Math.min(options.pollInterval().toMillis(), left / 1_000_000 + 1)));
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }

    /** A step's work; whatever it throws fails the step, naming the hub. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step step) throws SmokeFailure {
        log.step(name);
        try {
            step.run();
        } catch (StepFailure e) {
            throw failure(name, e.getMessage());
        } catch (IOException e) {
            throw failure(name, e.getMessage() == null ? TokenClient.describe(e) : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(name, "interrupted");
        } catch (Exception e) {
            throw failure(name, "unexpected " + TokenClient.describe(e));
        }
    }

    private SmokeFailure failure(String step, String reason) {
        return new SmokeFailure(options.hubName(), step, log.redact(reason));
    }
}
