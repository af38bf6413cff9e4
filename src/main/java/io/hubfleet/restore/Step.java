package io.hubfleet.restore;

import java.util.List;

/**
 * One numbered step of a restore.
 *
 * @param kind     what it does (and whether {@code --run} does it)
 * @param title    one line saying what and why
 * @param commands what to run, in order
 * @param notes    what to look at before going on
 */
public record Step(StepKind kind, String title, List<ShellCommand> commands, List<String> notes) {

    public Step {
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }

    public static Step of(StepKind kind, String title, ShellCommand... commands) {
        return new Step(kind, title, List.of(commands), List.of());
    }

    public Step noting(String... more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(List.of(more));
        return new Step(kind, title, commands, all);
    }
}
