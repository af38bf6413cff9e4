package io.hubfleet.config;

import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;

import java.util.Map;
import java.util.TreeMap;

/**
 * A node pool that scales with demand (user servers, Dask workers, GPUs).
 *
 * @param name        DNS-1123 label, unique in the stack
 * @param purpose     user or dask-worker
 * @param machine     portable size, exclusive with {@code machineType}
 * @param machineType exact type, exclusive with {@code machine}
 * @param min         fewest nodes, default 0 (scale to zero)
 * @param max         most nodes, required
 * @param spot        spot/preemptible capacity, default false
 * @param gpu         GPUs per node, default none
 * @param diskSizeGiB boot disk per node, default 100 GiB
 * @param labels      extra node labels, default none
 */
public record NodePoolConfig(
        String name,
        PoolPurpose purpose,
        MachineSpec machine,
        String machineType,
        Integer min,
        Integer max,
        Boolean spot,
        GpuSpec gpu,
        Integer diskSizeGiB,
        Map<String, String> labels) {

    public NodePoolConfig {
        min = min == null ? 0 : min;
        spot = spot != null && spot;
        diskSizeGiB = diskSizeGiB == null ? 100 : diskSizeGiB;
        labels = labels == null ? Map.of() : Map.copyOf(new TreeMap<>(labels));
    }

    public boolean hasGpu() {
        return gpu != null;
    }
}
