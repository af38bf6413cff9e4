package io.hubfleet.components;

import io.hubfleet.config.IngressConfig;

import java.util.List;
import java.util.Objects;

/**
 * Arguments of {@link IngressGateway}.
 *
 * @param cluster the cluster (required)
 * @param ingress the Let's Encrypt account (required)
 * @param sites   the domains the Gateway serves over HTTPS: one listener each. Default: none
 */
public record IngressGatewayArgs(Cluster cluster, IngressConfig ingress, List<GatewaySite> sites) {

    public IngressGatewayArgs {
        Objects.requireNonNull(cluster, "IngressGatewayArgs.cluster is required");
        Objects.requireNonNull(ingress, "IngressGatewayArgs.ingress is required");
        sites = sites == null ? List.of() : List.copyOf(sites);
    }
}
