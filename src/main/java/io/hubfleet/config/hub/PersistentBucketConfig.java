package io.hubfleet.config.hub;

/** The hub's persistent bucket: kept, protected, never emptied. Default: not created. */
public record PersistentBucketConfig(Boolean enabled) {

    public PersistentBucketConfig {
        enabled = enabled != null && enabled;
    }

    public static PersistentBucketConfig defaults() {
        return new PersistentBucketConfig(null);
    }
}
