package io.hubfleet.components;

import com.pulumi.kubernetes.helm.v3.Release;
import io.hubfleet.config.hub.DaskConfig;
import io.hubfleet.config.hub.ImageConfig;

import java.util.Objects;

/**
 * Arguments of {@link DaskGateway}.
 *
 * @param site       where its hub lives (required)
 * @param namespace  the hub's namespace, which it shares with the hub (required: it reads the hub's Secret)
 * @param config     limits, idle timeout and worker sizes (required)
 * @param image      the default image of schedulers and workers: the hub's user image (required)
 * @param hubRelease the hub's release, whose Secret holds the gateway's API token (required)
 */
public record DaskGatewayArgs(HubSite site, String namespace, DaskConfig config, ImageConfig image,
                              Release hubRelease) {

    public DaskGatewayArgs {
        Objects.requireNonNull(site, "DaskGatewayArgs.site is required");
        Objects.requireNonNull(namespace, "DaskGatewayArgs.namespace is required");
        Objects.requireNonNull(config, "DaskGatewayArgs.config is required");
        Objects.requireNonNull(image, "DaskGatewayArgs.image is required");
        Objects.requireNonNull(hubRelease, "DaskGatewayArgs.hubRelease is required");
    }
}
