package io.hubfleet.restore;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of a restore, as an argument vector (never a shell string, so {@code --run} passes values
 * without a shell to misread them). A token may name a value found by an earlier command as
 * {@code ${NAME}} (upper case only: scripts run inside pods use lower-case names, which stay theirs).
 *
 * @param argv     the program and its arguments
 * @param stdin    what the command reads on standard input (a manifest), or null
 * @param capture  the variable the command's output (trimmed) is kept in, or null
 * @param expect   text the output must contain for the restore to go on, or null
 * @param existing a read-only lookup run first: when it succeeds with output, that output stands for this
 *                 command's and the command is not run (so preparing twice makes nothing twice), or null
 */
public record ShellCommand(List<String> argv, String stdin, String capture, String expect, ShellCommand existing) {

    /** {@code ${NAME}}: a value an earlier command captured. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    public ShellCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs a program");
        }
        if (capture != null && !capture.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("variable names are upper case: " + capture);
        }
    }

    public static ShellCommand of(String... argv) {
        return new ShellCommand(List.of(argv), null, null, null, null);
    }

    public static ShellCommand of(List<String> argv) {
        return new ShellCommand(argv, null, null, null, null);
    }

    public ShellCommand withStdin(String text) {
        return new ShellCommand(argv, text, capture, expect, existing);
    }

    /** Keeps the output in {@code ${name}}. */
    public ShellCommand capturing(String name) {
        return new ShellCommand(argv, stdin, name, expect, existing);
    }

    /** Stops the restore unless the output contains {@code text}. */
    public ShellCommand expecting(String text) {
        return new ShellCommand(argv, stdin, capture, text, existing);
    }

    /** Runs only when {@code lookup} finds nothing. */
    public ShellCommand unlessFound(ShellCommand lookup) {
        return new ShellCommand(argv, stdin, capture, expect, lookup);
    }

    public Optional<String> stdinText() {
        return Optional.ofNullable(stdin);
    }

    public Optional<String> captured() {
        return Optional.ofNullable(capture);
    }

    public Optional<String> expected() {
        return Optional.ofNullable(expect);
    }

    public Optional<ShellCommand> lookup() {
        return Optional.ofNullable(existing);
    }

    public String program() {
        return argv.get(0);
    }

    /** The command line as one string, for searching and messages. */
    public String line() {
        return String.join(" ", argv);
    }

    /** The variables this command reads. */
    public List<String> reads() {
        StringBuilder all = new StringBuilder(String.join(" ", argv));
        if (stdin != null) {
            all.append(' ').append(stdin);
        }
        if (expect != null) {
            all.append(' ').append(expect);
        }
        Matcher matcher = VARIABLE.matcher(all);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        if (existing != null) {
            names.addAll(existing.reads());
        }
        return List.copyOf(names);
    }

    /** Replaces each {@code ${NAME}} by its value. */
    static String substitute(String text, java.util.Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + matcher.group(1) + "} yet");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
