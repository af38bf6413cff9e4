package io.hubfleet.components;

import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.aws.AwsPlatform;
import io.hubfleet.cloud.azure.AzurePlatform;
import io.hubfleet.cloud.gcp.GcpPlatform;
import io.hubfleet.config.portable.Cloud;

/** The platform of each cloud. */
public final class CloudPlatforms {

    private CloudPlatforms() {
    }

    public static CloudPlatform of(Cloud cloud) {
        return switch (cloud) {
            case GCP -> GcpPlatform.INSTANCE;
            case AWS -> AwsPlatform.INSTANCE;
            case AZURE -> AzurePlatform.INSTANCE;
        };
    }
}
