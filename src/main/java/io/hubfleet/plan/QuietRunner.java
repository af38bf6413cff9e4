package io.hubfleet.plan;

import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.deployment.internal.Runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
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

    /** Every task started, in order; a plan has a few thousand at most. */
    private final Queue<CompletableFuture<?>> tasks = new ConcurrentLinkedQueue<>();

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        tasks.add(task);
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> program) {
        CompletableFuture<T> run = ContextAwareCompletableFuture.supplyAsync(program);
        registerTask("program", run);
        return run.handle((value, error) -> value)
                .thenCompose(value -> drained().thenApply(ignored -> result(value)));
    }

    /** Completes once no task is in flight, tasks started meanwhile included. */
    private CompletableFuture<Void> drained() {
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (CompletableFuture<?> task : tasks) {
            if (!task.isDone()) {
                pending.add(task);
            }
        }
        if (pending.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // Async: a chain of already-completed waits must not grow the stack.
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .handle((ignored, error) -> null)
                .thenComposeAsync(ignored -> drained());
    }

    private <T> Result<T> result(T value) {
        List<Exception> errors = new ArrayList<>();
        for (CompletableFuture<?> task : tasks) {
            if (task.isCompletedExceptionally()) {
                try {
                    task.join();
                } catch (RuntimeException e) {
                    errors.add(unwrap(e));
                }
            }
        }
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
