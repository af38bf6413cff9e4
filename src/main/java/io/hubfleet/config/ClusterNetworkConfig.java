package io.hubfleet.config;

/**
 * Address ranges of the cluster's own network. Defaults: nodes 10.0.0.0/16, pods 10.16.0.0/12,
 * services 10.32.0.0/16, control plane (GKE private endpoint) 172.16.0.0/28.
 *
 * @param natGateways AWS only: {@code one} NAT gateway (default; a zone's outage cuts the others' nodes off
 *                    the internet) or {@code perZone} (each zone's own, at a gateway's hourly price each)
 */
public record ClusterNetworkConfig(String nodeCidr, String podCidr, String serviceCidr, String controlPlaneCidr,
                                   String natGateways) {

    public static final java.util.List<String> NAT_GATEWAYS = java.util.List.of("one", "perZone");

    public ClusterNetworkConfig {
        nodeCidr = nodeCidr == null ? "10.0.0.0/16" : nodeCidr;
        podCidr = podCidr == null ? "10.16.0.0/12" : podCidr;
        serviceCidr = serviceCidr == null ? "10.32.0.0/16" : serviceCidr;
        controlPlaneCidr = controlPlaneCidr == null ? "172.16.0.0/28" : controlPlaneCidr;
    }

    public static ClusterNetworkConfig defaults() {
        return new ClusterNetworkConfig(null, null, null, null, null);
    }

    /** Whether each zone gets a NAT gateway of its own (AWS). */
    public boolean natGatewayPerZone() {
        return "perZone".equals(natGateways);
    }
}
