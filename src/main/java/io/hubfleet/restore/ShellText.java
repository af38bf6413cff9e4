package io.hubfleet.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Commands as a POSIX shell (bash, zsh) reads them: what the operator copies. A token is quoted only
 * when it must be; a token naming a found value is double-quoted so the shell fills it in; a manifest
 * is a here-document.
 */
public final class ShellText {

    private static final String SAFE = "[A-Za-z0-9_@%+=:,./-]+";
    /** Long commands break before their options, so a reader sees each on its own line. */
    private static final int WIDTH = 100;

    private ShellText() {
    }

    /** One token, quoted for the shell. */
    public static String quote(String token) {
        if (token.matches(SAFE)) {
            return token;
        }
        Matcher variables = ShellCommand.VARIABLE.matcher(token);
        if (!variables.find()) {
            return "'" + token.replace("'", "'\\''") + "'";
        }
        variables.reset();
        StringBuilder out = new StringBuilder("\"");
        int at = 0;
        while (variables.find()) {
            out.append(escapeDoubleQuoted(token.substring(at, variables.start()))).append(variables.group());
            at = variables.end();
        }
        return out.append(escapeDoubleQuoted(token.substring(at))).append('"').toString();
    }

    private static String escapeDoubleQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
    }

    /** The command, ready to paste: with its lookup, its captured variable and its here-document. */
    public static String render(ShellCommand command) {
        String base = line(command.argv());
        if (command.stdin() != null) {
            base = base + " <<" + heredocMarker(command.stdin()) + "\n" + withNewline(command.stdin()) + "EOF";
        }
        List<String> lines = new ArrayList<>();
        if (command.existing() != null) {
            String lookup = line(command.existing().argv()) + " 2>/dev/null";
            if (command.capture() != null) {
                lines.add(command.capture() + "=\"$(" + lookup + ")\"");
                lines.add("[ -n \"$" + command.capture() + "\" ] || " + command.capture() + "=\"$(" + base + ")\"");
            } else {
                lines.add("[ -n \"$(" + lookup + ")\" ] || " + base);
            }
        } else if (command.capture() != null) {
            lines.add(command.capture() + "=\"$(" + base + ")\"");
        } else {
            lines.add(base);
        }
        if (command.expect() != null) {
            lines.add("# it must print: " + command.expect());
        }
        return String.join("\n", lines);
    }

    /** Tokens joined; a long line breaks before each option. */
    static String line(List<String> argv) {
        List<String> quoted = argv.stream().map(ShellText::quote).toList();
        String flat = String.join(" ", quoted);
        if (flat.length() <= WIDTH) {
            return flat;
        }
        StringBuilder out = new StringBuilder(quoted.get(0));
        for (int i = 1; i < quoted.size(); i++) {
            boolean option = argv.get(i).startsWith("--") && !argv.get(i).equals("--");
            out.append(option ? " \\\n    " : " ").append(quoted.get(i));
        }
        return out.toString();
    }

    /**
     * An unquoted marker lets the shell fill in {@code ${NAME}}; a manifest with any other {@code $},
     * backquote or backslash gets a quoted one, so nothing in it is read as shell.
     */
    private static String heredocMarker(String text) {
        String withoutVariables = ShellCommand.VARIABLE.matcher(text).replaceAll("");
        boolean plain = withoutVariables.indexOf('$') < 0 && withoutVariables.indexOf('`') < 0
                && withoutVariables.indexOf('\\') < 0;
        if (!plain && ShellCommand.VARIABLE.matcher(text).find()) {
            throw new IllegalArgumentException("a here-document cannot both fill in values and keep shell characters");
        }
        return plain ? "EOF" : "'EOF'";
    }

    private static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
