package io.hubfleet.runtime;

import com.pulumi.deployment.internal.Runner;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionRunnerTest {

    @Test
    void waitsForTasksStartedWhileItWaitsAndReportsTheProgramsValue() throws Exception {
        var runner = new CompletionRunner();
        var first = new CompletableFuture<String>();
        var late = new CompletableFuture<String>();
        CompletableFuture<Runner.Result<String>> run = runner.runAsync(() -> {
            runner.registerTask("first", first);
            // As Output.apply does: the applied value is a task, and what its function starts (here
            // another task, as a resource made inside apply) is registered before that task completes.
            runner.registerTask("applied", first.thenApply(value -> {
                runner.registerTask("late", late);
                return value;
            }));
            return "done";
        });
        Thread.sleep(50);
        assertThat(run).isNotDone();
        first.complete("ok");
        Thread.sleep(50);
        assertThat(run).as("the task started meanwhile is still in flight").isNotDone();
        late.complete("ok");

        Runner.Result<String> result = run.get(10, TimeUnit.SECONDS);
        assertThat(result.exitCode()).isZero();
        assertThat(result.exceptions()).isEmpty();
        assertThat(result.result()).contains("done");
    }

    @Test
    void reportsFailuresInTheOrderTheTasksStartedNotTheOrderTheyFailed() throws Exception {
        var runner = new CompletionRunner();
        var tasks = new java.util.ArrayList<CompletableFuture<String>>();
        CompletableFuture<Runner.Result<Object>> run = runner.runAsync(() -> {
            for (int i = 0; i < 3; i++) {
                var task = new CompletableFuture<String>();
                tasks.add(task);
                runner.registerTask("task " + i, task);
            }
            return null;
        });
        while (tasks.size() < 3) {
            Thread.sleep(5);
        }
        tasks.get(2).completeExceptionally(new IllegalStateException("third"));
        tasks.get(1).complete("fine");
        tasks.get(0).completeExceptionally(new IllegalArgumentException("first"));

        Runner.Result<Object> result = run.get(10, TimeUnit.SECONDS);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.exceptions()).extracting(Throwable::getMessage).containsExactly("first", "third");
        assertThat(result.result()).isEmpty();
    }
}
