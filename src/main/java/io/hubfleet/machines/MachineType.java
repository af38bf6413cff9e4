package io.hubfleet.machines;

import io.hubfleet.config.portable.GpuSpec;

/**
 * A machine type of one cloud, as the catalogue in {@code components/machines/} lists it.
 *
 * @param name      the cloud's name for it (n2-highmem-4, r6i.xlarge, Standard_E4s_v5)
 * @param family    its family, for portable resolution and spot diversification
 * @param cpu       vCPUs
 * @param memoryGiB memory in GiB
 * @param gpu       GPUs built into the type, or null
 * @param measured  the node allocatable measured on real clusters (kubelet's, before DaemonSets), or null
 * @param maxPods   pods per node the cloud's network allows (EKS: the VPC CNI's ENI limit), or null
 */
public record MachineType(String name, String family, int cpu, double memoryGiB, GpuSpec gpu,
                          Allocatable measured, Integer maxPods) {

    public MachineType(String name, String family, int cpu, double memoryGiB, GpuSpec gpu) {
        this(name, family, cpu, memoryGiB, gpu, null, null);
    }

    public boolean fits(int wantCpu, double wantMemoryGiB) {
        return cpu >= wantCpu && memoryGiB >= wantMemoryGiB;
    }

    public boolean sameSizeAs(MachineType other) {
        return cpu == other.cpu && Double.compare(memoryGiB, other.memoryGiB) == 0;
    }
}
