package io.hubfleet.helm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Memory and CPU amounts as the charts and spawners read them. */
public final class Quantities {

    private Quantities() {
    }

    /**
     * Memory in whole MiB with the {@code M} suffix (KubeSpawner and dask-gateway read {@code M} as
     * 2^20 bytes): {@code 3.5 GiB -> "3584M"}. Rounded down, so a share of a node never exceeds it.
     */
    public static String memory(double gib) {
        return (long) Math.floor(gib * 1024) + "M";
    }

    /** A CPU amount with at most two decimals, rounded down. */
    public static double cpu(double cores) {
        return BigDecimal.valueOf(cores).setScale(2, RoundingMode.FLOOR).doubleValue();
    }

    /** A GiB amount for people: one decimal, no trailing ".0". */
    public static String gibForPeople(double gib) {
        BigDecimal rounded = BigDecimal.valueOf(gib).setScale(1, RoundingMode.FLOOR).stripTrailingZeros();
        return rounded.toPlainString();
    }
}
