package io.hubfleet.config.portable;

/** GPUs per node: a model in the portable vocabulary (GCP's accelerator names) and how many. */
public record GpuSpec(String type, Integer count) {

    /** Default: one GPU per node. */
    public GpuSpec {
        count = count == null ? 1 : count;
    }
}
