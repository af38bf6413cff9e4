package io.hubfleet.testing;

import io.hubfleet.restore.CommandRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CommandRunner} that runs nothing: it records every command (its arguments and standard input)
 * and answers from what the test told it, by the first words of the command line; anything else succeeds
 * with no output.
 */
public final class FakeCommandRunner implements CommandRunner {

    /**
     * One command as run.
     *
     * @param argv  its arguments
     * @param stdin its standard input, or null
     */
    public record Call(List<String> argv, String stdin) {
        public String line() {
            return String.join(" ", argv);
        }
    }

    private final Map<String, Result> answers = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();

    /** Commands whose line starts with {@code prefix} print {@code stdout} and succeed. */
    public FakeCommandRunner answer(String prefix, String stdout) {
        answers.put(prefix, new Result(0, stdout, ""));
        return this;
    }

    /** Commands whose line starts with {@code prefix} fail with {@code status} and {@code stderr}. */
    public FakeCommandRunner fail(String prefix, int status, String stderr) {
        answers.put(prefix, new Result(status, "", stderr));
        return this;
    }

    @Override
    public Result run(List<String> argv, String stdin) {
        calls.add(new Call(List.copyOf(argv), stdin));
        String line = String.join(" ", argv);
        return answers.entrySet().stream().filter(answer -> line.startsWith(answer.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(new Result(0, "", ""));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<String> lines() {
        return calls.stream().map(Call::line).toList();
    }
}
