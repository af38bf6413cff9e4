package io.hubfleet.config.hub;

import java.util.List;

/**
 * Any OAuth2 / OpenID Connect issuer.
 *
 * @param authorizeUrl  the authorization endpoint
 * @param tokenUrl      the token endpoint
 * @param userdataUrl   the userinfo endpoint
 * @param usernameClaim the claim that becomes the username; default email
 * @param scopes        scopes requested; default openid, email
 * @param loginService  what the login button says; default "your institution"
 * @param groupsClaim   the userinfo claim listing the user's groups; default groups
 */
public record GenericOAuthConfig(String authorizeUrl, String tokenUrl, String userdataUrl, String usernameClaim,
                                 List<String> scopes, String loginService, String groupsClaim) {

    public GenericOAuthConfig {
        usernameClaim = usernameClaim == null ? "email" : usernameClaim;
        scopes = scopes == null ? List.of("openid", "email") : List.copyOf(scopes);
        loginService = loginService == null ? "your institution" : loginService;
        groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
    }
}
