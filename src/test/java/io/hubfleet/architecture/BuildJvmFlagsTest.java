package io.hubfleet.architecture;

import io.hubfleet.testing.Tools;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's own JVMs run with the flags of {@code tools/jvm-flags.bash} that suit short runs, C1 only and the
 * serial collector: Maven's ({@code .mvn/jvm.config}, so javac and the plugins) and the test JVM ({@code pom.xml}'s
 * {@code hubfleet.test.jvm}). docs/performance.md ("The test suite") has what each saves.
 */
class BuildJvmFlagsTest {

    @Test
    void mavensJvmAndTheTestJvmRunWithHubfleetsShortRunFlags() throws Exception {
        Tools.Result product = Tools.run(null, Map.of(), List.of("bash", "-c", "source tools/jvm-flags.bash && hubfleet_jvm_flags"));
        assertThat(product.status()).as(product.output()).isZero();
        List<String> flags = product.output().lines().filter(line -> !line.isBlank()).toList();

        List<String> maven = List.of(Files.readString(Path.of(".mvn", "jvm.config")).trim().split("\\s+"));
        Matcher testJvm = Pattern.compile("<hubfleet\\.test\\.jvm>([^<]*)</hubfleet\\.test\\.jvm>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(testJvm.find()).isTrue();
        List<String> tests = List.of(testJvm.group(1).trim().split("\\s+"));

        for (List<String> build : List.of(maven, tests)) {
            assertThat(build).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
            assertThat(flags).containsAll(build);
        }
    }
}
