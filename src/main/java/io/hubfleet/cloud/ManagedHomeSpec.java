package io.hubfleet.cloud;

import java.util.Optional;

/**
 * The cluster's managed home storage, shared by its hubs.
 *
 * @param tier        standard or premium (docs/components/filestore.md gives each cloud's service)
 * @param capacityGiB its size
 * @param backups     the backup schedule; none where backups are off
 */
public record ManagedHomeSpec(HomeStorageTier tier, int capacityGiB, Optional<BackupPolicy> backups) {
}
