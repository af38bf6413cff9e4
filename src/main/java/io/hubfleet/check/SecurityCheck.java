package io.hubfleet.check;

import io.hubfleet.plan.Plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The security invariants every stack must keep (docs/security.md), checked over a whole plan:
 * {@code ./hubfleet plan --check}. hubfleet's components keep them by construction; the check catches
 * a hub's raw {@code values:} or a future change that breaks one.
 */
public final class SecurityCheck {

    static final List<SecurityRule> RULES = List.of(
            new PrivateNodesRule(),
            new WorkloadIdentityRule(),
            new HubIsolationRule(),
            new NetworkPolicyRule(),
            new CloudMetadataRule(),
            new HomeIsolationRule(),
            new UserPodIsolationRule(),
            new HttpsOnlyRule(),
            new NoPublicBucketsRule(),
            new EncryptionRule(),
            new SecretsMaskedRule());

    private SecurityCheck() {
    }

    /** Every violation, ordered by rule and resource. */
    public static List<Violation> run(Plan plan) {
        PlanIndex index = new PlanIndex(plan);
        List<Violation> out = new ArrayList<>();
        for (SecurityRule rule : RULES) {
            out.addAll(rule.check(index));
        }
        out.sort(Comparator.comparing(Violation::rule).thenComparing(Violation::urn).thenComparing(Violation::problem));
        return out;
    }

    /** The invariants, by id, for reports and docs. */
    public static List<String> invariants() {
        return RULES.stream().map(r -> r.id() + ": " + r.invariant()).toList();
    }

    /** The report {@code plan --check} prints for one stack. */
    public static String report(String stack, List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        if (violations.isEmpty()) {
            out.append("Security check of stack ").append(stack).append(": all ").append(RULES.size())
                    .append(" invariants hold.\n");
            return out.toString();
        }
        out.append("Security check of stack ").append(stack).append(": ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations").append(":\n");
        violations.forEach(v -> out.append("  - ").append(v.render()).append('\n'));
        return out.toString();
    }
}
