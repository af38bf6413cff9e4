package io.hubfleet.machines;

import io.hubfleet.config.portable.Cloud;

/**
 * What a node leaves for pods. Two steps, each from measured facts:
 * <ol>
 *   <li>The kubelet's allocatable: measured on real clusters where the catalogue has the type
 *       ({@link MachineType#measured}, 2i2c's figures); otherwise the cloud's published reservation
 *       applied to the capacity the kubelet reports, which is a little under the type's nominal
 *       memory (a line fitted to 2i2c's capacities, below).</li>
 *   <li>Less what DaemonSets request on every node: the most measured on the cloud's clusters
 *       ({@code daemonSetRequests} in the catalogue), and hubfleet's own ({@link #HUBFLEET_DAEMONSETS}).</li>
 * </ol>
 * Reservations: GKE (cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes) memory 25% of the
 * first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112, 2% above, plus 100 MiB
 * eviction; EKS AL2023 (awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go) 255 MiB + 11 MiB per
 * pod of the ENI limit, plus 100 MiB; AKS (learn.microsoft.com/azure/aks/node-resource-reservations)
 * since 1.29 the lesser of 20 MB per pod + 50 MB and 25% of memory, plus 100 MiB, before 1.29 GKE's bands
 * plus 750 MiB: the larger of the two is taken, which is what 2i2c measured. CPU: GKE and EKS 6% of the
 * first core, 1% of the second, 0.5% of the next two, 0.25% above four; AKS 6%, 4%, 2%, 2%, then 1%.
 *
 * @param cpu       vCPUs left for pods
 * @param memoryGiB memory left for pods, in GiB
 */
public record Allocatable(double cpu, double memoryGiB) {

    static final double EVICTION_GIB = 100.0 / 1024;
    static final double AKS_LEGACY_EVICTION_GIB = 750.0 / 1024;
    /** The pods hubfleet allows on an AKS node (every agent pool sets maxPods). */
    public static final int AKS_MAX_PODS = 110;

    /**
     * hubfleet's own DaemonSets on every node: Prometheus' node exporter (its requests in
     * components/support/prometheus/values.yaml). z2jh's image puller and NVIDIA's device plugin request
     * nothing. The rendering tests check this against every DaemonSet the estates run.
     */
    public static final Allocatable HUBFLEET_DAEMONSETS = new Allocatable(0.02, 32.0 / 1024);

    /** What pods can request on a node of the type: the kubelet's allocatable less all DaemonSets'. */
    public static Allocatable of(Cloud cloud, MachineType type) {
        Allocatable kubelet = kubeletAllocatable(cloud, type);
        Allocatable cloudDaemonSets = MachineCatalogue.of(cloud).daemonSetRequests();
        return new Allocatable(round(kubelet.cpu - cloudDaemonSets.cpu - HUBFLEET_DAEMONSETS.cpu),
                round(kubelet.memoryGiB - cloudDaemonSets.memoryGiB - HUBFLEET_DAEMONSETS.memoryGiB));
    }

    /** The node's allocatable as the kubelet reports it: measured, or the cloud's formula. */
    public static Allocatable kubeletAllocatable(Cloud cloud, MachineType type) {
        if (type.measured() != null) {
            return type.measured();
        }
        double capacity = capacityGiB(cloud, type.memoryGiB());
        double memoryReserved = switch (cloud) {
            case GCP -> bands(capacity) + EVICTION_GIB;
            case AWS -> (255.0 + 11.0 * maxPods(type)) / 1024 + EVICTION_GIB;
            case AZURE -> Math.max(bands(capacity) + AKS_LEGACY_EVICTION_GIB,
                    Math.min((20.0 * AKS_MAX_PODS + 50) / 1000 * 1000 * 1000 / (1 << 30), 0.25 * capacity) + EVICTION_GIB);
        };
        double cpuReserved = cloud == Cloud.AZURE ? aksCpuReservation(type.cpu()) : cpuReservation(type.cpu());
        return new Allocatable(round(type.cpu() - cpuReserved), round(capacity - memoryReserved));
    }

    /**
     * The memory the kubelet reports for a type of this nominal size, fitted to 2i2c's measured
     * capacities (n2-highmem, n1-standard; r5, m5, g4dn; E*s v3/v5): within 1% (0.6 GiB) of each, never above.
     */
    static double capacityGiB(Cloud cloud, double nominalGiB) {
        return switch (cloud) {
            case GCP -> nominalGiB * 0.983 - 0.2;
            case AWS -> nominalGiB * 0.97 - 0.4;
            case AZURE -> nominalGiB * 0.98 - 0.1;
        };
    }

    private static int maxPods(MachineType type) {
        if (type.maxPods() == null) {
            throw new IllegalStateException(type.name() + " has no maxPods in components/machines/aws.yaml");
        }
        return type.maxPods();
    }

    static double bands(double memoryGiB) {
        double reserved = 0;
        double[][] bands = {{4, 0.25}, {4, 0.20}, {8, 0.10}, {112, 0.06}, {Double.MAX_VALUE, 0.02}};
        double left = memoryGiB;
        for (double[] band : bands) {
            double inBand = Math.min(left, band[0]);
            reserved += inBand * band[1];
            left -= inBand;
            if (left <= 0) {
                break;
            }
        }
        return reserved;
    }

    static double cpuReservation(int cores) {
        double reserved = 0.06;
        if (cores > 1) {
            reserved += 0.01;
        }
        if (cores > 2) {
            reserved += 0.005 * Math.min(2, cores - 2);
        }
        if (cores > 4) {
            reserved += 0.0025 * (cores - 4);
        }
        return reserved;
    }

    static double aksCpuReservation(int cores) {
        double reserved = 0.06;
        if (cores > 1) {
            reserved += 0.04;
        }
        if (cores > 2) {
            reserved += 0.02 * Math.min(2, cores - 2);
        }
        if (cores > 4) {
            reserved += 0.01 * (cores - 4);
        }
        return reserved;
    }

    /** Rounded down to 1/1000: a share of a node never exceeds it. */
    private static double round(double value) {
        return Math.floor(value * 1000 + 1e-9) / 1000;
    }
}
