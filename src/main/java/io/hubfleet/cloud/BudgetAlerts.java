package io.hubfleet.cloud;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A budget's alerts as every cloud's budget service sees them: one per threshold, on actual or
 * forecast spend, each named stably by kind and percentage.
 *
 * @param forecast whether it watches forecast spend (else actual)
 * @param percent  the percentage of the monthly amount
 */
public record BudgetAlerts(boolean forecast, double percent) {

    /** The alerts of a budget: actual thresholds, then forecast ones, each in ascending order. */
    public static List<BudgetAlerts> of(List<Double> actualPercent, List<Double> forecastPercent) {
        List<BudgetAlerts> alerts = new ArrayList<>();
        actualPercent.stream().sorted().forEach(p -> alerts.add(new BudgetAlerts(false, p)));
        forecastPercent.stream().sorted().forEach(p -> alerts.add(new BudgetAlerts(true, p)));
        return alerts;
    }

    /** The alerts ordered by percentage, actual before forecast at equal percentages. */
    public static List<BudgetAlerts> byPercentage(List<BudgetAlerts> alerts) {
        return alerts.stream().sorted(java.util.Comparator.comparingDouble(BudgetAlerts::percent)
                .thenComparing(BudgetAlerts::forecast)).toList();
    }

    /** {@code actual-50}, {@code forecast-100}, {@code actual-12-5}. */
    public String key() {
        return (forecast ? "forecast-" : "actual-")
                + BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString().replace('.', '-');
    }

    /** The monthly amount as the decimal text budget APIs take ({@code 2000}, {@code 1500.5}). */
    public static String amountText(double amount) {
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
