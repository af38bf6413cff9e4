package io.hubfleet.components;

import io.hubfleet.config.StackConfig;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.helm.monitoring.MonitoringSizing;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.MachineType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the core pool runs, as the sum of its pods' requests, and the smallest core-family machine that
 * holds it: the core pool's size when the stack file gives none. Each figure is what the pod requests
 * from Kubernetes, from hubfleet's own values ({@code components/}, checked against those files by
 * {@code CoreWorkloadTest}), a pinned chart's default, or the cloud's own add-ons, each cited. DaemonSets
 * are not listed: {@link Allocatable} already takes their share of every node.
 *
 * @param items what runs, one line per kind of pod
 */
public record CoreWorkload(List<Item> items) {

    /**
     * One kind of pod on the core pool.
     *
     * @param what      the pod
     * @param count     how many run
     * @param cpuMillis each one's CPU request, in millicores
     * @param memoryMiB each one's memory request, in MiB
     * @param source    where the figure comes from
     */
    public record Item(String what, int count, int cpuMillis, int memoryMiB, String source) {
    }

    public CoreWorkload {
        items = List.copyOf(items);
    }

    public int cpuMillis() {
        return items.stream().mapToInt(i -> i.count() * i.cpuMillis()).sum();
    }

    public int memoryMiB() {
        return items.stream().mapToInt(i -> i.count() * i.memoryMiB()).sum();
    }

    /** Whether one node of this type holds it all, Prometheus sized for that node. */
    public boolean fits(Allocatable node) {
        return cpuMillis() <= node.cpu() * 1000 && memoryMiB() <= node.memoryGiB() * 1024;
    }

    /** The core pods of this stack, Prometheus sized for {@code node} (its share grows with the node). */
    public static CoreWorkload of(StackConfig config, Allocatable node) {
        List<Item> items = new ArrayList<>();
        if (config.ingress().isPresent()) {
            items.add(new Item("cert-manager controller", 1, 10, 64, "components/support/cert-manager/values.yaml"));
            items.add(new Item("Envoy Gateway controller", 1, 100, 256,
                    "gateway-helm v1.9.0 values.yaml deployment.envoyGateway.resources"));
            items.add(new Item("Envoy proxy with its shutdown manager", 1, 110, 544,
                    "Envoy Gateway's defaults, envoyproxy/gateway api/v1alpha1/shared_types.go (100m/512Mi, 10m/32Mi)"));
        }
        if (config.monitoring().enabled()) {
            MonitoringSizing prometheus = MonitoringSizing.forCoreNode(node);
            items.add(new Item("Prometheus server", 1, (int) Math.round(prometheus.cpuRequest() * 1000),
                    (int) prometheus.memoryRequestMiB(), "MonitoringSizing: a sixth of the core node's memory, 1 to 8 GiB"));
            items.add(new Item("Prometheus config reloader", 1, 10, 32, "components/support/prometheus/values.yaml"));
            items.add(new Item("kube-state-metrics", 1, 50, 128, "components/support/prometheus/values.yaml"));
            items.add(new Item("Alertmanager", 1, 10, 32, "components/support/prometheus/values.yaml alertmanager.resources"));
            items.add(new Item("Grafana", 1, 50, 128, "components/support/grafana/values.yaml"));
        }
        if (config.cloud() == Cloud.AWS) {
            items.add(new Item("cluster autoscaler", 1, 50, 300, "components/support/cluster-autoscaler/values.yaml"));
        }
        int hubs = config.ingress().isPresent() ? config.hubs().size() : 0;
        if (hubs > 0) {
            items.add(new Item("JupyterHub hub", hubs, 100, 512, "components/hub/values.yaml hub.resources"));
            items.add(new Item("configurable-http-proxy", hubs, 50, 128, "components/hub/values.yaml proxy.chp.resources"));
            items.add(new Item("home usage exporter", hubs, HomeUsageExporter.CPU_MILLIS, HomeUsageExporter.MEMORY_MIB,
                    "HomeUsageExporter (2i2c's figures)"));
            if (config.homeStorage().disks()) {
                items.add(new Item("home NFS server (ganesha, quota enforcer, grower, exporter)", hubs, 23, 576,
                        "components/home-nfs/values.yaml"));
            }
        }
        items.addAll(system(config.cloud()));
        return new CoreWorkload(items);
    }

    /**
     * The cloud's own add-ons that run as Deployments (DNS above all) on a small cluster's core node, and
     * an allowance for the small ones whose requests the clouds do not publish (metrics server,
     * konnectivity agents, event exporters).
     */
    static List<Item> system(Cloud cloud) {
        List<Item> items = new ArrayList<>();
        switch (cloud) {
            case GCP -> items.add(new Item("kube-dns", 1, 260, 110, "kubernetes/kubernetes cluster/addons/dns/kube-dns"
                    + "/kube-dns.yaml.in (kubedns 100m/70Mi, dnsmasq 150m/20Mi, sidecar 10m/20Mi)"));
            case AWS -> {
                items.add(new Item("CoreDNS", 2, 100, 70, "the EKS CoreDNS add-on: two replicas of 100m/70Mi"));
                items.add(new Item("EBS CSI controller", 2, 60, 240,
                        "aws-ebs-csi-driver: six containers of 10m/40Mi per replica"));
            }
            case AZURE -> items.add(new Item("CoreDNS", 2, 100, 70, "AKS CoreDNS: two replicas of 100m/70Mi"));
        }
        items.add(new Item("other managed add-ons (allowance)", 1, 100, 256,
                "an allowance: metrics server, konnectivity, event exporters"));
        return items;
    }

    /**
     * The smallest type of the cloud's core family ({@code coreFamily} in components/machines/) one node of
     * which holds the stack's core workload; the largest of the family when none does (the pool then
     * scales out to its max).
     */
    public static MachineType coreMachine(StackConfig config) {
        List<MachineType> types = MachineCatalogue.of(config.cloud()).coreTypes();
        Optional<MachineType> fitting = types.stream()
                .filter(type -> of(config, Allocatable.of(config.cloud(), type)).fits(Allocatable.of(config.cloud(), type)))
                .findFirst();
        return fitting.orElse(types.get(types.size() - 1));
    }
}
