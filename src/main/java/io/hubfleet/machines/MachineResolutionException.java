package io.hubfleet.machines;

import java.util.List;

/**
 * A pool's size cannot be met on its cloud. Carries what was wrong and what is allowed, so the config
 * reader reports it like any other bad value.
 */
public final class MachineResolutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String allowed;
    private final String given;
    private final transient List<String> candidates;

    public MachineResolutionException(String problem, String allowed, String given, List<String> candidates) {
        super(problem, null, false, false);
        this.allowed = allowed;
        this.given = given;
        this.candidates = List.copyOf(candidates);
    }

    public String problem() {
        return getMessage();
    }

    public String allowed() {
        return allowed;
    }

    /** The value given, for did-you-mean, or null. */
    public String given() {
        return given;
    }

    public List<String> candidates() {
        return candidates;
    }
}
