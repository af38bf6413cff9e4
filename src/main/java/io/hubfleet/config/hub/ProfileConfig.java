package io.hubfleet.config.hub;

/**
 * A declared server option.
 *
 * @param name               slug
 * @param displayName        what users see
 * @param description        more words; default none
 * @param pool               the user pool it runs on
 * @param isDefault          preselected; default false
 * @param cpuGuarantee       vCPUs reserved; default none
 * @param cpuLimit           vCPUs at most; default none
 * @param memoryGuaranteeGiB memory reserved
 * @param memoryLimitGiB     memory at most; default the guarantee
 * @param gpus               GPUs; default none
 * @param image              image for this option; default the hub's
 */
public record ProfileConfig(
        String name,
        String displayName,
        String description,
        String pool,
        @com.fasterxml.jackson.annotation.JsonProperty("default") Boolean isDefault,
        Double cpuGuarantee,
        Double cpuLimit,
        Double memoryGuaranteeGiB,
        Double memoryLimitGiB,
        Integer gpus,
        ImageConfig image) {

    public ProfileConfig {
        isDefault = isDefault != null && isDefault;
        memoryLimitGiB = memoryLimitGiB == null ? memoryGuaranteeGiB : memoryLimitGiB;
    }
}
