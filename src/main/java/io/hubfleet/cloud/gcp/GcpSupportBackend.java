package io.hubfleet.cloud.gcp;

import com.pulumi.resources.Resource;
import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Address;
import com.pulumi.gcp.compute.AddressArgs;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudNames;
import io.hubfleet.cloud.IngressAddress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GKE brings its own autoscaler and GPU device plugin; a plain external passthrough load balancer on a
 * reserved address fits the Gateway.
 */
final class GcpSupportBackend {

    /** A regional external address; GKE's load balancer takes it from the Service's loadBalancerIP. */
    public IngressAddress reserveIngressAddress(Resource component, String name, GkeCluster gke) {
        Address address = new Address(name + "-ingress", AddressArgs.builder()
                .name(CloudNames.fit(gke.spec().clusterName() + "-ingress", 63))
                .description("hubfleet ingress of cluster " + gke.spec().clusterName())
                .region(gke.account().spec().region())
                .addressType("EXTERNAL")
                .networkTier("PREMIUM")
                .build(), ChildOptions.in(component, gke.account().provider()));
        return new IngressAddress(address.address().applyValue(List::of), Output.of(Map.of()),
                Optional.of(address.address()));
    }
}
