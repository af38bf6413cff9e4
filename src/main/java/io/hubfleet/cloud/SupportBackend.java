package io.hubfleet.cloud;

import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.Support;

import java.util.Map;

/** What a cloud adds to the cluster's shared services. */
public interface SupportBackend {

    /** Whether GPUs need NVIDIA's device plugin installed (GKE installs its own). */
    boolean needsGpuDevicePlugin();

    /** Annotations of the Gateway's load-balancer Service (the cloud's load balancer settings). */
    Map<String, String> loadBalancerAnnotations();

    /**
     * Services the cloud's managed Kubernetes lacks and every hub needs (EKS: the cluster autoscaler).
     * Created in the cluster through {@code options} (parented to the component, Kubernetes provider).
     */
    void addClusterServices(Support component, String name, Cluster cluster, CustomResourceOptions options);
}
