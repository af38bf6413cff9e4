package io.hubfleet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A {@code secure:} value only where hubfleet takes secrets ({@link SecretPositions}): anywhere else it
 * would flow in plain text into Helm values, plans, diffs, the pull-request comment and the state.
 */
final class SecretPositionRules implements StackRule {

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        // A deployment knows only which top-level keys hold secrets: the stack file (offline, CI) is checked.
        if (config.raw().decrypted()) {
            return problems;
        }
        for (String pointer : new TreeSet<>(config.raw().secretPaths())) {
            // Keys of other namespaces belong to other programs and providers.
            if (pointer.startsWith("/config/" + RawStackConfig.NAMESPACE + ":") && !SecretPositions.declared(pointer)) {
                problems.add(ConfigProblem.of(ConfigPath.fromPointer(pointer),
                        "a secret (secure:) where hubfleet takes none: it would be written in plain text into Helm values, "
                                + "plans and the state",
                        "secrets at " + SecretPositions.DESCRIPTION + "; a hub's raw values: take secrets through secretEnv"));
            }
        }
        return problems;
    }
}
