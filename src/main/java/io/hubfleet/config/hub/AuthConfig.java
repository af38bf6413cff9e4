package io.hubfleet.config.hub;

import io.hubfleet.config.portable.SecretValue;

import java.util.List;

/**
 * How users log in to a hub, and who may. Exactly the section of the chosen provider may be set.
 *
 * @param provider     github, cilogon, google or generic-oauth
 * @param clientId     the OAuth client id
 * @param clientSecret the OAuth client secret (a Pulumi secret)
 * @param admins       hub admins; default none
 * @param allowedUsers users allowed besides the provider section's rules; default none
 * @param allowAll     anyone the provider authenticates may log in; default false
 * @param adminGroups   members of these provider groups are admins; default none
 * @param allowedGroups members of these provider groups may log in; default none
 */
public record AuthConfig(
        AuthProvider provider,
        String clientId,
        SecretValue clientSecret,
        List<String> admins,
        List<String> allowedUsers,
        Boolean allowAll,
        List<String> adminGroups,
        List<String> allowedGroups,
        GithubAuthConfig github,
        CilogonAuthConfig cilogon,
        GoogleAuthConfig google,
        GenericOAuthConfig genericOAuth) {

    public AuthConfig {
        admins = admins == null ? List.of() : List.copyOf(admins);
        allowedUsers = allowedUsers == null ? List.of() : List.copyOf(allowedUsers);
        allowAll = allowAll != null && allowAll;
        adminGroups = adminGroups == null ? List.of() : List.copyOf(adminGroups);
        allowedGroups = allowedGroups == null ? List.of() : List.copyOf(allowedGroups);
    }

    /** The sections present, by their key, other than the provider's own. */
    public List<String> foreignSections() {
        List<String> present = new java.util.ArrayList<>();
        for (AuthProvider other : AuthProvider.values()) {
            if (other != provider && section(other) != null) {
                present.add(other.sectionKey());
            }
        }
        return present;
    }

    /** A provider's own section, or null: exhaustive, so a new provider does not compile without its section. */
    public Object section(AuthProvider of) {
        return switch (of) {
            case GITHUB -> github;
            case CILOGON -> cilogon;
            case GOOGLE -> google;
            case GENERIC_OAUTH -> genericOAuth;
        };
    }
}
