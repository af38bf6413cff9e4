package io.hubfleet.restore;

import io.hubfleet.testing.FakeCommandRunner;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** --run runs checks and preparations in order, with the values found, and never the operator's steps. */
class StepRunnerTest {

    private final StringWriter printed = new StringWriter();

    private StepRunner runner(FakeCommandRunner fake) {
        return new StepRunner(fake, new PrintWriter(printed, true));
    }

    private static final List<Step> STEPS = List.of(
            Step.of(StepKind.CHECK, "find", ShellCommand.of("find", "thing").capturing("THING")),
            Step.of(StepKind.PREPARE, "make", ShellCommand.of("make", "copy-of-${THING}").capturing("COPY")
                    .unlessFound(ShellCommand.of("look", "copy-of-${THING}"))),
            Step.of(StepKind.PREPARE, "apply", ShellCommand.of("apply").withStdin("uses: ${COPY}\n")),
            Step.of(StepKind.CHECK, "check", ShellCommand.of("check", "${COPY}").expecting("ready")),
            Step.of(StepKind.COPY, "copy", ShellCommand.of("copy", "${COPY}")),
            Step.of(StepKind.CLEANUP, "clean", ShellCommand.of("delete", "${COPY}")));

    @Test
    void runsChecksAndPreparationsWithTheValuesFoundAndStopsBeforeTheCopy() {
        FakeCommandRunner fake = new FakeCommandRunner().answer("find thing", "t1\n").answer("make", "c1\n")
                .answer("check c1", "it is ready\n");

        StepRunner.Outcome outcome = runner(fake).run(STEPS);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.nextStep()).isEqualTo(4);
        assertThat(outcome.values()).containsEntry("THING", "t1").containsEntry("COPY", "c1");
        assertThat(fake.lines()).containsExactly("find thing", "look copy-of-t1", "make copy-of-t1", "apply", "check c1");
        assertThat(fake.calls().get(3).stdin()).isEqualTo("uses: c1\n");
        assertThat(fake.lines()).noneMatch(line -> line.startsWith("copy") || line.startsWith("delete"));
    }

    @Test
    void whatALookupFindsIsNotMadeAgain() {
        FakeCommandRunner fake = new FakeCommandRunner().answer("find", "t1").answer("look", "c0\n")
                .answer("check", "ready");

        StepRunner.Outcome outcome = runner(fake).run(STEPS);

        assertThat(fake.lines()).doesNotContain("make copy-of-t1");
        assertThat(outcome.values()).containsEntry("COPY", "c0");
    }

    @Test
    void anUnexpectedAnswerStopsTheRunThere() {
        FakeCommandRunner fake = new FakeCommandRunner().answer("find", "t1").answer("make", "c1")
                .answer("check", "RUNNING");

        StepRunner.Outcome outcome = runner(fake).run(STEPS);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.nextStep()).isEqualTo(3);
        assertThat(printed.toString()).contains("expected the output to contain ready");
    }

    @Test
    void aFailingCommandOrAnEmptyLookupStopsTheRun() {
        FakeCommandRunner failing = new FakeCommandRunner().fail("find", 1, "denied");
        assertThat(runner(failing).run(STEPS).succeeded()).isFalse();
        assertThat(failing.lines()).containsExactly("find thing");
        assertThat(printed.toString()).contains("error: find exited 1: denied");

        // AWS's text output says None when a query finds nothing.
        FakeCommandRunner none = new FakeCommandRunner().answer("find", "None\n");
        assertThat(runner(none).run(STEPS).succeeded()).isFalse();
        assertThat(none.lines()).containsExactly("find thing");
    }

    @Test
    void aListingRunsEveryCommandInOrder() {
        FakeCommandRunner fake = new FakeCommandRunner().answer("lookup", "sub-1");
        List<ShellCommand> listing = List.of(ShellCommand.of("lookup").capturing("SUB"),
                ShellCommand.of("list", "--subscription", "${SUB}"));

        assertThat(runner(fake).list(listing).succeeded()).isTrue();
        assertThat(fake.lines()).containsExactly("lookup", "list --subscription sub-1");
    }
}
