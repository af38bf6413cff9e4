package io.hubfleet.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stack file was refused. Carries every problem found, so users fix them all in one go. This is
 * bad input, not a bug: callers print {@link #report()} and exit 2 without a stack trace.
 */
public final class InvalidStackConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final transient List<ConfigProblem> problems;

    public InvalidStackConfigException(String origin, List<ConfigProblem> problems) {
        super(origin + ": " + problems.size() + " problem(s)", null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid stack config needs at least one problem");
        }
        this.origin = origin;
        this.problems = problems.stream().sorted().distinct().toList();
    }

    /** Where the config came from: a stack file, or the Pulumi program's environment. */
    public String origin() {
        return origin;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** The human report: a heading, then one problem per line. */
    public String report() {
        String heading = problems.size() == 1
                ? origin + " has 1 problem:"
                : origin + " has " + problems.size() + " problems:";
        return problems.stream().map(p -> "  - " + p.render())
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }

    @Override
    public String getMessage() {
        return report();
    }
}
