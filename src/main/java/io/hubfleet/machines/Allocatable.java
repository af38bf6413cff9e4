package io.hubfleet.machines;

import io.hubfleet.config.Cloud;

/**
 * What a node leaves for pods after the system takes its share: the managed Kubernetes' reservations
 * (kubelet, container runtime, eviction threshold) and hubfleet's allowance for the daemon sets every
 * node runs (networking, logging, monitoring). An estimate, on the safe side, used to size profiles so
 * that a "whole node" choice still fits a node.
 *
 * <p>GKE's published formula: memory 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6%
 * of the next 112, 2% above 128, plus a 100 MiB eviction threshold; CPU 6% of the first core, 1% of
 * the second, 0.5% of the next two, 0.25% above four. EKS (AL2023) reserves 255 MiB + 11 MiB per pod
 * (110 pods assumed) and AKS 50 MiB + 20 MiB per pod (110 pods), each with the same CPU formula and
 * eviction threshold.
 *
 * @param cpu       vCPUs left for pods
 * @param memoryGiB memory left for pods, in GiB
 */
public record Allocatable(double cpu, double memoryGiB) {

    /** Daemon sets on every node, on every cloud. */
    static final double DAEMONSET_CPU = 0.1;
    static final double DAEMONSET_MEMORY_GIB = 0.5;
    static final double EVICTION_GIB = 100.0 / 1024;
    static final int MAX_PODS = 110;

    public static Allocatable of(Cloud cloud, MachineType type) {
        double memoryReserved = switch (cloud) {
            case GCP -> gkeMemoryReservation(type.memoryGiB());
            case AWS -> (255.0 + 11.0 * MAX_PODS) / 1024;
            case AZURE -> (50.0 + 20.0 * MAX_PODS) / 1024;
        } + EVICTION_GIB + DAEMONSET_MEMORY_GIB;
        double cpuReserved = cpuReservation(type.cpu()) + DAEMONSET_CPU;
        return new Allocatable(round(type.cpu() - cpuReserved, 100), round(type.memoryGiB() - memoryReserved, 100));
    }

    static double gkeMemoryReservation(double memoryGiB) {
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

    private static double round(double value, int scale) {
        return Math.floor(value * scale) / scale;
    }
}
