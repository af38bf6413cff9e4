package io.hubfleet.config.hub;

import java.util.List;

/** Google login: users of these Google Workspace domains. */
public record GoogleAuthConfig(List<String> hostedDomains) {

    public GoogleAuthConfig {
        hostedDomains = hostedDomains == null ? List.of() : List.copyOf(hostedDomains);
    }
}
