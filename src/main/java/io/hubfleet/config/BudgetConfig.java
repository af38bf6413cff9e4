package io.hubfleet.config;

import java.util.List;
import java.util.Optional;

/**
 * A monthly budget on the account, with e-mail alerts. Each cloud's native budget service holds it.
 *
 * @param monthlyAmount             the monthly amount, in the currency (required)
 * @param currency                  an ISO 4217 code. GCP: the billing account's currency (default: it);
 *                                  AWS: USD only (default USD); Azure: not settable, budgets use the
 *                                  billing account's currency
 * @param startMonth                the month the budget starts, YYYY-MM: optional on Azure and AWS (default
 *                                  the month of the first deployment, recorded then and kept), not read on GCP
 * @param thresholdsPercent         alert when actual spend passes these percentages. Default: 50, 90, 120
 * @param forecastThresholdsPercent alert when forecast spend passes these percentages. Default: 100
 * @param emails                    who is alerted (required; 1 to 5 addresses)
 */
public record BudgetConfig(
        Double monthlyAmount,
        String currency,
        String startMonth,
        List<Double> thresholdsPercent,
        List<Double> forecastThresholdsPercent,
        List<String> emails) {

    public static final List<Double> DEFAULT_THRESHOLDS = List.of(50.0, 90.0, 120.0);
    public static final List<Double> DEFAULT_FORECAST_THRESHOLDS = List.of(100.0);

    public BudgetConfig {
        thresholdsPercent = thresholdsPercent == null ? DEFAULT_THRESHOLDS : List.copyOf(thresholdsPercent);
        forecastThresholdsPercent = forecastThresholdsPercent == null
                ? DEFAULT_FORECAST_THRESHOLDS : List.copyOf(forecastThresholdsPercent);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    /** The same budget starting in another month. */
    public BudgetConfig withStartMonth(String month) {
        return new BudgetConfig(monthlyAmount, currency, month, thresholdsPercent, forecastThresholdsPercent, emails);
    }

    public Optional<String> optionalStartMonth() {
        return Optional.ofNullable(startMonth);
    }

    public Optional<String> optionalCurrency() {
        return Optional.ofNullable(currency);
    }
}
