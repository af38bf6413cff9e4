package io.hubfleet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Asks for what the command line did not give, one line each, from any reader (a terminal, a pipe, a test). */
final class Prompter {

    private final BufferedReader in;
    private final PrintWriter out;

    Prompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /**
     * The flag's value if given; otherwise the answer (blank takes the default; with no default, asks again).
     * Input that ends leaves the value missing: the flag is named, so a script knows what to pass.
     */
    String ask(String flag, String question, String given, String defaultValue) {
        if (given != null) {
            return given;
        }
        while (true) {
            out.print(question + (defaultValue == null ? "" : " [" + defaultValue + "]") + ": ");
            out.flush();
            String line = readLine();
            if (line == null) {
                if (defaultValue != null) {
                    return defaultValue;
                }
                out.println();
                throw new BadArgumentException("missing " + flag + ": give it on the command line or answer the question");
            }
            if (!line.isBlank()) {
                return line.trim();
            }
            if (defaultValue != null) {
                return defaultValue;
            }
        }
    }

    /** As {@link #ask}, re-asking until the answer is one of the choices. */
    String choose(String flag, String question, String given, String defaultValue, List<String> choices) {
        String answer = ask(flag, question + " (" + String.join(", ", choices) + ")", given, defaultValue);
        while (!choices.contains(answer)) {
            if (given != null) {
                throw new BadArgumentException(flag + " " + answer + " is not one of " + String.join(", ", choices));
            }
            out.println("  " + answer + " is not one of " + String.join(", ", choices));
            answer = ask(flag, question + " (" + String.join(", ", choices) + ")", null, defaultValue);
        }
        return answer;
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
