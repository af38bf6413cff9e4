package io.hubfleet.config.hub;

import java.util.List;

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
 * @param memoryGuaranteeGiB memory reserved (required unless {@code resourceChoices} gives sizes)
 * @param memoryLimitGiB     memory at most; default the guarantee
 * @param gpus               GPUs; default none
 * @param image              image for this option; default the hub's
 * @param images             images to choose from instead of {@code image}; default none
 * @param otherImage         a field for an image of the user's own; default none
 * @param allowedGroups      only these groups' members see and start it; default everyone
 * @param resourceChoices    sizes users choose from, instead of the profile's own cpu, memory and gpus; default
 *                           none
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
        ImageConfig image,
        List<ImageChoiceConfig> images,
        OtherImageConfig otherImage,
        List<String> allowedGroups,
        List<ResourceChoiceConfig> resourceChoices) {

    public ProfileConfig {
        isDefault = isDefault != null && isDefault;
        memoryLimitGiB = memoryLimitGiB == null ? memoryGuaranteeGiB : memoryLimitGiB;
        images = images == null ? List.of() : List.copyOf(images);
        allowedGroups = allowedGroups == null ? List.of() : List.copyOf(allowedGroups);
        resourceChoices = resourceChoices == null ? List.of() : List.copyOf(resourceChoices);
    }

    /** The preselected size: the choice marked default, else the first; or the profile's own. */
    public Size preselectedSize() {
        if (resourceChoices.isEmpty()) {
            return new Size(cpuGuarantee, memoryGuaranteeGiB);
        }
        ResourceChoiceConfig choice = resourceChoices.stream().filter(ResourceChoiceConfig::isDefault).findFirst()
                .orElse(resourceChoices.get(0));
        return new Size(choice.cpuGuarantee(), choice.memoryGuaranteeGiB());
    }

    /** What a server of a size reserves: vCPUs (null: none) and GiB of memory. */
    public record Size(Double cpuGuarantee, Double memoryGuaranteeGiB) {
    }
}
