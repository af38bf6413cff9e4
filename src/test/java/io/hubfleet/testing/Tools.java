package io.hubfleet.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Programs some tests run (node, promtool): found on the PATH, or the test is skipped, unless CI requires them. */
public final class Tools {

    private Tools() {
    }

    /**
     * The program's path. Without it the test is skipped, or fails when {@code requiredBy} is set in
     * the environment (.ci/run sets it where it installs the program).
     */
    public static String onPathOrSkip(String program, String requiredBy, String whatIsSkipped) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program).toString();
            }
        }
        assertThat(System.getenv(requiredBy)).as(program + " is required here (" + requiredBy + ") but not on PATH").isNull();
        Assumptions.abort(program + " is not installed: " + whatIsSkipped);
        return null;
    }
}
