package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import com.pulumi.azurenative.consumption.Budget;
import com.pulumi.azurenative.consumption.BudgetArgs;
import com.pulumi.azurenative.consumption.inputs.BudgetTimePeriodArgs;
import com.pulumi.azurenative.consumption.inputs.NotificationArgs;
import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.BudgetSpec;
import io.hubfleet.cloud.ChildOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cost Management budget on the subscription, e-mailing at each threshold. Azure wants a start date
 * on the first of a month, not in a past month: it comes from the stack file ({@code startMonth}), never
 * from the clock, so plans stay the same from one day to the next; Azure keeps it after creation, so
 * later deployments leave it alone (the budget recurs monthly).
 */
final class AzureBudgetBackend {
    public void create(Resource component, String name, BudgetSpec budget, AzureAccount account) {
        Map<String, NotificationArgs> notifications = new LinkedHashMap<>();
        for (BudgetAlerts alert : budget.alerts()) {
            notifications.put(alert.key(), NotificationArgs.builder()
                    .enabled(true)
                    .operator("GreaterThan")
                    .threshold(alert.percent())
                    .thresholdType(alert.forecast() ? "Forecasted" : "Actual")
                    .contactEmails(budget.emails())
                    .build());
        }
        String startMonth = budget.startMonth().orElseThrow(() -> new IllegalArgumentException(
                "an Azure budget needs a start month"));
        new Budget(name + "-budget", BudgetArgs.builder()
                .budgetName("hubfleet-" + account.spec().stack())
                .scope(account.accountId().applyValue(id -> "/subscriptions/" + id))
                .amount(budget.monthlyAmount())
                .category("Cost")
                .timeGrain("Monthly")
                .timePeriod(BudgetTimePeriodArgs.builder().startDate(startDate(startMonth)).build())
                .notifications(notifications)
                .build(), ChildOptions.of(component, account.provider())
                .ignoreChanges(List.of("timePeriod"))
                .build());
    }

    /** {@code 2026-11} → {@code 2026-11-01T00:00:00Z}. */
    static String startDate(String startMonth) {
        return startMonth + "-01T00:00:00Z";
    }
}
