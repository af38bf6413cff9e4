package io.hubfleet.cloud;

import io.hubfleet.net.Ipv4Cidr;

/**
 * The address ranges of a cluster's own network.
 *
 * @param nodes             the nodes' (VPC or virtual network) range
 * @param pods              the pods' range
 * @param services          the services' range
 * @param controlPlane      GKE only: the private control plane's range
 * @param natGatewayPerZone AWS only: a NAT gateway in each zone (else one)
 */
public record ClusterNetwork(Ipv4Cidr nodes, Ipv4Cidr pods, Ipv4Cidr services, Ipv4Cidr controlPlane,
                             boolean natGatewayPerZone) {
}
