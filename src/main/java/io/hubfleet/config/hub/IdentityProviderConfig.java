package io.hubfleet.config.hub;

import java.util.List;

/**
 * One identity provider CILogon may use.
 *
 * @param entityId       the provider's entity id
 * @param usernameClaim  the claim that becomes the username; default email
 * @param allowedDomains e-mail domains allowed; default all of the provider's users
 */
public record IdentityProviderConfig(String entityId, String usernameClaim, List<String> allowedDomains) {

    public IdentityProviderConfig {
        usernameClaim = usernameClaim == null ? "email" : usernameClaim;
        allowedDomains = allowedDomains == null ? List.of() : List.copyOf(allowedDomains);
    }
}
