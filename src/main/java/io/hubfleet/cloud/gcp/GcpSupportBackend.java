package io.hubfleet.cloud.gcp;

import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.SupportBackend;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.Support;

import java.util.Map;

/** GKE brings its own autoscaler and a plain external passthrough load balancer fits the Gateway. */
final class GcpSupportBackend implements SupportBackend {

    @Override
    public boolean needsGpuDevicePlugin() {
        return false;
    }

    @Override
    public Map<String, String> loadBalancerAnnotations() {
        return Map.of();
    }

    @Override
    public void addClusterServices(Support component, String name, Cluster cluster, CustomResourceOptions options) {
        // Nothing: GKE's cluster autoscaler is part of the managed control plane.
    }
}
