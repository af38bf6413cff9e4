package io.hubfleet.cost;

/**
 * A dated list price, from {@code components/prices/<cloud>.yaml}.
 *
 * @param key       what is billed ({@code machine/e2-standard-2/on-demand}, {@code disk/pd-balanced}, ...)
 * @param region    the region it holds for; {@code all} when the source says it does not vary;
 *                  {@code unstated} when the source names none
 * @param amount    in the file's currency
 * @param unit      per what: {@code hour}, {@code month}, {@code GiB-month}, {@code GB-month}, {@code GiB},
 *                  {@code GB}, {@code IOPS-month}, {@code MBps-month}, {@code execution-month} (per
 *                  execution, as many as run in a month: uptime checks)
 * @param source    where it was read
 * @param secondary true for an operator's note, a transcription or a constant in someone else's code
 * @param note      what to know about it, or empty
 */
public record Price(String key, String region, double amount, String unit, PriceSource source, boolean secondary,
                    String note) {

    /** Bytes in a GiB over bytes in a GB: sizes are GiB, some clouds price per GB. */
    static final double GB_PER_GIB = 1.073741824;

    /** Whether it is billed for time held (per hour or per month), so it makes a monthly figure. */
    public boolean recurring() {
        return unit.equals("hour") || unit.endsWith("-month") || unit.equals("month");
    }

    /**
     * What {@code quantity} of it costs a month: nodes or addresses for hourly prices, GiB for per-GiB-month
     * prices (converted where the price is per GB), units for monthly prices.
     */
    public double monthly(double quantity, int hoursPerMonth) {
        return switch (unit) {
            case "hour" -> quantity * amount * hoursPerMonth;
            case "GB-month" -> quantity * GB_PER_GIB * amount;
            default -> quantity * amount;
        };
    }

    /** Where the price was read, for people: source title, date, and whether it is secondary. */
    public String provenance() {
        return source.key() + (source.key().endsWith(source.date()) ? "" : source.date().equals("unknown")
                ? ", undated" : ", " + source.date()) + (secondary ? ", secondary" : "")
                + (region.equals("unstated") ? ", region not stated" : "");
    }
}
