package io.hubfleet.config.hub;

import java.util.List;

/**
 * CILogon login: the identity providers (institutions) allowed.
 *
 * @param identityProviders the institutions
 * @param groupsClaim       the userinfo claim listing the user's groups; default isMemberOf
 */
public record CilogonAuthConfig(List<IdentityProviderConfig> identityProviders, String groupsClaim) {

    public CilogonAuthConfig {
        identityProviders = List.copyOf(identityProviders);
        groupsClaim = groupsClaim == null ? "isMemberOf" : groupsClaim;
    }
}
