package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.consumption.Budget;
import com.pulumi.azurenative.consumption.BudgetArgs;
import com.pulumi.azurenative.consumption.inputs.BudgetTimePeriodArgs;
import com.pulumi.azurenative.consumption.inputs.NotificationArgs;
import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.BudgetBackend;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.config.BudgetConfig;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cost Management budget on the subscription, e-mailing at each threshold. Azure requires a start
 * date on the first of a month, not before the current month: the first deployment sets it, later
 * ones leave it alone (the budget recurs monthly from there).
 */
final class AzureBudgetBackend implements BudgetBackend {

    private final Clock clock;

    AzureBudgetBackend(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void create(CloudAccount component, String name, BudgetConfig budget) {
        AzureAccount account = AzureAccount.of(component.provisioned());
        Map<String, NotificationArgs> notifications = new LinkedHashMap<>();
        for (BudgetAlerts alert : BudgetAlerts.of(budget)) {
            notifications.put(alert.key(), NotificationArgs.builder()
                    .enabled(true)
                    .operator("GreaterThan")
                    .threshold(alert.percent())
                    .thresholdType(alert.forecast() ? "Forecasted" : "Actual")
                    .contactEmails(budget.emails())
                    .build());
        }
        new Budget(name + "-budget", BudgetArgs.builder()
                .budgetName("hubfleet-" + component.args().stack())
                .scope(account.accountId().applyValue(id -> "/subscriptions/" + id))
                .amount(budget.monthlyAmount())
                .category("Cost")
                .timeGrain("Monthly")
                .timePeriod(BudgetTimePeriodArgs.builder().startDate(startDate(clock)).build())
                .notifications(notifications)
                .build(), ChildOptions.of(component, account.provider())
                .ignoreChanges(List.of("timePeriod"))
                .build());
    }

    /** The first of the current month, as Azure wants it. */
    static String startDate(Clock clock) {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).atDay(1) + "T00:00:00Z";
    }
}
