package io.hubfleet.cost;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

/**
 * A node pool as the plan states it: the outputs its {@code hubfleet:index:NodePool} component registers.
 *
 * @param resource    the component's name
 * @param pool        the pool's name (its {@code hubfleet.io/pool} label)
 * @param role        core, user or dask-worker
 * @param machineType the machine type
 * @param spot        spot or preemptible capacity
 * @param minNodes    the fewest nodes: what runs at idle
 * @param diskSizeGiB each node's boot disk
 * @param gpuType     the GPU model, or empty
 * @param gpuCount    GPUs per node
 */
record PoolFacts(String resource, String pool, String role, String machineType, boolean spot, int minNodes,
                 int diskSizeGiB, String gpuType, int gpuCount) {

    static PoolFacts of(PlanResource component) {
        JsonNode out = component.outputs();
        return new PoolFacts(component.name(), out.path("pool").asText(), out.path("role").asText(),
                out.path("machineType").asText(), out.path("spot").asBoolean(), out.path("minNodes").asInt(),
                out.path("diskSizeGiB").asInt(), out.path("gpuType").asText(""), out.path("gpuCount").asInt());
    }

    String mode() {
        return spot ? "spot" : "on-demand";
    }

    /** The price of one of its machines: {@code machine/<type>/<on-demand|spot>}, the same key on every cloud. */
    String machineKey() {
        return "machine/" + machineType + "/" + mode();
    }

    String describe(int count) {
        return pool + " nodes: " + count + " × " + machineType + (spot ? " (spot)" : "");
    }
}
