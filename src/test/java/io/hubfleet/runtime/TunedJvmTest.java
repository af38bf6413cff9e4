package io.hubfleet.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program Pulumi runs restarts itself with the flags {@code ./hubfleet} uses: one list of flags,
 * in {@code tools/jvm-flags.bash} for the scripts and in {@link TunedJvm} for the program, which must agree.
 */
class TunedJvmTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8})
    void theProgramsFlagsAreTheScriptsFlags(int cores) throws Exception {
        assertThat(TunedJvm.flags(cores)).isEqualTo(scriptFlags(cores));
    }

    @Test
    void theTunedJvmDescribesItsFlagsAndArchiveAndOnlyItDescribesItself() {
        String flags = String.join(" ", TunedJvm.flags(Runtime.getRuntime().availableProcessors()));
        int parallelism = ForkJoinPool.getCommonPoolParallelism();

        assertThat(TunedJvm.description(null)).isEmpty();
        assertThat(TunedJvm.description("none")).contains("hubfleet: started in a JVM with " + flags
                + " and no class-data archive (common pool parallelism " + parallelism + ")");
        assertThat(TunedJvm.description("/opt/hubfleet/hubfleet.jsa")).contains("hubfleet: started in a JVM with "
                + flags + " and the class-data archive /opt/hubfleet/hubfleet.jsa (common pool parallelism "
                + parallelism + ")");
    }

    /** tools/jvm-flags.bash's flags on a machine of {@code cores} processors (nproc answering for it). */
    private static List<String> scriptFlags(int cores) throws Exception {
        Process process = new ProcessBuilder("bash", "-c",
                "nproc() { echo " + cores + "; }; source tools/jvm-flags.bash && hubfleet_jvm_flags")
                .redirectErrorStream(true).start();
        String flags = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(flags).isZero();
        return flags.lines().filter(line -> !line.isBlank()).toList();
    }
}
