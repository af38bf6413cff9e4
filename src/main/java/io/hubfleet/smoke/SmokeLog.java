package io.hubfleet.smoke;

import java.io.PrintWriter;

/**
 * The smoke test's output: a line per step on standard output as it starts (a deploy job's log shows
 * where a hub is stuck), details and cell output indented under it, warnings on standard error. Every
 * line passes through {@link #redact}: whatever a hub or a cell echoes, the token is never printed.
 */
final class SmokeLog {

    static final String REDACTED = "[redacted]";

    private final PrintWriter out;
    private final PrintWriter err;
    private final String secret;

    SmokeLog(PrintWriter out, PrintWriter err, String secret) {
        this.out = out;
        this.err = err;
        this.secret = secret;
    }

    /** The text with every occurrence of the token replaced: a hub or a cell may echo a request's header. */
    String redact(String text) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, REDACTED);
    }

    void line(String text) {
        print(out, "", text);
    }

    void step(String name) {
        print(out, "- ", name);
    }

    void detail(String text) {
        print(out, "    ", text);
    }

    /** What a cell printed (or its traceback), as it arrives. */
    void output(String text) {
        print(out, "    | ", text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    void warning(String text) {
        print(err, "warning: ", text);
    }

    private void print(PrintWriter to, String prefix, String text) {
        for (String line : redact(text).split("\n", -1)) {
            to.println(prefix + line);
        }
        to.flush();
    }
}
