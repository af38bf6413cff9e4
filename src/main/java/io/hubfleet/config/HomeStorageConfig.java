package io.hubfleet.config;

/**
 * NFS home storage shared by the stack's hubs. Defaults: standard tier, 1024 GiB, daily backups kept
 * 14 days.
 *
 * @param tier        standard or premium
 * @param capacityGiB provisioned capacity (GCP's BASIC tiers: at least 1024 standard, 2560 premium)
 * @param backups     the backup schedule
 */
public record HomeStorageConfig(StorageTier tier, Integer capacityGiB, BackupConfig backups) {

    public HomeStorageConfig {
        tier = tier == null ? StorageTier.STANDARD : tier;
        capacityGiB = capacityGiB == null ? 1024 : capacityGiB;
        backups = backups == null ? BackupConfig.defaults() : backups;
    }

    public static HomeStorageConfig defaults() {
        return new HomeStorageConfig(null, null, null);
    }
}
