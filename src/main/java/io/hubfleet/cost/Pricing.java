package io.hubfleet.cost;

import java.util.Optional;

/** The price table of an estate's cloud, in its region: makes cost lines, known or unknown. */
final class Pricing {

    private final PriceTable table;
    private final String region;

    Pricing(PriceTable table, String region) {
        this.table = table;
        this.region = region;
    }

    PriceTable table() {
        return table;
    }

    String region() {
        return region;
    }

    Optional<Price> find(String key) {
        return table.find(key, region);
    }

    /** A line at the price of {@code key}, or an unknown line saying which price is missing. */
    CostLine line(String item, String resource, double quantity, String key, String note) {
        Optional<Price> price = find(key);
        String why = price.isPresent() ? note : join(note, "no price for " + key + " in " + region
                + " in components/prices/" + table.cloud().configName() + ".yaml");
        return new CostLine(item, resource, quantity, key, price, why);
    }

    /** {@code count} machines of a pool; spot capacity on clouds that publish no spot list price is unknown. */
    CostLine machines(PoolFacts pool, int count, String why) {
        boolean noSpotPrice = pool.spot() && find(pool.machineKey()).isEmpty();
        return line(pool.describe(count), pool.resource(), count, pool.machineKey(),
                noSpotPrice ? join(why, "spot prices change with demand and have no list price") : why);
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "; " + b;
    }
}
