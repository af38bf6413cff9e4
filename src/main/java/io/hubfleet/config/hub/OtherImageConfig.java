package io.hubfleet.config.hub;

import java.util.List;

/**
 * A field where users name an image of their own (KubeSpawner's {@code unlisted_choice}).
 *
 * @param pattern       a regular expression anchored with ^ and $ every named image must match
 * @param allowedGroups only these groups' members get the field; default everyone who sees the profile
 */
public record OtherImageConfig(String pattern, List<String> allowedGroups) {

    public OtherImageConfig {
        allowedGroups = allowedGroups == null ? List.of() : List.copyOf(allowedGroups);
    }
}
