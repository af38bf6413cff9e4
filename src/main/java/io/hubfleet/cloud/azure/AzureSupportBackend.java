package io.hubfleet.cloud.azure;

import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.SupportBackend;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.Support;

import java.util.Map;

/**
 * AKS brings its own autoscaler; GPU nodes need NVIDIA's device plugin. The Gateway's Service keeps
 * {@code externalTrafficPolicy: Local}, for which the Azure load balancer probes kube-proxy's health
 * check node port at {@code /healthz}; the annotation names that path, so the probe stays right should
 * the policy ever change.
 */
final class AzureSupportBackend implements SupportBackend {

    @Override
    public boolean needsGpuDevicePlugin() {
        return true;
    }

    @Override
    public Map<String, String> loadBalancerAnnotations() {
        return Map.of("service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path", "/healthz");
    }

    @Override
    public void addClusterServices(Support component, String name, Cluster cluster, CustomResourceOptions options) {
        // Nothing: AKS's cluster autoscaler is part of the managed control plane.
    }
}
