package io.hubfleet.components;

import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.HomeStorageConfig;
import io.hubfleet.config.StorageTier;

import java.util.Objects;

/**
 * Arguments of {@link Filestore}.
 *
 * @param cluster     the cluster whose nodes mount it (required); the storage joins its network
 * @param tier        standard (default) or premium
 * @param capacityGiB provisioned capacity; default 1024 GiB
 * @param backups     daily backups; default on at 03:00 UTC, kept 14 days
 */
public record FilestoreArgs(Cluster cluster, StorageTier tier, int capacityGiB, BackupConfig backups) {

    public FilestoreArgs {
        Objects.requireNonNull(cluster, "FilestoreArgs.cluster is required");
        tier = tier == null ? StorageTier.STANDARD : tier;
        backups = backups == null ? BackupConfig.defaults() : backups;
        if (capacityGiB <= 0) {
            throw new IllegalArgumentException("FilestoreArgs.capacityGiB must be positive, got " + capacityGiB);
        }
    }

    public static FilestoreArgs of(Cluster cluster, HomeStorageConfig config) {
        return new FilestoreArgs(cluster, config.tier(), config.capacityGiB(), config.backups());
    }
}
