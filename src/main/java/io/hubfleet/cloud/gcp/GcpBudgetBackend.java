package io.hubfleet.cloud.gcp;

import com.pulumi.resources.Resource;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.gcp.billing.Budget;
import com.pulumi.gcp.billing.BudgetArgs;
import com.pulumi.gcp.billing.inputs.BudgetAllUpdatesRuleArgs;
import com.pulumi.gcp.billing.inputs.BudgetAmountArgs;
import com.pulumi.gcp.billing.inputs.BudgetAmountSpecifiedAmountArgs;
import com.pulumi.gcp.billing.inputs.BudgetBudgetFilterArgs;
import com.pulumi.gcp.billing.inputs.BudgetThresholdRuleArgs;
import com.pulumi.gcp.monitoring.NotificationChannel;
import com.pulumi.gcp.monitoring.NotificationChannelArgs;
import com.pulumi.gcp.organizations.OrganizationsFunctions;
import com.pulumi.gcp.organizations.inputs.GetProjectArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.BudgetAlerts;
import io.hubfleet.cloud.BudgetSpec;
import io.hubfleet.cloud.ChildOptions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Cloud Billing budget on the project's billing account, filtered to the project, e-mailing through
 * Cloud Monitoring notification channels in the project (billing admins are e-mailed too).
 */
final class GcpBudgetBackend {
    public void create(Resource component, String name, BudgetSpec budget, GcpAccount account) {
        CustomResourceOptions inAccount = ChildOptions.in(component, account.provider());
        List<Output<String>> channels = new ArrayList<>();
        for (String email : budget.emails()) {
            channels.add(new NotificationChannel(name + "-budget-" + GcpNames.labelValue(email.replace("@", "-at-")),
                    NotificationChannelArgs.builder()
                            .type("email")
                            .displayName("Budget alerts of " + account.spec().stack() + ": " + email)
                            .labels(Map.of("email_address", email))
                            .build(), inAccount).name());
        }
        // The budget names its project by number: known once hubfleet creates it, else looked up.
        Output<String> number = account.number().orElseGet(() -> OrganizationsFunctions.getProject(
                GetProjectArgs.builder().projectId(account.spec().requireId()).build(),
                new InvokeOptions(component, account.provider(), null)).applyValue(p -> p.number()));

        BigDecimal amount = BigDecimal.valueOf(budget.monthlyAmount());
        BudgetAmountSpecifiedAmountArgs.Builder specified = BudgetAmountSpecifiedAmountArgs.builder()
                .units(amount.setScale(0, java.math.RoundingMode.DOWN).toPlainString())
                .nanos(amount.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        budget.currency().ifPresent(specified::currencyCode);
        // The Budget API returns the rules ordered by percentage (actual before forecast at equal ones);
        // in any other order the provider sees a change on every run (terraform-provider-google#8444).
        List<BudgetThresholdRuleArgs> rules = BudgetAlerts.byPercentage(budget.alerts()).stream()
                .map(alert -> BudgetThresholdRuleArgs.builder()
                        .thresholdPercent(alert.percent() / 100.0)
                        .spendBasis(alert.forecast() ? "FORECASTED_SPEND" : "CURRENT_SPEND")
                        .build())
                .toList();
        new Budget(name + "-budget", BudgetArgs.builder()
                .billingAccount(account.spec().billingAccount().orElse(null))
                .displayName(io.hubfleet.cloud.CloudNames.fit("hubfleet " + account.spec().stack(), 60))
                .budgetFilter(BudgetBudgetFilterArgs.builder()
                        .projects(number.applyValue(n -> List.of("projects/" + n)))
                        .calendarPeriod("MONTH")
                        .build())
                .amount(BudgetAmountArgs.builder().specifiedAmount(specified.build()).build())
                .thresholdRules(rules)
                .allUpdatesRule(BudgetAllUpdatesRuleArgs.builder()
                        .monitoringNotificationChannels(Output.all(channels))
                        .disableDefaultIamRecipients(false)
                        .build())
                .build(), inAccount);
    }
}
