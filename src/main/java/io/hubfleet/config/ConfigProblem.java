package io.hubfleet.config;

import java.util.Objects;

/**
 * One thing wrong with a stack file: where ({@link #path}), what was wrong ({@link #problem}) and what
 * is allowed there ({@link #allowed}), with an optional suggestion such as a did-you-mean.
 */
public record ConfigProblem(ConfigPath path, String problem, String allowed, String suggestion)
        implements Comparable<ConfigProblem> {

    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        // Values quoted from the file may hold line breaks or control characters: one problem, one line.
        problem = printable(Objects.requireNonNull(problem, "problem"));
        allowed = printable(Objects.requireNonNull(allowed, "allowed"));
        suggestion = suggestion == null ? null : printable(suggestion);
    }

    /** Control characters escaped as in Java source ({@code \n}, {@code \t}, {@code \u0007}). */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public static ConfigProblem of(ConfigPath path, String problem, String allowed) {
        return new ConfigProblem(path, problem, allowed, null);
    }

    public ConfigProblem withSuggestion(String newSuggestion) {
        return new ConfigProblem(path, problem, allowed, newSuggestion);
    }

    /** {@code hubfleet:nodePools[1].max: 2 is less than min (5). Allowed: ... Did you mean ...?} */
    public String render() {
        StringBuilder out = new StringBuilder()
                .append(path).append(": ").append(problem)
                .append(". Allowed: ").append(allowed).append('.');
        if (suggestion != null) {
            out.append(' ').append(suggestion);
        }
        return out.toString();
    }

    @Override
    public int compareTo(ConfigProblem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : problem.compareTo(other.problem);
    }

    @Override
    public String toString() {
        return render();
    }
}
