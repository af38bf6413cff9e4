package io.hubfleet.config.hub;

import java.util.List;

/** CILogon login: the identity providers (institutions) allowed. */
public record CilogonAuthConfig(List<IdentityProviderConfig> identityProviders) {

    public CilogonAuthConfig {
        identityProviders = List.copyOf(identityProviders);
    }
}
