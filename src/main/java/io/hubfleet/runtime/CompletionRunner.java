package io.hubfleet.runtime;

import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.core.internal.Exceptions;
import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.deployment.internal.Runner;
import com.pulumi.exceptions.LogException;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.exceptions.RunException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * hubfleet's task runner, for the offline plan and for real runs ({@link EngineRun}): runs the program,
 * then waits for every task it started (resource registrations, outputs, log messages) by their
 * completion, and reports what failed.
 *
 * <p>Why not the SDK's own runner: it waits by polling, and each poll formats the whole map of tasks
 * in flight into a log message, whether or not anything logs it. Planning a stack of a hundred hubs
 * spent most of its time there, growing with the square of the resources; this one does the same
 * work in time proportional to them.
 *
 * <p>With an engine logger (a real run), the first failure is reported to the engine as the SDK's
 * runner reports it, so {@code pulumi up} shows the same messages and exit codes.
 */
public final class CompletionRunner implements Runner {

    /** Tasks not yet complete (each as its recording, below): what the end of a run waits for. */
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    /** Failed tasks' errors by the order the tasks were started in, so reports do not depend on timing. */
    private final Map<Long, Throwable> failures = new ConcurrentSkipListMap<>();
    private final AtomicLong started = new AtomicLong();
    private final Optional<EngineLogger> engine;

    /** For the offline engine: failures come back in the result only. */
    public CompletionRunner() {
        this.engine = Optional.empty();
    }

    /** For a real run: failures are also logged to the engine, as the SDK's runner does. */
    public CompletionRunner(EngineLogger engine) {
        this.engine = Optional.of(engine);
    }

    /** How many tasks this runner has waited for. */
    public long tasks() {
        return started.get();
    }

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        long order = started.getAndIncrement();
        // Wait for the recording, not the task, so a failure is on record before the run can end.
        CompletableFuture<?> recorded = task.whenComplete((value, error) -> {
            if (error != null) {
                failures.put(order, error);
            }
        });
        inFlight.add(recorded);
        recorded.whenComplete((value, error) -> inFlight.remove(recorded));
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> program) {
        CompletableFuture<T> run = ContextAwareCompletableFuture.supplyAsync(program);
        registerTask("program", run);
        return run.handle((value, error) -> value)
                .thenCompose(value -> drained().thenCompose(ignored -> result(value)));
    }

    /**
     * Completes once no task is in flight, tasks started meanwhile included. Each round looks only at
     * the tasks still in flight, so waiting costs time in proportion to the tasks, not their square.
     * As with the SDK's runner, a task started by another task's work is registered before that task
     * completes (Output.apply registers its result as a task), so no round can miss it.
     */
    private CompletableFuture<Void> drained() {
        CompletableFuture<?>[] pending = inFlight.stream()
                .filter(task -> !task.isDone())
                .toArray(CompletableFuture[]::new);
        if (pending.length == 0) {
            return CompletableFuture.completedFuture(null);
        }
        // Async: a chain of already-completed waits must not grow the stack.
        return CompletableFuture.allOf(pending)
                .handle((ignored, error) -> null)
                .thenComposeAsync(ignored -> drained());
    }

    private <T> CompletableFuture<Result<T>> result(T value) {
        List<Exception> errors = distinct(failures.values().stream().map(CompletionRunner::unwrap).toList());
        if (engine.isEmpty()) {
            return CompletableFuture.completedFuture(errors.isEmpty()
                    ? new RunResult<>(ProcessExitedSuccessfully, List.of(), Optional.ofNullable(value))
                    : new RunResult<>(ProcessExitedBeforeLoggingUserActionableMessage, errors, Optional.empty()));
        }
        EngineLogger logger = engine.get();
        if (errors.isEmpty()) {
            // As the SDK's runner: an error the program logged itself fails the run too.
            int code = logger.hasLoggedErrors() ? ProcessExitedBeforeLoggingUserActionableMessage : ProcessExitedSuccessfully;
            return logger.debugAsync("hubfleet: waited for " + tasks() + " tasks by their completion")
                    .handle((ignored, error) -> new RunResult<>(code, List.of(), Optional.ofNullable(value)));
        }
        // The first failure only, as the SDK's runner: the later ones mostly follow from it.
        return report(logger, errors.get(0)).thenApply(code -> new RunResult<>(code, errors, Optional.ofNullable(value)));
    }

    /** Tells the engine about a failure, in the SDK runner's words; the exit code that follows from it. */
    private static CompletableFuture<Integer> report(EngineLogger logger, Exception error) {
        CompletableFuture<Void> logged;
        if (error instanceof LogException) {
            // Logging itself failed: nothing more can be told to the engine.
            System.err.printf(Locale.ROOT, "Error occurred trying to send logging message to engine: %s%n", error.getMessage());
            return CompletableFuture.completedFuture(ProcessExitedBeforeLoggingUserActionableMessage);
        } else if (error instanceof RunException) {
            logged = logger.errorAsync(error.getMessage());
        } else if (error instanceof ResourceException resourceError) {
            logged = logger.errorAsync(resourceError.isHideStack() ? resourceError.getMessage()
                    : Exceptions.getStackTrace(resourceError), resourceError.getResource().orElse(null));
        } else {
            ProcessHandle self = ProcessHandle.current();
            logged = logger.errorAsync(String.format(Locale.ROOT,
                    "Running program [PID: %d](%s) failed with an unhandled exception:%n%s",
                    self.pid(), self.info().commandLine().orElse("unknown"), Exceptions.getStackTrace(error)));
        }
        return logged.handle((ignored, failed) -> failed == null
                ? ProcessExitedAfterLoggingUserActionableMessage : ProcessExitedBeforeLoggingUserActionableMessage);
    }

    /** One report per failure: a failed registration fails the tasks that wait on it with the same error. */
    private static List<Exception> distinct(List<Exception> errors) {
        Set<Exception> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Exception> unique = new ArrayList<>();
        for (Exception error : errors) {
            if (seen.add(error)) {
                unique.add(error);
            }
        }
        return unique;
    }

    private static Exception unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception exception ? exception : new RunException("unexpected throwable", cause);
    }

    /** The runner's result (the SDK's constructor is protected). */
    static final class RunResult<T> extends Result<T> {
        RunResult(int exitCode, List<Exception> exceptions, Optional<T> result) {
            super(exitCode, exceptions, result);
        }
    }
}
