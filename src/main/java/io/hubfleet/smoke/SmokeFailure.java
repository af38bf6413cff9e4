package io.hubfleet.smoke;

/** The smoke test of a hub failed: which hub, at which step, and why (never holding the token). */
public final class SmokeFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hub;
    private final String step;
    private final String reason;

    SmokeFailure(String hub, String step, String reason) {
        super("smoke test of hub " + hub + " failed at " + step + ": " + reason, null, false, false);
        this.hub = hub;
        this.step = step;
        this.reason = reason;
    }

    public String hub() {
        return hub;
    }

    public String step() {
        return step;
    }

    public String reason() {
        return reason;
    }
}
