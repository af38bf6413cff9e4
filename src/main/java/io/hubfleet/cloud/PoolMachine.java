package io.hubfleet.cloud;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine a pool's nodes are, resolved once per pool on its cloud (from the portable size or the
 * cloud's own type, by the machine catalogue) before the cloud sees it.
 *
 * @param typeName           the cloud's machine type (n2-standard-4, m6i.xlarge, Standard_D4s_v5)
 * @param gpus               the GPUs each node has, built in or attached
 * @param gpuAttached        the GPUs are accelerators attached to the type (GCP), not built in
 * @param spotAlternateNames further types of the same size a spot pool may also take (AWS), possibly none
 */
public record PoolMachine(String typeName, Optional<Gpus> gpus, boolean gpuAttached, List<String> spotAlternateNames) {

    public PoolMachine {
        spotAlternateNames = List.copyOf(spotAlternateNames);
    }

    /**
     * GPUs per node.
     *
     * @param model the model, in the portable vocabulary (GCP's accelerator names, such as nvidia-tesla-t4)
     * @param count how many each node has
     */
    public record Gpus(String model, int count) {
    }

    public boolean hasGpu() {
        return gpus.isPresent();
    }

    /** The main type first, then the alternates: every type a node of the pool may be. */
    public List<String> allTypeNames() {
        return Stream.concat(Stream.of(typeName), spotAlternateNames.stream()).toList();
    }
}
