package io.hubfleet.config.hub;

/** A Dask worker size users may choose. */
public record WorkerSizeConfig(double cpu, double memoryGiB) {
}
