package io.hubfleet.cloud;

/**
 * A pool as every cloud builds it: the cloud-neutral decisions already taken (machine resolved,
 * labels and taints chosen). Backends translate it, nothing more.
 *
 * @param poolName    the pool's name in the cluster
 * @param role        core, user or dask-worker
 * @param machine     the machine resolved once for the pool (type, GPUs, spot alternates)
 * @param scheduling  labels and taints
 * @param minNodes    fewest nodes
 * @param maxNodes    most nodes
 * @param spot        spot/preemptible capacity
 * @param diskSizeGiB boot disk per node
 */
public record NodePoolSpec(
        String poolName,
        NodeRole role,
        PoolMachine machine,
        NodeScheduling scheduling,
        int minNodes,
        int maxNodes,
        boolean spot,
        int diskSizeGiB) {
}
