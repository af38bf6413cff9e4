package io.hubfleet.config.hub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a hub names groups of its identity provider. A hub that names none keeps JupyterHub's groups to
 * itself (OAuthenticator's {@code manage_groups} stays off).
 */
public final class HubGroups {

    /**
     * One place a group is named.
     *
     * @param at    the key path under the hub: keys and list indexes, such as profiles, 0, allowedGroups, 1
     * @param group the group's name
     */
    public record Use(List<Object> at, String group) {

        public Use {
            at = List.copyOf(at);
        }
    }

    private HubGroups() {
    }

    /** Every place the hub names a group, in the order of its config. */
    public static List<Use> uses(HubConfig hub) {
        List<Use> uses = new ArrayList<>();
        add(uses, List.of("auth", "adminGroups"), hub.auth().adminGroups());
        add(uses, List.of("auth", "allowedGroups"), hub.auth().allowedGroups());
        if (hub.profiles() != null) {
            for (int i = 0; i < hub.profiles().size(); i++) {
                ProfileConfig profile = hub.profiles().get(i);
                add(uses, List.of("profiles", i, "allowedGroups"), profile.allowedGroups());
                for (int j = 0; j < profile.images().size(); j++) {
                    add(uses, List.of("profiles", i, "images", j, "allowedGroups"), profile.images().get(j).allowedGroups());
                }
                for (int j = 0; j < profile.resourceChoices().size(); j++) {
                    add(uses, List.of("profiles", i, "resourceChoices", j, "allowedGroups"),
                            profile.resourceChoices().get(j).allowedGroups());
                }
                if (profile.otherImage() != null) {
                    add(uses, List.of("profiles", i, "otherImage", "allowedGroups"), profile.otherImage().allowedGroups());
                }
            }
        }
        for (int i = 0; i < hub.sharedDirectories().size(); i++) {
            add(uses, List.of("sharedDirectories", i, "groups"), hub.sharedDirectories().get(i).groups());
        }
        return uses;
    }

    /** The groups the hub names, each once. */
    public static Set<String> names(HubConfig hub) {
        Set<String> names = new LinkedHashSet<>();
        uses(hub).forEach(use -> names.add(use.group()));
        return names;
    }

    /** Whether the hub's login must bring the provider's groups (OAuthenticator {@code manage_groups}). */
    public static boolean managed(HubConfig hub) {
        return !uses(hub).isEmpty();
    }

    /** Whether any profile, image choice or other-image field is limited to groups. */
    public static boolean limitsProfiles(HubConfig hub) {
        return uses(hub).stream().anyMatch(use -> use.at().get(0).equals("profiles"));
    }

    private static void add(List<Use> uses, List<Object> key, List<String> groups) {
        for (int i = 0; i < groups.size(); i++) {
            List<Object> at = new ArrayList<>(key);
            at.add(i);
            uses.add(new Use(at, groups.get(i)));
        }
    }
}
