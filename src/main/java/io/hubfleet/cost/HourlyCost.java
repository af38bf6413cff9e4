package io.hubfleet.cost;

import java.util.Optional;

/**
 * What an hour of a server or a Dask worker costs when nodes are packed: the node's hourly price
 * divided by how many such pods one node holds (its guarantee against what the node leaves for pods).
 *
 * @param what        "hub / profile / choice", or "hub / Dask worker of 2 vCPU, 16 GiB"
 * @param pool        the node pool it runs on
 * @param machineType the pool's machine type
 * @param perNode     how many fit one node
 * @param nodeHour    the node's hourly price (with its GPUs), when known
 * @param price       the machine's price, when known
 */
public record HourlyCost(String what, String pool, String machineType, int perNode, Optional<Double> nodeHour,
                         Optional<Price> price) {

    /** An hour of one server or worker, when the node's price is known. */
    public Optional<Double> hourly() {
        return nodeHour.map(node -> perNode == 0 ? node : node / perNode);
    }
}
