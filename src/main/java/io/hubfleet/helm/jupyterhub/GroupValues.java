package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.AuthConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.HubGroups;
import io.hubfleet.config.hub.SharedDirectoryConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a hub's groups, group directories, admins' view of homes and image pre-pulling add to its values.
 * A hub that uses none of them gets nothing from here, except the pre-puller's switch.
 * <ul>
 *   <li>Groups (OAuthenticator 17.4.0, oauthenticator/oauth2.py): {@code manage_groups} makes the groups the
 *       provider reports at each login the user's JupyterHub groups; {@code admin_groups} and
 *       {@code allowed_groups} read them. Where they come from is the provider's:
 *       {@code auth_state_groups_key} names a claim of the userinfo CILogon ({@code cilogon_user}) or the
 *       generic issuer ({@code oauth_user}) returned; GitHub's are the user's teams
 *       ({@code populate_teams_in_auth_state}, oauthenticator/github.py), named org:team-slug by a hook.</li>
 *   <li>Profiles limited to groups: a callable {@code profile_list} (hub/profile-groups.py).</li>
 *   <li>Group directories: the directory {@code _groups/<name>} of the hub's home volume at
 *       {@code ~/groups/<name>}, read-only for everyone ({@code singleuser.storage.extraVolumeMounts}) unless
 *       hidden, writable for the groups' members through JupyterHub 5.5's {@code Spawner.group_overrides}
 *       (jupyterhub/spawner.py: applied before the profile's overrides, and merged into KubeSpawner's
 *       {@code volume_mounts}, a mapping in z2jh 4.4.0's jupyterhub_config.py, so the same key turns the
 *       read-only mount writable).</li>
 *   <li>Admins' view of homes: the hub's home volume whole, read-only, in admins' servers
 *       ({@code custom.hubfleet.adminVolumeMounts}, mounted by hub/user-pod-mounts.py).</li>
 * </ul>
 */
final class GroupValues {

    static final String GITHUB_TEAMS = "hubfleet-20-github-teams";
    static final String PROFILE_GROUPS = "hubfleet-30-profile-groups";
    /** After the baseline's hubfleet-10-shared-readwrite, whose hook it wraps. */
    static final String USER_POD_MOUNTS = "hubfleet-40-user-pod-mounts";
    /** The key each profile, choice or other-image field carries its groups under (hub/profile-groups.py). */
    static final String GROUPS_KEY = "hubfleet_allowed_groups";
    static final String ALL_HOMES = "/home/jovyan/all-homes";

    private GroupValues() {
    }

    static void apply(ObjectNode values, HubConfig hub) {
        ObjectNode hubNode = values.withObject("/hub");
        if (HubGroups.managed(hub)) {
            login(hubNode, hub.auth());
        }
        if (HubGroups.limitsProfiles(hub)) {
            hubNode.withObject("/extraConfig").put(PROFILE_GROUPS, python("profile-groups.py"));
        }
        for (SharedDirectoryConfig directory : hub.sharedDirectories()) {
            String key = mountKey(directory);
            if (directory.others() == SharedDirectoryConfig.Others.READ_ONLY) {
                mount(values.withObject("/singleuser/storage/extraVolumeMounts").putObject(key), directory, true);
            }
            ObjectNode override = hubNode.withObject("/config/KubeSpawner/group_overrides")
                    .putObject("50-hubfleet-group-" + directory.name());
            override.set("groups", strings(directory.groups()));
            mount(override.putObject("spawner_override").putObject("volume_mounts").putObject(key), directory, false);
        }
        if (hub.adminsReadHomes()) {
            values.withObject("/custom/hubfleet/adminVolumeMounts").putObject("all-homes")
                    .put("name", JupyterHubValues.HOME_VOLUME).put("mountPath", ALL_HOMES).put("readOnly", true);
        }
        if (!hub.sharedDirectories().isEmpty() || hub.adminsReadHomes()) {
            hubNode.withObject("/extraConfig").put(USER_POD_MOUNTS, python("user-pod-mounts.py"));
        }
    }

    private static void login(ObjectNode hubNode, AuthConfig auth) {
        ObjectNode provider = hubNode.withObject("/config").withObject("/" + auth.provider().authenticatorClass());
        provider.put("manage_groups", true);
        if (!auth.adminGroups().isEmpty()) {
            provider.set("admin_groups", strings(auth.adminGroups()));
        }
        if (!auth.allowedGroups().isEmpty()) {
            provider.set("allowed_groups", strings(auth.allowedGroups()));
        }
        switch (auth.provider()) {
            case GITHUB -> {
                // Needs read:org in scope, which AuthValues always asks for.
                provider.put("populate_teams_in_auth_state", true);
                hubNode.withObject("/extraConfig").put(GITHUB_TEAMS, python("github-teams.py"));
            }
            // CILogonOAuthenticator.user_auth_state_key (oauthenticator/cilogon.py); the claim needs the
            // org.cilogon.userinfo scope, which CILogonOAuthenticator always asks for.
            case CILOGON -> provider.put("auth_state_groups_key", "cilogon_user." + auth.cilogon().groupsClaim());
            // OAuthenticator.user_auth_state_key (oauthenticator/oauth2.py).
            case GENERIC_OAUTH -> provider.put("auth_state_groups_key", "oauth_user." + auth.genericOAuth().groupsClaim());
            case GOOGLE -> throw new IllegalArgumentException("Google login brings no groups (GroupRules refuses them)");
        }
    }

    static String mountKey(SharedDirectoryConfig directory) {
        return "hubfleet-group-" + directory.name();
    }

    private static void mount(ObjectNode mount, SharedDirectoryConfig directory, boolean readOnly) {
        mount.put("name", JupyterHubValues.HOME_VOLUME).put("mountPath", directory.mountPath())
                .put("subPath", directory.subPath()).put("readOnly", readOnly);
    }

    /** The groups an entry of singleuser.profileList is limited to, when it is (read by hub/profile-groups.py). */
    static void limit(ObjectNode entry, List<String> groups) {
        if (!groups.isEmpty()) {
            entry.set(GROUPS_KEY, strings(groups));
        }
    }

    static String python(String file) {
        try (InputStream in = GroupValues.class.getResourceAsStream("/hub/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource hub/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode strings(List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return array;
    }
}
