package io.hubfleet.check;

import io.hubfleet.config.RawStackConfig;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.Plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The program that {@code pulumi up} runs keeps the security invariants itself: before the Pulumi
 * runtime starts, it plans the same stack offline (the mock engine, finished and cleaned up before the
 * real one starts) and runs every check of {@code plan --check} on it. A violation stops the deployment;
 * CI's check is then a preview of this one, not the only guard. A hub-only stack whose cluster stack file
 * is not beside it cannot be planned offline: the deployment says so and relies on CI's check.
 */
public final class DeployCheck {

    private DeployCheck() {
    }

    /** The report of the violations, if any; empty when every invariant holds. */
    public static Optional<String> violations(RawStackConfig raw, Path stacksDir, boolean hubOnly, String clusterStack) {
        if (hubOnly && !Files.isRegularFile(stacksDir.resolve("Pulumi."
                + clusterStack.substring(clusterStack.lastIndexOf('/') + 1) + ".yaml"))) {
            System.err.println("warning: the cluster stack " + clusterStack + " is not in " + stacksDir
                    + ": the security invariants are checked by plan --check only");
            return Optional.empty();
        }
        Plan plan = OfflinePlanner.plan(raw, stacksDir);
        List<Violation> violations = SecurityCheck.run(plan);
        return violations.isEmpty() ? Optional.empty() : Optional.of(SecurityCheck.report(raw.stack(), violations));
    }
}
