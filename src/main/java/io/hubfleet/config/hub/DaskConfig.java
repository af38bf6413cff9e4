package io.hubfleet.config.hub;

import java.util.List;

/**
 * Dask Gateway for a hub. Defaults: off; clusters stop after 30 minutes idle; each cluster may hold 64
 * cores, 512 GiB and 100 workers; workers of 1, 2 or 4 vCPU with 8 GiB per vCPU. dask-gateway limits
 * each cluster, not each user (its per-user limits were removed in 2020).
 */
public record DaskConfig(
        Boolean enabled,
        Integer idleTimeoutSeconds,
        Double maxCoresPerCluster,
        Double maxMemoryPerClusterGiB,
        Integer maxWorkersPerCluster,
        List<WorkerSizeConfig> workerSizes) {

    public static final List<WorkerSizeConfig> DEFAULT_WORKER_SIZES = List.of(
            new WorkerSizeConfig(1, 8), new WorkerSizeConfig(2, 16), new WorkerSizeConfig(4, 32));

    public DaskConfig {
        enabled = enabled != null && enabled;
        idleTimeoutSeconds = idleTimeoutSeconds == null ? 1800 : idleTimeoutSeconds;
        maxCoresPerCluster = maxCoresPerCluster == null ? 64.0 : maxCoresPerCluster;
        maxMemoryPerClusterGiB = maxMemoryPerClusterGiB == null ? 512.0 : maxMemoryPerClusterGiB;
        maxWorkersPerCluster = maxWorkersPerCluster == null ? 100 : maxWorkersPerCluster;
        workerSizes = workerSizes == null ? DEFAULT_WORKER_SIZES : List.copyOf(workerSizes);
    }

    public static DaskConfig defaults() {
        return new DaskConfig(null, null, null, null, null, null);
    }
}
