package io.hubfleet.machines;


import io.hubfleet.config.portable.GpuSpec;

import java.util.List;

/**
 * What a pool's size setting resolved to on its cloud.
 *
 * @param type           the machine type
 * @param gpu            the GPUs each node has (built in or attached), or null
 * @param gpuAttached    true when the GPUs are attached accelerators (GCP), false when built in
 * @param spotAlternates further types of the same size for spot capacity (AWS), possibly empty
 */
public record ResolvedMachine(MachineType type, GpuSpec gpu, boolean gpuAttached, List<MachineType> spotAlternates) {

    public ResolvedMachine {
        spotAlternates = List.copyOf(spotAlternates);
    }

    public boolean hasGpu() {
        return gpu != null;
    }

    /** The main type first, then the alternates: every type a node of the pool may be. */
    public List<String> allTypeNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(type), spotAlternates.stream())
                .map(MachineType::name).toList();
    }
}
