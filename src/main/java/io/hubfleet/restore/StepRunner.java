package io.hubfleet.restore;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs what {@code --run} may run: listings, and a restore's checks and preparations in order, stopping
 * at the first step that is the operator's (copying into the live home, cleaning up). Each command is
 * printed as the shell would read it, with the values found so far, then run without a shell.
 */
public final class StepRunner {

    /**
     * How far a run got.
     *
     * @param succeeded whether every command it ran succeeded and said what was expected
     * @param nextStep  the index of the first step not run (the steps' size when all ran)
     * @param values    the values found, by variable name
     */
    public record Outcome(boolean succeeded, int nextStep, Map<String, String> values) {
    }

    private final CommandRunner runner;
    private final PrintWriter out;

    public StepRunner(CommandRunner runner, PrintWriter out) {
        this.runner = runner;
        this.out = out;
    }

    /** Runs every command of a listing, printing each one's output. */
    public Outcome list(List<ShellCommand> commands) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ShellCommand command : commands) {
            if (!execute(command, values)) {
                return new Outcome(false, 0, values);
            }
        }
        return new Outcome(true, 0, values);
    }

    /** Runs the steps {@code --run} may run, from the first, until one that is the operator's. */
    public Outcome run(List<Step> steps) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!step.kind().runs()) {
                return new Outcome(true, i, values);
            }
            out.println();
            out.println((i + 1) + ". [" + step.kind().label() + "] " + step.title());
            for (ShellCommand command : step.commands()) {
                if (!execute(command, values)) {
                    return new Outcome(false, i, values);
                }
            }
        }
        return new Outcome(true, steps.size(), values);
    }

    private boolean execute(ShellCommand command, Map<String, String> values) {
        String output;
        if (command.existing() != null) {
            out.println("$ " + shown(command.existing(), values));
            CommandRunner.Result found = call(command.existing(), values);
            String value = found.stdout().strip();
            if (found.succeeded() && !value.isEmpty() && !value.equals("None")) {
                out.println(found.stdout().stripTrailing());
                out.println("(found: not made again)");
                return keep(command, value, values);
            }
        }
        out.println("$ " + shown(command, values));
        CommandRunner.Result result = call(command, values);
        if (!result.stdout().isBlank()) {
            out.println(result.stdout().stripTrailing());
        }
        if (!result.succeeded()) {
            out.println("error: " + command.program() + " exited " + result.exitCode()
                    + (result.stderr().isBlank() ? "" : ": " + result.stderr().strip()));
            return false;
        }
        output = result.stdout();
        if (command.expect() != null) {
            String expected = ShellCommand.substitute(command.expect(), values);
            if (!output.contains(expected)) {
                out.println("error: expected the output to contain " + expected + "; stopping here");
                return false;
            }
        }
        return keep(command, output.strip(), values);
    }

    /** Keeps a captured value; AWS's text output says None for nothing, which is nothing. */
    private boolean keep(ShellCommand command, String value, Map<String, String> values) {
        if (command.capture() == null) {
            return true;
        }
        if (value.isEmpty() || value.equals("None")) {
            out.println("error: " + command.program() + " found no value for " + command.capture() + "; stopping here");
            return false;
        }
        values.put(command.capture(), value);
        return true;
    }

    private CommandRunner.Result call(ShellCommand command, Map<String, String> values) {
        List<String> argv = command.argv().stream().map(token -> ShellCommand.substitute(token, values)).toList();
        String stdin = command.stdin() == null ? null : ShellCommand.substitute(command.stdin(), values);
        return runner.run(argv, stdin);
    }

    private static String shown(ShellCommand command, Map<String, String> values) {
        List<String> argv = command.argv().stream().map(token -> ShellCommand.substitute(token, values)).toList();
        String line = ShellText.line(argv);
        return command.stdin() == null ? line
                : line + " <<EOF\n" + ShellCommand.substitute(command.stdin(), values).stripTrailing() + "\nEOF";
    }
}
