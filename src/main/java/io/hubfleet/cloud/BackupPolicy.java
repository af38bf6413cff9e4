package io.hubfleet.cloud;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Scheduled backups of home storage: one a day at a UTC time, each kept a number of days. A spec holds
 * none where backups are off.
 *
 * @param dailyAtUtc    when the day's backup starts, UTC (minutes; no seconds)
 * @param retentionDays how long each backup is kept
 */
public record BackupPolicy(LocalTime dailyAtUtc, int retentionDays) {

    public BackupPolicy {
        Objects.requireNonNull(dailyAtUtc, "dailyAtUtc");
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, got " + retentionDays);
        }
    }

    /** The time as {@code HH:mm}, as backup schedules and names take it. */
    public String timeUtcText() {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", dailyAtUtc.getHour(), dailyAtUtc.getMinute());
    }
}
