package io.hubfleet.cloud;

import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.Support;

/** What a cloud adds to the cluster's shared services. */
public interface SupportBackend {

    /** Whether GPUs need NVIDIA's device plugin installed (GKE installs its own). */
    boolean needsGpuDevicePlugin();

    /**
     * Reserves the Gateway's public address in the account, and says how its load balancer Service
     * takes it. Parented to the component, through the account's provider.
     */
    IngressAddress reserveIngressAddress(Support component, String name, Cluster cluster);

    /**
     * Services the cloud's managed Kubernetes lacks and every hub needs (EKS: the cluster autoscaler).
     * Created in the cluster through {@code options} (parented to the component, Kubernetes provider).
     */
    void addClusterServices(Support component, String name, Cluster cluster, CustomResourceOptions options);
}
