package io.hubfleet.cloud;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * When the cloud may upgrade or repair the cluster: the same hours on each of some weekdays, and (GKE only)
 * periods with fewer or no upgrades.
 *
 * @param days          the weekdays
 * @param startUtc      when the window opens, UTC
 * @param durationHours how long it stays open
 * @param exclusions    GKE only: periods in which GKE upgrades less
 */
public record MaintenanceWindow(List<DayOfWeek> days, LocalTime startUtc, int durationHours,
                                List<Exclusion> exclusions) {

    public MaintenanceWindow {
        days = List.copyOf(days);
        exclusions = List.copyOf(exclusions);
    }

    /**
     * A period in which GKE upgrades nothing, or no minor version, or no minor version and no node
     * (cloud.google.com/kubernetes-engine/docs/concepts/maintenance-windows-and-exclusions).
     *
     * @param name     what it is for
     * @param startUtc start, ISO 8601 with offset, as the stack file gives it
     * @param endUtc   end, the same
     * @param scope    what GKE holds back
     */
    public record Exclusion(String name, String startUtc, String endUtc, Scope scope) {
    }

    /** What an exclusion holds back; the constants are GKE's own names. */
    public enum Scope {
        NO_UPGRADES,
        NO_MINOR_UPGRADES,
        NO_MINOR_OR_NODE_UPGRADES
    }
}
