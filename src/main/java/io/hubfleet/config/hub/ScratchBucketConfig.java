package io.hubfleet.config.hub;

/** The hub's scratch bucket. Default: objects deleted 7 days after they are written. */
public record ScratchBucketConfig(Integer expiryDays) {

    public ScratchBucketConfig {
        expiryDays = expiryDays == null ? 7 : expiryDays;
    }

    public static ScratchBucketConfig defaults() {
        return new ScratchBucketConfig(null);
    }
}
