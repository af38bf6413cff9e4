package io.hubfleet.cloud;

import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.StorageTier;

/**
 * The cluster's managed home storage, shared by its hubs.
 *
 * @param tier        standard or premium (docs/components/filestore.md gives each cloud's service)
 * @param capacityGiB its size
 * @param backups     the backup schedule
 */
public record ManagedHomeSpec(StorageTier tier, int capacityGiB, BackupConfig backups) {
}
