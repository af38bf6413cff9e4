package io.hubfleet.config.portable;

/**
 * A portable node size: at least {@code cpu} vCPUs and {@code memoryGiB} GiB of memory. Each cloud
 * resolves it to its smallest fitting memory-optimised machine type.
 */
public record MachineSpec(int cpu, double memoryGiB) {
}
