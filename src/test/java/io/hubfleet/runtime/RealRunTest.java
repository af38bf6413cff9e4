package io.hubfleet.runtime;

import io.hubfleet.bench.EngineConfig;
import io.hubfleet.plan.StubEngine;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program Pulumi runs ({@code io.hubfleet.Main}, the jar's main class), started as the Pulumi CLI
 * starts it, against a stand-in engine: it runs under {@link CompletionRunner}, not the SDK's polling
 * runner, and the engine hears about failures as it does from the SDK's runner.
 *
 * <p>The class runs beside the rest of the suite (it only waits for the programs it starts and uses nothing
 * global here); its own tests run one after another (the lock), so one program at a time.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("io.hubfleet.runtime.RealRunTest")
class RealRunTest {

    /**
     * One run of demo-gcp checks what every real run must be: restarted by the first JVM with the flags of
     * tools/jvm-flags.bash (TunedJvmTest) and in effect, an unusable archive costing nothing but speed, the
     * completion-based runner, and no SDK debug message sent. (TunedJvmTest checks the description of a JVM
     * without an archive; each run here is two JVMs, so the class keeps to as few as the checks need.)
     */
    @Test
    void theRealEntryPointRunsInAJvmWithHubfleetsFlagsAndWaitsForItsTasksByTheirCompletion(@TempDir Path dir)
            throws Exception {
        // Not a class-data archive at all: the JVM must start without it, silently.
        Path archive = Files.write(dir.resolve("stale.jsa"), new byte[4096]);
        try (StubEngine engine = new StubEngine("hubfleet", "demo-gcp", true)) {
            Run run = run(engine, Path.of("stacks/Pulumi.demo-gcp.yaml"), "demo-gcp", true,
                    "-D" + TunedJvm.ARCHIVE + "=" + archive);

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).doesNotContain("cds", "CDS", "shared archive");
            assertThat(engine.registrations()).extracting(request -> request.getType())
                    .contains("pulumi:pulumi:Stack", "hubfleet:index:Cluster", "hubfleet:index:Hub");
            assertThat(engine.registrations().size()).isGreaterThan(50);
            // Only CompletionRunner says so; the SDK's runner sends nothing at the end of a run.
            assertThat(engine.logs()).anySatisfy(log -> {
                assertThat(log.getSeverity()).isEqualTo(pulumirpc.EngineOuterClass.LogSeverity.DEBUG);
                assertThat(log.getMessage()).matches("hubfleet: waited for \\d+ tasks by their completion");
            });
            // The SDK's own debug messages (one gRPC call each, one after another) stay in the program.
            assertThat(engine.logs()).filteredOn(log -> log.getSeverity() == pulumirpc.EngineOuterClass.LogSeverity.DEBUG)
                    .isNotEmpty().allSatisfy(log -> assertThat(log.getMessage()).startsWith("hubfleet:"));
            // Started by the first JVM with the flags of tools/jvm-flags.bash, and in effect: the first JVM has
            // the JDK's common pool (one thread fewer than the cores), the program 4.
            String flags = String.join(" ", TunedJvm.flags(Runtime.getRuntime().availableProcessors()));
            assertThat(engine.logs()).anySatisfy(log -> {
                assertThat(log.getSeverity()).isEqualTo(pulumirpc.EngineOuterClass.LogSeverity.DEBUG);
                assertThat(log.getMessage()).isEqualTo("hubfleet: started in a JVM with " + flags
                        + " and the class-data archive " + archive + " (common pool parallelism 4)");
            });
        }
    }

    @Test
    void aFailureReachesTheEngineAsFromTheSdksRunner(@TempDir Path dir) throws Exception {
        Path stackFile = Files.writeString(dir.resolve("Pulumi.refused.yaml"), Stacks.GCP_WITH_HUB);
        try (StubEngine engine = new StubEngine("hubfleet", "refused", true).refusing("kubernetes:core/v1:Namespace")) {
            Run run = run(engine, stackFile, "refused", true);

            // 32: the program failed after telling the engine why, so the CLI adds nothing of its own.
            assertThat(run.exitCode()).as(run.output()).isEqualTo(32);
            assertThat(engine.logs()).anySatisfy(log -> {
                assertThat(log.getSeverity()).isEqualTo(pulumirpc.EngineOuterClass.LogSeverity.ERROR);
                assertThat(log.getMessage()).contains("the stub refuses");
            });
        }
    }

    @Test
    void anUpdateChecksTheInvariantsBeforeTheRuntimeStartsAPreviewLeavesThatToTheUpdate(@TempDir Path dir)
            throws Exception {
        Path unsafe = dir.resolve("Pulumi.unsafe.yaml");
        Files.writeString(unsafe, Stacks.GCP_WITH_HUB + "      values: {proxy: {service: {type: LoadBalancer}}}\n");
        try (StubEngine engine = new StubEngine("hubfleet", "unsafe", false)) {
            Run run = run(engine, unsafe, "unsafe", false);

            assertThat(run.exitCode()).as(run.output()).isEqualTo(3);
            assertThat(run.output()).contains("[https-only]");
            assertThat(engine.registrations()).isEmpty();
        }
        try (StubEngine engine = new StubEngine("hubfleet", "unsafe", true)) {
            Run run = run(engine, unsafe, "unsafe", true);

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(engine.registrations()).isNotEmpty();
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(StubEngine engine, Path stackFile, String stack, boolean preview, String... jvmArgs)
            throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        List<String> config = EngineConfig.of(stackFile);
        Path output = Files.createTempFile("real-run", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.hubfleet.Main"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        var env = builder.environment();
        env.put("PULUMI_MONITOR", engine.address());
        env.put("PULUMI_ENGINE", engine.address());
        env.put("PULUMI_PROJECT", "hubfleet");
        env.put("PULUMI_STACK", stack);
        env.put("PULUMI_DRY_RUN", String.valueOf(preview));
        env.put("PULUMI_CONFIG", config.get(0));
        env.put("PULUMI_CONFIG_SECRET_KEYS", config.get(1));
        Process process = builder.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("the program did not finish: " + Files.readString(output));
            }
            return new Run(process.exitValue(), Files.readString(output));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
