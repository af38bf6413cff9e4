package io.hubfleet.cost;

import java.util.Optional;

/**
 * One line of a cost estimate: what is billed, for which resource of the plan, how much of it, and at
 * which price. A line without a price is unknown: the estimate says so rather than guess.
 *
 * @param item     what is billed, for people ("core nodes: 1 × e2-standard-2")
 * @param resource the plan resource it comes from (its name), or empty
 * @param quantity how much: nodes, addresses or disks for hourly and monthly prices, GiB for storage
 * @param key      the price looked up ({@code machine/e2-standard-2/on-demand})
 * @param price    the price found, or empty: unknown
 * @param note     what the line assumes or why it is unknown
 */
public record CostLine(String item, String resource, double quantity, String key, Optional<Price> price, String note) {

    /** Its monthly amount, when priced and billed by time. */
    public Optional<Double> monthly(int hoursPerMonth) {
        return price.filter(Price::recurring).map(p -> p.monthly(quantity, hoursPerMonth));
    }

    public boolean known() {
        return price.isPresent();
    }
}
