package io.hubfleet.components;

import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.ResolvedMachine;

/**
 * A pool as every cloud builds it: the cloud-neutral decisions already taken (machine resolved,
 * labels and taints chosen). Backends translate it, nothing more.
 *
 * @param poolName    the pool's name in the cluster
 * @param role        core, user or dask-worker
 * @param machine     the resolved machine type (and GPUs, spot alternates)
 * @param scheduling  labels and taints
 * @param minNodes    fewest nodes
 * @param maxNodes    most nodes
 * @param spot        spot/preemptible capacity
 * @param diskSizeGiB boot disk per node
 */
public record NodePoolSpec(
        String poolName,
        NodeRole role,
        ResolvedMachine machine,
        NodeScheduling scheduling,
        int minNodes,
        int maxNodes,
        boolean spot,
        int diskSizeGiB) {

    /** The decisions every cloud shares: the machine resolved on the cluster's cloud, labels and taints. */
    public static NodePoolSpec of(NodePoolArgs args) {
        ResolvedMachine machine = MachineCatalogue.of(args.cluster().account().cloud())
                .resolve(args.machine(), args.machineType(), args.gpu(), args.spot());
        return new NodePoolSpec(
                args.poolName(),
                args.role(),
                machine,
                NodeScheduling.of(args.role(), machine.gpu(), args.poolName(), args.labels()),
                args.minNodes(),
                args.maxNodes(),
                args.spot(),
                args.diskSizeGiB());
    }
}
