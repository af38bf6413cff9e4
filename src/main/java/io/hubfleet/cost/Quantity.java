package io.hubfleet.cost;

import java.math.BigDecimal;

/** Kubernetes resource quantities as numbers. */
final class Quantity {

    private Quantity() {
    }

    /** A memory quantity ({@code 2048M}, {@code 2Gi}, {@code 512Mi}, bytes) in GiB. */
    static double gib(String quantity) {
        String q = quantity.trim();
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                {"k", "1000"}, {"K", "1000"}, {"M", "1000000"}, {"G", "1000000000"}, {"T", "1000000000000"}};
        for (String[] suffix : suffixes) {
            if (q.endsWith(suffix[0])) {
                BigDecimal number = new BigDecimal(q.substring(0, q.length() - suffix[0].length()));
                return number.multiply(new BigDecimal(suffix[1])).doubleValue() / (1024.0 * 1024 * 1024);
            }
        }
        return new BigDecimal(q).doubleValue() / (1024.0 * 1024 * 1024);
    }

    /** A CPU quantity ({@code 500m}, {@code 0.5}, {@code 2}) in cores. */
    static double cores(String quantity) {
        String q = quantity.trim();
        return q.endsWith("m") ? Double.parseDouble(q.substring(0, q.length() - 1)) / 1000 : Double.parseDouble(q);
    }
}
