package io.hubfleet.smoke;

/**
 * An answer that is not what the smoke test asked for, explained: a refusal names the scope the call
 * needs (docs/smoke-test.md), so a role that is missing one, or filtered to another user, is fixed from
 * the message alone.
 */
final class Refusal {

    // JupyterHub answers a token it does not know with this 403, before any scope is checked.
    private static final String UNKNOWN_TOKEN = "Missing or invalid credentials";
    // JupyterHub answers 404 with this when the token has the scope, filtered to other users than this one.
    private static final String FILTERED_OUT = "No access to resources or resources not found";

    private Refusal() {
    }

    /** Whether a 404 means "not yours" rather than "not there". */
    static boolean filteredOut(Answer answer) {
        return answer.status() == 404 && answer.message().contains(FILTERED_OUT);
    }

    static StepFailure of(Answer answer, String scope, String user) {
        String said = answer.request() + " answered " + answer.status() + " (" + answer.message() + ")";
        if (answer.status() == 403 && answer.message().contains(UNKNOWN_TOKEN)) {
            return new StepFailure(said + ": the hub does not know the token; it must be the API token of the hub's "
                    + "hubfleet-smoke service (docs/smoke-test.md)");
        }
        if (answer.status() == 401 || answer.status() == 403) {
            return new StepFailure(said + ": the token needs the scope " + scope + " (docs/smoke-test.md)");
        }
        if (filteredOut(answer)) {
            return new StepFailure(said + ": the token's scopes do not cover user " + user + "; it needs " + scope
                    + " (docs/smoke-test.md)");
        }
        if (answer.location().isPresent()) {
            return new StepFailure(said + ": redirected to " + answer.location().get());
        }
        return new StepFailure(said);
    }
}
