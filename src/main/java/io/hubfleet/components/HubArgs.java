package io.hubfleet.components;

import io.hubfleet.config.hub.HubConfig;

import java.util.Objects;

/**
 * Arguments of {@link Hub}.
 *
 * @param site   where it lives: its own stack's cluster, or a shared cluster (required)
 * @param config the hub's settings (required)
 */
public record HubArgs(HubSite site, HubConfig config) {

    public HubArgs {
        Objects.requireNonNull(site, "HubArgs.site is required");
        Objects.requireNonNull(config, "HubArgs.config is required");
    }
}
