package io.hubfleet.config;

import io.hubfleet.config.portable.MachineSpec;

/**
 * The always-on pool for the hub, proxy, ingress and cluster services.
 *
 * @param machine     portable size; when neither this nor {@code machineType} is set, hubfleet sizes the
 *                    pool by what it runs (the smallest type of the cloud's core family that holds the
 *                    core pods' requests, {@code CoreWorkload})
 * @param machineType exact type, exclusive with {@code machine}
 * @param min         fewest nodes, default 1 (never 0: the hub must always have a home)
 * @param max         most nodes, default 3
 * @param diskSizeGiB boot disk per node, default 50 GiB
 */
public record CorePoolConfig(MachineSpec machine, String machineType, Integer min, Integer max, Integer diskSizeGiB) {

    public CorePoolConfig {
        min = min == null ? 1 : min;
        max = max == null ? Math.max(3, min) : max;
        diskSizeGiB = diskSizeGiB == null ? 50 : diskSizeGiB;
    }

    /** True when the stack file gives the pool no size, so hubfleet sizes it by what it runs. */
    public boolean unsized() {
        return machine == null && machineType == null;
    }

    /** The same pool, of this exact machine type. */
    public CorePoolConfig withMachineType(String type) {
        return new CorePoolConfig(null, type, min, max, diskSizeGiB);
    }

    public static CorePoolConfig defaults() {
        return new CorePoolConfig(null, null, null, null, null);
    }
}
