package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How a stack's idle monthly cost changes, read from the plans' {@code cost} sections.
 *
 * @param currency      the currency
 * @param before        the idle floor before (its known part), or null when the old plan has none
 * @param after         after, or null when the new plan has none (the stack is removed)
 * @param unknownBefore items of unknown price before
 * @param unknownAfter  items of unknown price after
 */
public record CostChange(String currency, BigDecimal before, BigDecimal after, int unknownBefore, int unknownAfter) {

    /** The change between two plan documents (either may be null), or null when neither has a cost. */
    static CostChange of(JsonNode before, JsonNode after) {
        JsonNode was = before == null ? null : before.path("cost");
        JsonNode is = after == null ? null : after.path("cost");
        boolean hadCost = was != null && was.isObject();
        boolean hasCost = is != null && is.isObject();
        if (!hadCost && !hasCost) {
            return null;
        }
        String currency = (hasCost ? is : was).path("currency").asText("USD");
        return new CostChange(currency,
                hadCost ? was.at("/idleMonthly/total").decimalValue() : null,
                hasCost ? is.at("/idleMonthly/total").decimalValue() : null,
                hadCost ? was.at("/idleMonthly/unknownItems").asInt() : 0,
                hasCost ? is.at("/idleMonthly/unknownItems").asInt() : 0);
    }

    public boolean changed() {
        return before == null || after == null ? before != after
                : before.compareTo(after) != 0 || unknownBefore != unknownAfter;
    }

    /** After minus before, when both are known. */
    public BigDecimal delta() {
        return before == null || after == null ? null : after.subtract(before);
    }

    /** "$82.94 → $90.00 a month (+$7.06)", with unknown items said. */
    public String describe() {
        String text = money(before) + unknown(unknownBefore) + " → " + money(after) + unknown(unknownAfter)
                + " a month";
        BigDecimal delta = delta();
        return delta == null ? text : text + " (" + signed(delta) + ")";
    }

    String money(BigDecimal amount) {
        if (amount == null) {
            return "none";
        }
        return (currency.equals("USD") ? "$" : currency + " ") + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    String signed(BigDecimal delta) {
        String sign = delta.signum() < 0 ? "-" : "+";
        return sign + money(delta.abs());
    }

    private static String unknown(int items) {
        return items == 0 ? "" : String.format(Locale.ROOT, " + %d unknown", items);
    }
}
