package io.hubfleet.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

    /** What a program printed (stdout and stderr together) and its exit status. */
    public record Result(int status, String output) {
    }

    /**
     * Runs a program to its end (at most 120 s) in {@code dir} (null: here) with these variables added to the
     * environment.
     */
    public static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
