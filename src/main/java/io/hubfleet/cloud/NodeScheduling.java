package io.hubfleet.cloud;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels and taints of a pool's nodes: its role's, a GPU taint where it has GPUs, the pool's own
 * name ({@code hubfleet.io/pool}) for profiles to select it, and the operator's extra labels.
 *
 * @param labels node labels, sorted by key
 * @param taints node taints, role first
 */
public record NodeScheduling(Map<String, String> labels, List<Taint> taints) {

    public static final String POOL_LABEL = "hubfleet.io/pool";
    /** On GPU nodes: the GPU model. The device plugin (where hubfleet installs it) selects on it. */
    public static final String GPU_LABEL = "hubfleet.io/gpu";
    static final String DASK_PURPOSE_LABEL = "k8s.dask.org/node-purpose";

    public NodeScheduling {
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        taints = List.copyOf(taints);
    }

    public static NodeScheduling of(NodeRole role, java.util.Optional<PoolMachine.Gpus> gpus, String poolName,
                                    Map<String, String> extraLabels) {
        Map<String, String> labels = new TreeMap<>(extraLabels);
        labels.putAll(role.labels());
        labels.put(POOL_LABEL, poolName);
        List<Taint> taints = new ArrayList<>();
        role.taint().ifPresent(taints::add);
        if (gpus.isPresent()) {
            labels.put(GPU_LABEL, gpus.get().model());
            taints.add(Taint.GPU);
            // Dask schedulers select user nodes by this label; they have no business on GPU nodes.
            labels.remove(DASK_PURPOSE_LABEL);
        }
        return new NodeScheduling(labels, taints);
    }

    /** The selector that puts a pod on this pool's nodes, and only this pool's. */
    public Map<String, String> poolSelector() {
        return Map.of(POOL_LABEL, labels.get(POOL_LABEL));
    }
}
