package io.hubfleet.config.hub;

/**
 * CPU and memory of a user server. Defaults: 0.5 vCPU and 2 GiB guaranteed, memory limited to the
 * guarantee, CPU not limited below the node's.
 *
 * @param cpuGuarantee       vCPUs reserved
 * @param cpuLimit           vCPUs at most, or null for no limit
 * @param memoryGuaranteeGiB memory reserved
 * @param memoryLimitGiB     memory at most
 */
public record ResourcesConfig(Double cpuGuarantee, Double cpuLimit, Double memoryGuaranteeGiB, Double memoryLimitGiB) {

    public ResourcesConfig {
        cpuGuarantee = cpuGuarantee == null ? 0.5 : cpuGuarantee;
        memoryGuaranteeGiB = memoryGuaranteeGiB == null ? 2.0 : memoryGuaranteeGiB;
        memoryLimitGiB = memoryLimitGiB == null ? memoryGuaranteeGiB : memoryLimitGiB;
    }

    public static ResourcesConfig defaults() {
        return new ResourcesConfig(null, null, null, null);
    }
}
