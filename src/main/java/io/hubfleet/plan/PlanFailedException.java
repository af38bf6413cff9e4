package io.hubfleet.plan;

import java.util.List;

/** The program failed while the offline engine ran it: a bug, or input only the program could judge. */
public final class PlanFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> errors;

    public PlanFailedException(String stack, List<String> errors, Throwable cause) {
        super("planning stack " + stack + " failed:\n  " + String.join("\n  ", errors), cause);
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
