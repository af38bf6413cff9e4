package io.hubfleet.config;

/**
 * The always-on pool for the hub, proxy, ingress and cluster services.
 *
 * @param machine     portable size; default 2 vCPU / 16 GiB when neither this nor {@code machineType} is set
 * @param machineType exact type, exclusive with {@code machine}
 * @param min         fewest nodes, default 1 (never 0: the hub must always have a home)
 * @param max         most nodes, default 3
 * @param diskSizeGiB boot disk per node, default 50 GiB
 */
public record CorePoolConfig(MachineSpec machine, String machineType, Integer min, Integer max, Integer diskSizeGiB) {

    public static final MachineSpec DEFAULT_MACHINE = new MachineSpec(2, 16);

    public CorePoolConfig {
        if (machine == null && machineType == null) {
            machine = DEFAULT_MACHINE;
        }
        min = min == null ? 1 : min;
        max = max == null ? Math.max(3, min) : max;
        diskSizeGiB = diskSizeGiB == null ? 50 : diskSizeGiB;
    }

    public static CorePoolConfig defaults() {
        return new CorePoolConfig(null, null, null, null, null);
    }
}
