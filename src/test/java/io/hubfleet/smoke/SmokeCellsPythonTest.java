package io.hubfleet.smoke;

import org.junit.jupiter.api.Test;

import io.hubfleet.config.portable.Cloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells are Python, run in the user's kernel: here python3 checks that the exact code the smoke test
 * sends compiles, and runs {@code src/test/resources/smoke/test_cells.py} (each cell against local fakes of
 * its cloud's services, SigV4 against AWS's published examples). Without python3 these are skipped, unless
 * HUBFLEET_REQUIRE_PYTHON is set (CI), which makes its absence a failure.
 */
class SmokeCellsPythonTest {

    private static final Path CELLS = Path.of("src/main/resources/smoke");
    private static final Path TESTS = Path.of("src/test/resources/smoke/test_cells.py");

    @Test
    void theCodeSentForEveryCloudWithAndWithoutDaskCompiles() throws Exception {
        String python = pythonOrSkip();
        Path dir = Files.createTempDirectory("smoke-cells");
        for (Cloud cloud : Cloud.values()) {
            for (Cell cell : Cell.forRun(cloud, true)) {
                Path file = dir.resolve(cloud.configName() + "-" + cell.step().replace(' ', '-') + ".py");
                Files.writeString(file, cell.code(Duration.ofSeconds(600)), StandardCharsets.UTF_8);
                // compile() only: the cells' top level defines functions and calls smoke(), which must not run here.
                Result result = run(List.of(python, "-c",
                        "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1], 'exec')",
                        file.toString()), Optional.empty());
                assertThat(result.status()).as(file + ": " + result.output()).isZero();
            }
        }
    }

    @Test
    void theCellsPassTheirPythonTests() throws Exception {
        String python = pythonOrSkip();
        Result result = run(List.of(python, TESTS.toString(), "-v"), Optional.of(CELLS.toAbsolutePath().toString()));
        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK").doesNotContain("skipped");
    }

    private record Result(int status, String output) {
    }

    private static Result run(List<String> command, Optional<String> cells) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        cells.ifPresent(dir -> builder.environment().put("HUBFLEET_SMOKE_CELLS", dir));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static String pythonOrSkip() {
        return io.hubfleet.testing.Tools.onPathOrSkip("python3", "HUBFLEET_REQUIRE_PYTHON", "the smoke test's cells are not run");
    }
}
