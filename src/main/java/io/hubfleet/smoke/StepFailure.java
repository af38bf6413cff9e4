package io.hubfleet.smoke;

/** Why a step of the smoke test failed, in words for the operator; the step and hub are added by {@link SmokeTest}. */
final class StepFailure extends Exception {

    private static final long serialVersionUID = 1L;

    StepFailure(String reason) {
        super(reason, null, false, false);
    }
}
