package io.hubfleet.config.hub;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One size users may choose for a profile (KubeSpawner's {@code profile_options} choice), optionally only
 * for some groups.
 *
 * @param name               a slug for the choice
 * @param displayName        what users see
 * @param cpuGuarantee       vCPUs reserved; default none
 * @param cpuLimit           vCPUs at most; default none (free to burst)
 * @param memoryGuaranteeGiB memory reserved
 * @param memoryLimitGiB     memory at most; default the guarantee
 * @param gpus               GPUs (on a GPU pool); default none
 * @param isDefault          preselected; default false (then the first choice is)
 * @param allowedGroups      only these groups' members may choose it; default everyone who sees the profile
 */
public record ResourceChoiceConfig(
        String name,
        String displayName,
        Double cpuGuarantee,
        Double cpuLimit,
        Double memoryGuaranteeGiB,
        Double memoryLimitGiB,
        Integer gpus,
        @JsonProperty("default") Boolean isDefault,
        List<String> allowedGroups) {

    public ResourceChoiceConfig {
        isDefault = isDefault != null && isDefault;
        memoryLimitGiB = memoryLimitGiB == null ? memoryGuaranteeGiB : memoryLimitGiB;
        allowedGroups = allowedGroups == null ? List.of() : List.copyOf(allowedGroups);
    }
}
