package io.hubfleet.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * Where home directories live (docs/components/filestore.md compares them).
 * <ul>
 *   <li>{@link #DISK}: each hub's own block disk (PD, EBS, Azure Disk) served by an in-cluster NFS
 *       server with per-user quotas; the default for new stacks, and the cheapest;</li>
 *   <li>{@link #MANAGED}: one managed file service shared by the cluster's hubs (Filestore, EFS, Azure
 *       Files), each hub in its own directory; no per-user quotas.</li>
 * </ul>
 */
public enum HomeStorageKind {
    DISK("disk"),
    MANAGED("managed");

    private final String configName;

    HomeStorageKind(String configName) {
        this.configName = configName;
    }

    @JsonValue
    public String configName() {
        return configName;
    }

    @JsonCreator
    public static HomeStorageKind fromConfigName(String name) {
        return Arrays.stream(values()).filter(k -> k.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown home storage kind " + name));
    }
}
