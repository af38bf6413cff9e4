package io.hubfleet.check;

import java.util.List;

/** One security invariant, checked over a whole plan. */
interface SecurityRule {

    /** A short id, such as {@code private-nodes}. */
    String id();

    /** The invariant, as docs/security.md states it. */
    String invariant();

    List<Violation> check(PlanIndex plan);
}
