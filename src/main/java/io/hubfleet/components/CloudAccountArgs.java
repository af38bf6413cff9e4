package io.hubfleet.components;

import io.hubfleet.config.Cloud;
import io.hubfleet.config.StackConfig;

import java.util.Objects;
import java.util.Optional;

/**
 * Arguments of {@link CloudAccount}.
 *
 * @param cloud     which cloud (required)
 * @param accountId the GCP project, AWS account or Azure subscription to adopt (required)
 * @param region    the region every regional resource lives in (required)
 * @param zone      where single-zone resources live; required on GCP, optional elsewhere
 * @param stack     the stack name, for tags/labels on every resource (required)
 */
public record CloudAccountArgs(Cloud cloud, String accountId, String region, Optional<String> zone, String stack) {

    public CloudAccountArgs {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(stack, "stack");
    }

    public static CloudAccountArgs of(StackConfig config) {
        return new CloudAccountArgs(config.cloud(), config.account().id(), config.region(), config.zone(),
                config.stack());
    }

    /** The zone, or a clear failure where a cloud needs one and none was given. */
    public String requireZone() {
        return zone.orElseThrow(() -> new IllegalArgumentException(
                "CloudAccountArgs.zone is required on " + cloud.configName()));
    }
}
