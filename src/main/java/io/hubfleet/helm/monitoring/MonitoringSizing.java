package io.hubfleet.helm.monitoring;

import io.hubfleet.machines.Allocatable;

/**
 * Prometheus' share of a core node. Its memory grows with the series it holds, which grow with the
 * users: it asks for a sixth of a core node's allocatable memory (1 to 8 GiB) and may use up to twice
 * that (never more than half the node), so the core pool's other services keep their room.
 *
 * @param cpuRequest    Prometheus' CPU request, in cores
 * @param memoryRequestMiB its memory request
 * @param memoryLimitMiB   its memory limit
 */
public record MonitoringSizing(double cpuRequest, long memoryRequestMiB, long memoryLimitMiB) {

    public static MonitoringSizing forCoreNode(Allocatable core) {
        double requestGiB = clamp(core.memoryGiB() / 6, 1, 8);
        double limitGiB = Math.min(requestGiB * 2, Math.max(requestGiB, core.memoryGiB() / 2));
        double cpu = clamp(core.cpu() / 8, 0.1, 1);
        return new MonitoringSizing(Math.floor(cpu * 100) / 100, (long) Math.floor(requestGiB * 1024),
                (long) Math.floor(limitGiB * 1024));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
