package io.hubfleet.cost;

import java.util.List;
import java.util.Optional;

/**
 * What an estate costs, from its plan and dated list prices (before taxes, discounts and credits other
 * than those stated): the idle monthly floor (what runs with nobody logged in), the rates of what is
 * billed by use, and the hourly cost of each profile choice and Dask worker.
 *
 * @param currency      the prices' currency
 * @param region        where the estate lives
 * @param hoursPerMonth hours a monthly figure counts (730, as the sources)
 * @param idle          the idle floor's lines, unknown ones included
 * @param usage         what is billed by use, with its rate and no amount
 * @param hourly        an hour of each profile choice and Dask worker size
 * @param assumptions   what the estimate assumes
 */
public record CostEstimate(String currency, String region, int hoursPerMonth, List<CostLine> idle,
                           List<CostLine> usage, List<HourlyCost> hourly, List<String> assumptions) {

    public CostEstimate {
        idle = List.copyOf(idle);
        usage = List.copyOf(usage);
        hourly = List.copyOf(hourly);
        assumptions = List.copyOf(assumptions);
    }

    /** The idle floor a month, of the lines whose price is known. */
    public double idleMonthly() {
        return idle.stream().map(l -> l.monthly(hoursPerMonth)).flatMap(Optional::stream).mapToDouble(Double::doubleValue)
                .sum();
    }

    /** The idle lines whose price is unknown. */
    public List<CostLine> unknown() {
        return idle.stream().filter(l -> !l.known()).toList();
    }

    /** Whether every idle line is priced. */
    public boolean complete() {
        return unknown().isEmpty();
    }
}
