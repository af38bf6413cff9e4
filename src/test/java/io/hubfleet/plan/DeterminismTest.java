package io.hubfleet.plan;

import io.hubfleet.testing.PlanAssertions;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans are the same every time: no timestamp, random value or map order reaches an input, so
 * pulumi up never sees a spurious change and a plan diff shows only what the stack file changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeterminismTest {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    /**
     * Fixed past dates that recurring schedules count from (GKE's maintenance window, Azure Backup's
     * daily run); only their time of day comes from the stack file.
     */
    private static final List<String> RECURRENCE_ANCHORS = List.of("2025-01-01T", "2025-01-04T");

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure", "canary-gcp"})
    void planningTwiceGivesTheSameBytes(String stack) {
        // The run's shared plan (made earlier, in whatever state the JVM was then) and one made now.
        assertThat(JsonPlanRenderer.render(Stacks.freshExample(stack))).isEqualTo(JsonPlanRenderer.render(Stacks.example(stack)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure", "canary-gcp"})
    void noInputHoldsATimeThatIsNotTheStackFiles(String stack) throws Exception {
        String file = Files.readString(Stacks.exampleFile(stack));
        for (PlanResource resource : Stacks.example(stack).resources()) {
            for (String text : PlanAssertions.strings(resource.inputs())) {
                var m = TIMESTAMP.matcher(text);
                while (m.find()) {
                    // A time is a fixed anchor, or one the stack file states (an Azure budget's startMonth).
                    String time = m.group();
                    if (RECURRENCE_ANCHORS.stream().noneMatch(time::startsWith)) {
                        assertThat(file).as(resource.name() + " holds the time " + time).contains(time.substring(0, 7));
                    }
                }
            }
        }
    }

    /** The other JVM of the test below, started first so that it plans while this one runs the other tests. */
    private static final List<String> OTHER_STACKS = List.of("demo-aws", "demo-azure", "demo-gcp");
    private static Process other;
    private static Path otherOut;
    private static Path otherLog;

    @BeforeAll
    static void startAnotherProcess(@TempDir Path dir) throws Exception {
        Path stacksDir = Files.createDirectories(dir.resolve("stacks"));
        for (String stack : OTHER_STACKS) {
            Files.copy(Stacks.exampleFile(stack), stacksDir.resolve("Pulumi." + stack + ".yaml"));
        }
        otherOut = dir.resolve("plans.json");
        otherLog = dir.resolve("plan.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(productJvmFlags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "io.hubfleet.cli.HubfleetCli", "plan", "--all", "--stacks-dir", stacksDir.toString(), "--json",
                "-o", otherOut.toString()));
        other = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(otherLog.toFile()).start();
    }

    @AfterAll
    static void stopAnotherProcess() {
        if (other != null) {
            other.destroyForcibly();
        }
    }

    /**
     * Another JVM plans the same bytes: unordered collections (Map.of and Set.of iterate in an order
     * that changes from one JVM to the next) never decide an input's content or order. One other JVM
     * plans the three demo stacks ({@code plan --all}), with the flags ./hubfleet runs with.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void anotherProcessPlansTheSameBytes() throws Exception {
        assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).as(Files.readString(otherLog)).isZero();
        assertThat(Files.readString(otherOut)).isEqualTo(JsonPlanRenderer.renderAll(
                OTHER_STACKS.stream().map(Stacks::example).toList(), io.hubfleet.cost.CostJson::sections));
    }

    /** The JVM flags ./hubfleet runs the program with (tools/jvm-flags.bash). */
    static List<String> productJvmFlags() throws Exception {
        Process process = new ProcessBuilder("bash", "-c", "source tools/jvm-flags.bash && hubfleet_jvm_flags")
                .redirectErrorStream(true).start();
        String flags = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(flags).isZero();
        assertThat(flags).contains("-XX:");
        return flags.lines().filter(line -> !line.isBlank()).toList();
    }
}
