package io.hubfleet.config;

/**
 * One hub's home disk, resolved: the stack's {@code homeStorage} with the hub's overrides.
 *
 * @param tier            standard or premium disk
 * @param capacityGiB     the disk's size; it only ever grows
 * @param perUserQuotaGiB the most each user's home directory may hold
 * @param backups         its snapshot schedule
 */
public record HomeDiskSettings(StorageTier tier, int capacityGiB, int perUserQuotaGiB, BackupConfig backups) {
}
