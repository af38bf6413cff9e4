package io.hubfleet.cloud;

import java.util.Optional;

/**
 * What a hub's home disk must be, for its cloud to make: a zonal block disk in the zone the cluster
 * keeps its home storage in, formatted XFS by the node that first mounts it, with scheduled snapshots.
 *
 * @param hubName     the hub whose homes it holds (names and labels derive from it)
 * @param tier        standard or premium (docs/components/filestore.md gives each cloud's type)
 * @param capacityGiB its size; disks only grow
 * @param backups     the snapshot schedule; none where backups are off
 */
public record HomeDiskSpec(String hubName, HomeStorageTier tier, int capacityGiB, Optional<BackupPolicy> backups) {
}
