package io.hubfleet.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * What a node pool is for. The purpose decides the labels and taints the JupyterHub and Dask
 * charts select on (see {@link io.hubfleet.cloud.NodeRole}).
 */
public enum PoolPurpose {
    /** Single-user servers; also where Dask schedulers run. */
    USER("user"),
    /** Dask workers. */
    DASK_WORKER("dask-worker");

    private final String configName;

    PoolPurpose(String configName) {
        this.configName = configName;
    }

    @JsonValue
    public String configName() {
        return configName;
    }

    @JsonCreator
    public static PoolPurpose fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.configName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown purpose " + name));
    }
}
