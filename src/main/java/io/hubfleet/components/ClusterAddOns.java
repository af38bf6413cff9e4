package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;

import javax.annotation.Nullable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the cloud's managed Kubernetes lacks: NVIDIA's device plugin for GPU pools where the cloud does
 * not run one (EKS, AKS; GKE installs its own), and the cloud's own services (the cluster autoscaler on
 * EKS, through the cluster handle's {@code addClusterServices}).
 */
public final class ClusterAddOns extends ComponentResource {

    public static final String TYPE = "hubfleet:index:ClusterAddOns";

    static final HelmChart GPU_DEVICE_PLUGIN = HelmChart.load("support/nvidia-device-plugin");

    private final Map<String, HelmChart> crdCharts = new TreeMap<>();

    public ClusterAddOns(String name, ClusterAddOnsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        Cluster cluster = args.cluster();
        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(this)
                .provider(cluster.kubernetesProvider()).build();
        boolean gpuDevicePlugin = args.gpus() && cluster.account().platform().needsGpuDevicePlugin();
        if (gpuDevicePlugin) {
            HelmRelease.create(name + "-nvidia-device-plugin", "nvidia-device-plugin", "kube-system", true,
                    GPU_DEVICE_PLUGIN, Output.of(GPU_DEVICE_PLUGIN.baselineCopy()), 900, inCluster);
            crdCharts.put("nvidia-device-plugin", GPU_DEVICE_PLUGIN);
        }
        cluster.provisioned().addClusterServices(this, name, inCluster);
        registerOutputs(Map.of("gpuDevicePlugin", Output.of(gpuDevicePlugin)));
    }

    /** The installed charts that ship CRDs in crds/ (Helm never upgrades those), by component. */
    public Map<String, HelmChart> crdCharts() {
        return java.util.Collections.unmodifiableMap(crdCharts);
    }
}
