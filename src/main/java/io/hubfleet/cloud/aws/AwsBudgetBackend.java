package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import com.pulumi.aws.budgets.Budget;
import com.pulumi.aws.budgets.BudgetArgs;
import com.pulumi.aws.budgets.inputs.BudgetNotificationArgs;
import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.BudgetSpec;
import io.hubfleet.cloud.ChildOptions;

/** An AWS Budgets cost budget in the account, e-mailing at each threshold. */
final class AwsBudgetBackend {
    public void create(Resource component, String name, BudgetSpec budget, AwsAccount account) {
        BudgetArgs.Builder args = BudgetArgs.builder();
        budget.startMonth().ifPresent(month -> args.timePeriodStart(month + "-01_00:00"));
        new Budget(name + "-budget", args
                .name("hubfleet-" + account.spec().stack())
                .budgetType("COST")
                .timeUnit("MONTHLY")
                .limitAmount(BudgetAlerts.amountText(budget.monthlyAmount()))
                .limitUnit(budget.currency().orElse("USD"))
                .notifications(budget.alerts().stream()
                        .map(alert -> BudgetNotificationArgs.builder()
                                .notificationType(alert.forecast() ? "FORECASTED" : "ACTUAL")
                                .comparisonOperator("GREATER_THAN")
                                .threshold(alert.percent())
                                .thresholdType("PERCENTAGE")
                                .subscriberEmailAddresses(budget.emails())
                                .build())
                        .toList())
                .build(), ChildOptions.in(component, account.provider()));
    }
}
