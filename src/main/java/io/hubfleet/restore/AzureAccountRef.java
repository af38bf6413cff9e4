package io.hubfleet.restore;

import java.util.List;

/**
 * The subscription an Azure command runs in: the plan's, or, for a subscription hubfleet creates (whose id
 * only Azure knows), the cluster stack's {@code accountId} output.
 *
 * @param subscription the subscription id, or null when only the stack's output knows it
 * @param clusterStack the stack whose {@code accountId} output names it
 */
record AzureAccountRef(String subscription, String clusterStack) {

    static AzureAccountRef of(String planValue, String clusterStack) {
        return new AzureAccountRef(PlanFacts.isStandIn(planValue) ? null : planValue, clusterStack);
    }

    /** What commands pass as {@code --subscription}. */
    String value() {
        return subscription == null ? "${SUBSCRIPTION}" : subscription;
    }

    /** The lookup that comes first when the plan does not know the subscription. */
    List<ShellCommand> lookup() {
        return subscription != null ? List.of() : List.of(ShellCommand.of("pulumi", "stack", "output", "accountId",
                "--stack", clusterStack).capturing("SUBSCRIPTION"));
    }

    String describe() {
        return subscription == null ? "the subscription hubfleet created (pulumi stack output accountId -s "
                + clusterStack + ")" : "subscription " + subscription;
    }
}
