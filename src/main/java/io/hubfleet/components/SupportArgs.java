package io.hubfleet.components;

import io.hubfleet.config.IngressConfig;

import java.util.List;
import java.util.Objects;

/**
 * Arguments of {@link Support}.
 *
 * @param cluster the cluster (required)
 * @param ingress the Let's Encrypt account (required)
 * @param hubs    the hubs the Gateway serves: one HTTPS listener each
 * @param gpus    whether the cluster has GPU pools (their device plugin is installed where the cloud lacks it)
 */
public record SupportArgs(Cluster cluster, IngressConfig ingress, List<HubDomain> hubs, boolean gpus) {

    /** A hub's name and domain. */
    public record HubDomain(String hub, String domain) {
    }

    public SupportArgs {
        Objects.requireNonNull(cluster, "SupportArgs.cluster is required");
        Objects.requireNonNull(ingress, "SupportArgs.ingress is required");
        hubs = List.copyOf(hubs);
    }
}
