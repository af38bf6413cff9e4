package io.hubfleet.config.hub;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The login providers a hub can use, each an OAuthenticator class. */
public enum AuthProvider {
    GITHUB("github", "github", "GitHubOAuthenticator"),
    CILOGON("cilogon", "cilogon", "CILogonOAuthenticator"),
    GOOGLE("google", "google", "GoogleOAuthenticator"),
    GENERIC_OAUTH("generic-oauth", "genericOAuth", "GenericOAuthenticator");

    private final String configName;
    private final String sectionKey;
    private final String authenticatorClass;

    AuthProvider(String configName, String sectionKey, String authenticatorClass) {
        this.configName = configName;
        this.sectionKey = sectionKey;
        this.authenticatorClass = authenticatorClass;
    }

    @JsonValue
    public String configName() {
        return configName;
    }

    /** The key of this provider's section under {@code auth:}. */
    public String sectionKey() {
        return sectionKey;
    }

    /** The class name under {@code hub.config} in the chart's values. */
    public String authenticatorClass() {
        return authenticatorClass;
    }

    @JsonCreator
    public static AuthProvider fromConfigName(String name) {
        return Arrays.stream(values()).filter(p -> p.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provider " + name));
    }
}
