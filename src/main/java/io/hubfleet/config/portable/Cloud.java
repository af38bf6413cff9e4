package io.hubfleet.config.portable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The clouds hubfleet builds on, as named in {@code hubfleet:cloud}. */
public enum Cloud {
    GCP("gcp"),
    AWS("aws"),
    AZURE("azure");

    private final String configName;

    Cloud(String configName) {
        this.configName = configName;
    }

    @JsonValue
    public String configName() {
        return configName;
    }

    @JsonCreator
    public static Cloud fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(c -> c.configName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cloud " + name));
    }
}
