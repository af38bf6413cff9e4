package io.hubfleet.cloud;

import com.pulumi.core.Output;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Gateway's public address, reserved as a cloud resource before the load balancer exists: DNS can
 * point at it from the first deployment, and it survives the load balancer (or the cluster) being
 * rebuilt.
 *
 * @param addresses          the public IPv4 addresses: one on GCP and Azure, one per zone on AWS
 * @param serviceAnnotations annotations of the Gateway's LoadBalancer Service that make the cloud's
 *                           load balancer use them
 * @param loadBalancerIP     the address for the Service's {@code loadBalancerIP}, where the cloud reads it there (GKE)
 */
public record IngressAddress(Output<List<String>> addresses, Output<Map<String, String>> serviceAnnotations,
                             Optional<Output<String>> loadBalancerIP) {
}
