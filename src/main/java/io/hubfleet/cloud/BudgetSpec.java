package io.hubfleet.cloud;

import java.util.List;
import java.util.Optional;

/**
 * A monthly budget on the account with e-mail alerts, as each cloud's budget service takes it.
 *
 * @param monthlyAmount the monthly amount, in the currency
 * @param currency      an ISO 4217 code where the stack sets one (else the cloud's default or the billing
 *                      account's)
 * @param startMonth    the month the budget starts, YYYY-MM, where known (Azure requires it; GCP does not read
 *                      it); the first deployment records it, so an offline plan holds a stand-in
 * @param alerts        the thresholds, actual ones then forecast ones, each in ascending order
 * @param emails        who is alerted
 */
public record BudgetSpec(double monthlyAmount, Optional<String> currency, Optional<String> startMonth,
                         List<BudgetAlerts> alerts, List<String> emails) {

    public BudgetSpec {
        alerts = List.copyOf(alerts);
        emails = List.copyOf(emails);
    }
}
