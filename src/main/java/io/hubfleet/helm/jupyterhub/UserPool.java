package io.hubfleet.helm.jupyterhub;

import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.machines.Allocatable;

import java.util.Map;

/**
 * A user pool as profiles need it.
 *
 * @param name         the pool's name
 * @param machineType  its machine type's name
 * @param allocatable  what a node leaves for pods
 * @param gpu          GPUs per node, or null
 * @param nodeSelector the selector for this pool's nodes
 * @param alwaysUp     its nodes are on-demand and at least one always runs (min ≥ 1, not spot); false when
 *                     unknown (a cluster stack's contract from before it said so)
 */
public record UserPool(String name, String machineType, Allocatable allocatable, GpuSpec gpu,
                       Map<String, String> nodeSelector, boolean alwaysUp) {

    public boolean hasGpu() {
        return gpu != null;
    }
}
