package io.hubfleet.config;

import java.time.LocalTime;

/**
 * Scheduled backups of the home storage. Defaults: on, daily at 03:00 UTC, kept 14 days.
 */
public record BackupConfig(Boolean enabled, String timeUtc, Integer retentionDays) {

    public BackupConfig {
        enabled = enabled == null || enabled;
        timeUtc = timeUtc == null ? "03:00" : timeUtc;
        retentionDays = retentionDays == null ? 14 : retentionDays;
    }

    public static BackupConfig defaults() {
        return new BackupConfig(null, null, null);
    }

    public LocalTime time() {
        return LocalTime.parse(timeUtc);
    }
}
