package io.hubfleet.smoke;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells are Python, run in the user's kernel: here python3 checks that the exact code the smoke test
 * sends compiles, and runs {@code src/test/resources/smoke/test_cells.py} (each cell against local fakes of
 * its cloud's services, SigV4 against AWS's published examples). Without python3 these are skipped, unless
 * HUBFLEET_REQUIRE_PYTHON is set (CI), which makes its absence a failure. It runs beside the rest of the
 * suite: it waits for python3 and uses nothing global here.
 */
@Execution(ExecutionMode.CONCURRENT)
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
                Tools.Result result = Tools.run(null, Map.of(), List.of(python, "-c",
                        "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1], 'exec')",
                        file.toString()));
                assertThat(result.status()).as(file + ": " + result.output()).isZero();
            }
        }
    }

    @Test
    void theCellsPassTheirPythonTests() throws Exception {
        String python = pythonOrSkip();
        Tools.Result result = Tools.run(null, Map.of("HUBFLEET_SMOKE_CELLS", CELLS.toAbsolutePath().toString()),
                List.of(python, TESTS.toString(), "-v"));
        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK").doesNotContain("skipped");
    }

    private static String pythonOrSkip() {
        return Tools.onPathOrSkip("python3", "HUBFLEET_REQUIRE_PYTHON", "the smoke test's cells are not run");
    }
}
