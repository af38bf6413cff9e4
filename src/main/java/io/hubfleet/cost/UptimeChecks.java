package io.hubfleet.cost;

/** How many times an uptime check runs in a month: every period, from each of its checkers. */
final class UptimeChecks {

    private UptimeChecks() {
    }

    /** Runs of one checker in a month of {@code hoursPerMonth} hours, every {@code periodSeconds}. */
    static double runsPerMonth(int periodSeconds, int hoursPerMonth) {
        return hoursPerMonth * 3600.0 / periodSeconds;
    }

    /** A period as the GCP API writes it ({@code 300s}). */
    static int seconds(String duration) {
        return Integer.parseInt(duration.endsWith("s") ? duration.substring(0, duration.length() - 1) : duration);
    }
}
