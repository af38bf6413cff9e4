package io.hubfleet.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * When the cloud may upgrade or repair the cluster. Defaults: Saturday and Sunday, 02:00 UTC, 8 hours.
 * GKE asks for at least 48 hours of availability in any 32 days, so {@code days × durationHours}
 * must be at least 12 there (every weekday occurs at least 4 times in 32 days).
 */
public record MaintenanceWindowConfig(List<DayOfWeek> days, String startTimeUtc, Integer durationHours,
                                      List<MaintenanceExclusion> exclusions) {

    /**
     * GKE only: a period in which GKE upgrades nothing (or no minor version, or no minor version and no
     * node), such as an exam term (cloud.google.com/kubernetes-engine/docs/concepts/maintenance-windows-and-exclusions).
     *
     * @param name     what it is for
     * @param startUtc start, ISO 8601 with offset (2027-05-01T00:00:00Z)
     * @param endUtc   end, the same
     * @param scope    noUpgrades (at most 30 days), noMinorUpgrades or noMinorOrNodeUpgrades (at most 180 days);
     *                 default noUpgrades
     */
    public record MaintenanceExclusion(String name, String startUtc, String endUtc, String scope) {
        public static final java.util.Map<String, String> SCOPES = java.util.Map.of(
                "noUpgrades", "NO_UPGRADES",
                "noMinorUpgrades", "NO_MINOR_UPGRADES",
                "noMinorOrNodeUpgrades", "NO_MINOR_OR_NODE_UPGRADES");

        public MaintenanceExclusion {
            scope = scope == null ? "noUpgrades" : scope;
        }

        /** GKE's name for the scope. */
        public String gkeScope() {
            return SCOPES.get(scope);
        }
    }

    public static final List<DayOfWeek> DEFAULT_DAYS = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    public MaintenanceWindowConfig {
        days = days == null ? DEFAULT_DAYS : List.copyOf(days);
        startTimeUtc = startTimeUtc == null ? "02:00" : startTimeUtc;
        durationHours = durationHours == null ? 8 : durationHours;
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    public static MaintenanceWindowConfig defaults() {
        return new MaintenanceWindowConfig(null, null, null, null);
    }

    public LocalTime startTime() {
        return LocalTime.parse(startTimeUtc);
    }
}
