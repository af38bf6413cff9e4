package io.hubfleet.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * When the cloud may upgrade or repair the cluster. Defaults: Saturday and Sunday, 02:00 UTC, 8 hours.
 * GKE asks for at least 48 hours of availability in any 32 days, so {@code days × durationHours}
 * must be at least 12 there (every weekday occurs at least 4 times in 32 days).
 */
public record MaintenanceWindowConfig(List<DayOfWeek> days, String startTimeUtc, Integer durationHours) {

    public static final List<DayOfWeek> DEFAULT_DAYS = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    public MaintenanceWindowConfig {
        days = days == null ? DEFAULT_DAYS : List.copyOf(days);
        startTimeUtc = startTimeUtc == null ? "02:00" : startTimeUtc;
        durationHours = durationHours == null ? 8 : durationHours;
    }

    public static MaintenanceWindowConfig defaults() {
        return new MaintenanceWindowConfig(null, null, null);
    }

    public LocalTime startTime() {
        return LocalTime.parse(startTimeUtc);
    }
}
