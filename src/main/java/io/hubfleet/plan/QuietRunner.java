package io.hubfleet.plan;

import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.deployment.internal.Runner;

import java.util.List;
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
 * The offline engine's task runner: runs the program, then waits for every task it started (resource
 * registrations, outputs) by their completion, and reports what failed.
 *
 * <p>Why not the SDK's own runner: it waits by polling, and each poll formats the whole map of tasks
 * in flight into a log message, whether or not anything logs it. Planning a stack of a hundred hubs
 * spent most of its time there, growing with the square of the resources; this one does the same
 * work in time proportional to them.
 */
final class QuietRunner implements Runner {

    /** Tasks not yet complete (each as its recording, below): what the end of a run waits for. */
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    /** Failed tasks' errors by the order the tasks were started in, so reports do not depend on timing. */
    private final Map<Long, Throwable> failures = new ConcurrentSkipListMap<>();
    private final AtomicLong started = new AtomicLong();

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
                .thenCompose(value -> drained().thenApply(ignored -> result(value)));
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

    private <T> Result<T> result(T value) {
        List<Exception> errors = failures.values().stream().map(QuietRunner::unwrap).toList();
        return errors.isEmpty()
                ? new PlanRunResult<>(ProcessExitedSuccessfully, List.of(), Optional.ofNullable(value))
                : new PlanRunResult<>(ProcessExitedBeforeLoggingUserActionableMessage, errors, Optional.empty());
    }

    private static Exception unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception exception ? exception : new RuntimeException(cause);
    }

    /** The runner's result (the SDK's constructor is protected). */
    static final class PlanRunResult<T> extends Result<T> {
        PlanRunResult(int exitCode, List<Exception> exceptions, Optional<T> result) {
            super(exitCode, exceptions, result);
        }
    }
}
