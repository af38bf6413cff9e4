package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.core.Output;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Azure role assignments take minutes to take effect (learn.microsoft.com/azure/role-based-access-control/
 * troubleshooting#symptom---role-assignment-changes-are-not-being-detected; for AKS with Azure RBAC, up to
 * five minutes). With local accounts off, the Kubernetes provider's first call after the deployer's
 * cluster-admin assignment would get 403. A value derived from the assignment is held back until five
 * minutes after the assignment was created, and only then: an assignment from an earlier deployment, or
 * one only planned (offline, with no creation time), holds nothing back.
 */
final class RbacPropagation {

    static final Duration PROPAGATION = Duration.ofMinutes(5);

    private RbacPropagation() {
    }

    static Output<String> after(RoleAssignment assignment, Output<String> value) {
        return Output.tuple(value, assignment.createdOn()).applyValue(t -> {
            waitUntil(propagated(t.t2, Instant.now()));
            return t.t1;
        });
    }

    /** How long to wait from {@code now}: until the assignment is {@link #PROPAGATION} old. */
    static Duration propagated(String createdOn, Instant now) {
        if (createdOn == null || createdOn.isEmpty()) {
            return Duration.ZERO;
        }
        try {
            Duration age = Duration.between(Instant.parse(createdOn), now);
            return age.isNegative() || age.compareTo(PROPAGATION) >= 0 ? Duration.ZERO : PROPAGATION.minus(age);
        } catch (DateTimeParseException e) {
            return Duration.ZERO; // a stand-in offline: nothing was created
        }
    }

    private static void waitUntil(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a role assignment to propagate", e);
        }
    }
}
