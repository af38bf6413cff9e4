package io.hubfleet.cloud;

/**
 * How fast home storage is, as every cloud offers it: a standard and a premium service or disk type
 * (docs/components/filestore.md gives each cloud's).
 */
public enum HomeStorageTier {
    STANDARD,
    PREMIUM
}
