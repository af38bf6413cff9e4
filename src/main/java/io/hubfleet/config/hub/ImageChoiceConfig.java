package io.hubfleet.config.hub;

import java.util.List;

/**
 * An image users may choose for a profile, pinned by tag.
 *
 * @param name          the image
 * @param tag           a pinned tag (not latest)
 * @param displayName   what users see; default name:tag
 * @param allowedGroups only these groups' members may choose it; default everyone who sees the profile
 */
public record ImageChoiceConfig(String name, String tag, String displayName, List<String> allowedGroups) {

    public ImageChoiceConfig {
        displayName = displayName == null ? name + ":" + tag : displayName;
        allowedGroups = allowedGroups == null ? List.of() : List.copyOf(allowedGroups);
    }

    public String reference() {
        return name + ":" + tag;
    }
}
