package io.hubfleet.config.hub;

/** Stopping idle servers. Defaults: after an hour idle; no maximum age. */
public record CullingConfig(Integer idleTimeoutSeconds, Integer maxAgeSeconds) {

    public CullingConfig {
        idleTimeoutSeconds = idleTimeoutSeconds == null ? 3600 : idleTimeoutSeconds;
        maxAgeSeconds = maxAgeSeconds == null ? 0 : maxAgeSeconds;
    }

    public static CullingConfig defaults() {
        return new CullingConfig(null, null);
    }
}
