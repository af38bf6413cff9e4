package io.hubfleet.plan;

import io.hubfleet.runtime.CompletionRunner;
import com.pulumi.Context;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Runs a Pulumi program under Pulumi's mock engine, with no cloud and no CLI, and returns its
 * {@link Plan}. Pulumi's runtime is global to the JVM: runs are serialised here and cleaned up after.
 */
public final class PlanEngine {

    private static final Object RUNTIME = new Object();

    private PlanEngine() {
    }

    /**
     * Plans {@code program} as stack {@code stack} of {@code project}, handing it {@code config}
     * exactly as the Pulumi engine would (key to string; secret keys listed).
     */
    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    /** How many programs this process has run under the engine: a refused stack file must not add one. */
    public static int runs() {
        return RUNS.get();
    }

    public static Plan run(String project, String stack, Map<String, String> config, Set<String> secretKeys,
                           Consumer<Context> program) {
        return run(project, stack, config, secretKeys, Map.of(), program);
    }

    /**
     * As {@link #run(String, String, Map, Set, Consumer)}, answering stack references with the given
     * stacks' outputs (by the name the program references them by, or that name's last part).
     */
    public static Plan run(String project, String stack, Map<String, String> config, Set<String> secretKeys,
                           Map<String, com.fasterxml.jackson.databind.node.ObjectNode> stackReferences,
                           Consumer<Context> program) {
        RUNS.incrementAndGet();
        synchronized (RUNTIME) {
            WarningCollector warnings = new WarningCollector();
            Logger logger = Logger.getLogger("io.hubfleet.plan.engine." + stack);
            logger.setUseParentHandlers(false);
            for (Handler old : logger.getHandlers()) {
                logger.removeHandler(old);
            }
            logger.addHandler(warnings);
            logger.setLevel(Level.WARNING);
            PlanMocks mocks = new PlanMocks();
            AtomicReference<RecordingMonitor> monitor = new AtomicReference<>();
            try {
                TestResult result = PulumiTestInternal.builder()
                        .options(TestOptions.builder().projectName(project).stackName(stack).preview(false).build())
                        .config(config, secretKeys)
                        .mocks(mocks)
                        // The SDK's runner waits by polling and formatting every task in flight: see CompletionRunner.
                        .deploymentFactory(state -> {
                            state.runner = new CompletionRunner();
                            return new com.pulumi.deployment.internal.DeploymentImpl(state);
                        })
                        .standardLogger(logger)
                        .monitorDecorator(ignored -> {
                            RecordingMonitor recording = new RecordingMonitor(mocks,
                                    PulumiTestInternal.mockLog(logger), stack, project, stackReferences);
                            monitor.set(recording);
                            return recording;
                        })
                        .build()
                        .runTest(program);
                if (result.exitCode() != 0 || !result.exceptions().isEmpty() || !result.errors().isEmpty()) {
                    // The program's own exceptions say it best; the engine's log repeats them with stack traces.
                    List<String> errors = new ArrayList<>();
                    result.exceptions().forEach(e -> errors.add(describe(e)));
                    if (errors.isEmpty()) {
                        result.errors().forEach(message -> errors.add(withoutStackTrace(message)));
                    }
                    if (errors.isEmpty()) {
                        errors.add("the program exited with code " + result.exitCode());
                    }
                    throw new PlanFailedException(stack, List.copyOf(new LinkedHashSet<>(errors)),
                            result.exceptions().isEmpty() ? null : result.exceptions().get(0));
                }
                return monitor.get().plan(warnings.messages());
            } finally {
                PulumiTest.cleanup();
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String withoutStackTrace(String message) {
        return message.lines().filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t..."))
                .reduce((a, b) -> a + "\n" + b).orElse(message);
    }

    /** Collects what the program logs as warnings, for the plan. */
    private static final class WarningCollector extends Handler {
        private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getMessage() != null) {
                messages.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        List<String> messages() {
            synchronized (messages) {
                return List.copyOf(messages);
            }
        }
    }
}
