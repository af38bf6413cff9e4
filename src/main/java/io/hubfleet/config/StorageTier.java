package io.hubfleet.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Home storage performance, portable across clouds (docs/components/filestore.md maps it per cloud). */
public enum StorageTier {
    STANDARD("standard"),
    PREMIUM("premium");

    private final String configName;

    StorageTier(String configName) {
        this.configName = configName;
    }

    @JsonValue
    public String configName() {
        return configName;
    }

    @JsonCreator
    public static StorageTier fromConfigName(String name) {
        return Arrays.stream(values()).filter(t -> t.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tier " + name));
    }
}
