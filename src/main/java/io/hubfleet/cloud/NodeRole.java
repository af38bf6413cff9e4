package io.hubfleet.cloud;

import java.util.Map;
import java.util.Optional;

/**
 * What a pool's nodes are for, and the labels and taints that say so. These follow the convention
 * the JupyterHub (z2jh) and Dask Gateway charts select on, the same on every cloud:
 * <ul>
 *   <li>core: {@code hub.jupyter.org/node-purpose=core}, {@code k8s.dask.org/node-purpose=core}, no taint</li>
 *   <li>user: {@code hub.jupyter.org/node-purpose=user}, {@code k8s.dask.org/node-purpose=scheduler},
 *       taint {@code hub.jupyter.org_dedicated=user:NoSchedule}</li>
 *   <li>dask worker: {@code k8s.dask.org/node-purpose=worker},
 *       taint {@code k8s.dask.org_dedicated=worker:NoSchedule}</li>
 * </ul>
 */
public enum NodeRole {
    CORE(Map.of("hub.jupyter.org/node-purpose", "core", "k8s.dask.org/node-purpose", "core"), null),
    USER(Map.of("hub.jupyter.org/node-purpose", "user", "k8s.dask.org/node-purpose", "scheduler"),
            new Taint("hub.jupyter.org_dedicated", "user", Taint.Effect.NO_SCHEDULE)),
    DASK_WORKER(Map.of("k8s.dask.org/node-purpose", "worker"),
            new Taint("k8s.dask.org_dedicated", "worker", Taint.Effect.NO_SCHEDULE));

    private final Map<String, String> labels;
    private final Taint taint;

    NodeRole(Map<String, String> labels, Taint taint) {
        this.labels = labels;
        this.taint = taint;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public Optional<Taint> taint() {
        return Optional.ofNullable(taint);
    }

    /** The name used in labels and docs: core, user, dask-worker. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
