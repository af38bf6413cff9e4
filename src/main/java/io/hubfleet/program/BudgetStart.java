package io.hubfleet.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.hubfleet.components.PreviousDeployment;
import io.hubfleet.config.BudgetConfig;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The month a budget starts. Azure refuses a budget that starts before the month it is created in, so a
 * month written in the stack file goes stale; without one, the budget starts in the month of the first
 * deployment, which the stack records (its output {@code budgetStartMonth}) and reads back every time
 * after (and the budget ignores later changes of its period). Offline there is no first deployment: the
 * plan shows a stand-in, so plans do not change with the calendar.
 */
final class BudgetStart {

    static final String OUTPUT = "budgetStartMonth";

    private BudgetStart() {
    }

    static Optional<BudgetConfig> resolve(Context ctx, PreviousDeployment last, Optional<BudgetConfig> budget) {
        if (budget.isEmpty() || budget.get().startMonth() != null) {
            budget.flatMap(BudgetConfig::optionalStartMonth).ifPresent(month -> ctx.export(OUTPUT, Output.of(month)));
            return budget;
        }
        String month = last.text(OUTPUT).orElseGet(() -> YearMonth.now(ZoneOffset.UTC).toString());
        ctx.export(OUTPUT, Output.of(month));
        return Optional.of(budget.get().withStartMonth(month));
    }
}
