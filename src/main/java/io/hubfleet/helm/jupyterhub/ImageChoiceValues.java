package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.ImageChoiceConfig;
import io.hubfleet.config.hub.OtherImageConfig;
import io.hubfleet.config.hub.ProfileConfig;

/**
 * A declared profile's image choice and groups (KubeSpawner 7.0.0, kubespawner/spawner.py, profile_list):
 * {@code profile_options.image} with one choice per listed image, each overriding {@code image}; the first
 * preselected; optionally an {@code unlisted_choice} whose value must match {@code validation_regex}
 * (checked on the hub in {@code _validate_user_options}) and becomes the image. Groups ride along under
 * {@link GroupValues#GROUPS_KEY} for hub/profile-groups.py.
 */
final class ImageChoiceValues {

    static final String OPTION = "image";

    private ImageChoiceValues() {
    }

    static void apply(ObjectNode profile, ProfileConfig config) {
        GroupValues.limit(profile, config.allowedGroups());
        if (config.images().isEmpty()) {
            return;
        }
        ObjectNode option = profile.withObject("/profile_options").putObject(OPTION);
        option.put("display_name", "Image");
        ObjectNode choices = option.putObject("choices");
        for (int i = 0; i < config.images().size(); i++) {
            ImageChoiceConfig image = config.images().get(i);
            // Helm sorts mapping keys; the position keeps the community's order in the spawn form.
            ObjectNode choice = choices.putObject(ProfileValues.choiceKey(i + 1, slug(image)));
            choice.put("display_name", image.displayName());
            if (i == 0) {
                choice.put("default", true);
            }
            choice.putObject("kubespawner_override").put("image", image.reference());
            GroupValues.limit(choice, image.allowedGroups());
        }
        OtherImageConfig other = config.otherImage();
        if (other != null) {
            ObjectNode unlisted = option.putObject("unlisted_choice");
            unlisted.put("enabled", true);
            unlisted.put("display_name", "Other image");
            unlisted.put("display_name_in_choices", "Other image...");
            unlisted.put("validation_regex", other.pattern());
            unlisted.put("validation_message", "An image this hub allows: it must match " + other.pattern());
            unlisted.putObject("kubespawner_override").put("image", "{value}");
            GroupValues.limit(unlisted, other.allowedGroups());
        }
    }

    /** A choice key: the image's last path segment and tag, lower case, safe as a form value. */
    static String slug(ImageChoiceConfig image) {
        String name = image.name().substring(image.name().lastIndexOf('/') + 1);
        return (name + "-" + image.tag()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }
}
