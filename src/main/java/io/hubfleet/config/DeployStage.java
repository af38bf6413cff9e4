package io.hubfleet.config;

import java.util.Locale;

/**
 * When a stack deploys on merge: staging stacks first, the others only once they have succeeded.
 * Set with {@code hubfleet:stage}; the default is production.
 */
public enum DeployStage {
    STAGING,
    PRODUCTION;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeployStage fromConfigName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
