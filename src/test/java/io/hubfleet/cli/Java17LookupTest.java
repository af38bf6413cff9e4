package io.hubfleet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tools/java17.bash, which ./hubfleet, .ci/run and bench/run use to find Java 17: a JDK's release file says its
 * version without starting a JVM (every ./hubfleet run paid one {@code java -version} for it); a java without
 * one is asked.
 */
class Java17LookupTest {

    @Test
    void aJdksReleaseFileDecidesWithoutStartingItsJava(@TempDir Path tmp) throws Exception {
        Path started = tmp.resolve("started");
        Path jdk17 = jdk(tmp.resolve("jdk17"), "JAVA_VERSION=\"17.0.15\"", "touch " + started + "; exit 1");
        Path jdk25 = jdk(tmp.resolve("jdk25"), "JAVA_VERSION=\"25.0.3\"", "touch " + started + "; exit 1");
        Path jdk8 = jdk(tmp.resolve("jdk8"), "JAVA_VERSION=\"1.8.0_402\"", "touch " + started + "; exit 1");

        assertThat(isJava17(jdk17)).isTrue();
        assertThat(isJava17(jdk25)).isFalse();
        assertThat(isJava17(jdk8)).isFalse();
        assertThat(started).doesNotExist();
        assertThat(run("JAVA_HOME=" + tmp.resolve("jdk17") + " java17_home")).isEqualTo(tmp.resolve("jdk17").toRealPath() + "\n");
    }

    @Test
    void aJavaWithoutAReleaseFileIsAskedItsVersion(@TempDir Path tmp) throws Exception {
        Path seventeen = jdk(tmp.resolve("a"), null, "echo 'openjdk version \"17.0.9\" 2023-10-17' >&2");
        Path twentyOne = jdk(tmp.resolve("b"), null, "echo 'openjdk version \"21.0.2\" 2024-01-16' >&2");

        assertThat(isJava17(seventeen)).isTrue();
        assertThat(isJava17(twentyOne)).isFalse();
    }

    /** A JDK folder whose bin/java runs {@code body}, with a release file of {@code release} unless it is null. */
    private static Path jdk(Path home, String release, String body) throws Exception {
        Path java = home.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (release != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\n" + release + "\n");
        }
        return java;
    }

    private static boolean isJava17(Path java) throws Exception {
        return run("is_java17 '" + java + "' && echo yes || echo no").equals("yes\n");
    }

    private static String run(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", "source tools/java17.bash && " + command)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
