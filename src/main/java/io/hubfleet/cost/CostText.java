package io.hubfleet.cost;

import java.math.BigDecimal;
import java.util.List;

/** The cost section of the readable plan. */
public final class CostText {

    private CostText() {
    }

    public static String render(CostEstimate estimate) {
        StringBuilder out = new StringBuilder();
        int hours = estimate.hoursPerMonth();
        out.append("\nCost (").append(estimate.currency()).append(", list prices in ").append(estimate.region())
                .append("; components/prices/, docs/cost.md):\n");
        out.append("  Idle floor: ").append(amount(estimate.currency(), estimate.idleMonthly())).append(" a month");
        if (!estimate.complete()) {
            out.append(" plus ").append(estimate.unknown().size()).append(" item")
                    .append(estimate.unknown().size() == 1 ? "" : "s").append(" of unknown price");
        }
        out.append(" (what runs with nobody logged in)\n");
        for (CostLine line : estimate.idle()) {
            out.append("    ").append(line.monthly(hours).map(m -> pad(amount(estimate.currency(), m)))
                    .orElse(pad("unknown"))).append("  ").append(line.item());
            line.price().ifPresent(p -> out.append("  [").append(p.provenance()).append("]"));
            if (!line.note().isEmpty() && (!line.known() || line.note().contains("assumed"))) {
                out.append("  (").append(line.note()).append(")");
            }
            out.append('\n');
        }
        if (!estimate.usage().isEmpty()) {
            out.append("  By use:\n");
            for (CostLine line : estimate.usage()) {
                out.append("    ").append(line.price().map(p -> String.format(java.util.Locale.ROOT, "%20s",
                                rate(estimate.currency(), p.amount()) + "/" + p.unit()))
                        .orElse(String.format(java.util.Locale.ROOT, "%20s", "unknown"))).append("  ").append(line.item())
                        .append('\n');
            }
        }
        List<HourlyCost> hourly = estimate.hourly();
        if (!hourly.isEmpty()) {
            out.append("  An hour of each server choice and Dask worker (nodes packed):\n");
            for (HourlyCost cost : hourly) {
                out.append("    ").append(cost.hourly().map(h -> pad(rate(estimate.currency(), h))).orElse(pad("unknown")))
                        .append("  ").append(cost.what());
                if (!cost.machineType().isEmpty()) {
                    out.append("  (").append(cost.perNode()).append(" to a ").append(cost.machineType()).append(")");
                }
                out.append('\n');
            }
        }
        for (String assumption : estimate.assumptions()) {
            out.append("  Assumes: ").append(assumption).append('\n');
        }
        return out.toString();
    }

    static String amount(String currency, double value) {
        String sign = value < 0 ? "-" : "";
        return sign + (currency.equals("USD") ? "$" : currency + " ") + CostJson.money(Math.abs(value)).toPlainString();
    }

    static String rate(String currency, double value) {
        return (currency.equals("USD") ? "$" : currency + " ") + CostJson.rate(value).toPlainString();
    }

    private static String pad(String text) {
        return String.format(java.util.Locale.ROOT, "%12s", text);
    }
}
