package io.hubfleet.config;

import io.hubfleet.config.hub.HubHomeStorageConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.Optional;

/**
 * Home storage of the stack's hubs. Defaults, resolved here: kind {@code disk}, tier standard, daily
 * backups kept 14 days; for disks 50 GiB per hub with a 10 GiB quota per user, for a managed file
 * service the cloud tier's smallest capacity ({@link CloudConventions#minimumHomeCapacityGiB}).
 *
 * @param kind            disk (default) or managed
 * @param tier            standard or premium
 * @param capacityGiB     disk: each hub's disk; managed: the shared file system. Null until resolved
 *                        for a cloud ({@link #resolvedFor})
 * @param perUserQuotaGiB disk only: the most each user's home may hold. Null for managed storage
 * @param backups         the backup (disk: snapshot) schedule
 */
public record HomeStorageConfig(HomeStorageKind kind, StorageTier tier, Integer capacityGiB, Integer perUserQuotaGiB,
                                BackupConfig backups) {

    /** A hub's disk when the stack file gives no size: room for a small community's first homes. */
    public static final int DEFAULT_DISK_CAPACITY_GIB = 50;
    /**
     * A user's quota when the stack file gives none: the jupyterhub-home-nfs chart's own default
     * ({@code quotaEnforcer.config.QuotaManager.hard_quota: 10}), and the value 35 of 2i2c's hubs set.
     */
    public static final int DEFAULT_PER_USER_QUOTA_GIB = 10;

    public HomeStorageConfig {
        kind = kind == null ? HomeStorageKind.DISK : kind;
        tier = tier == null ? StorageTier.STANDARD : tier;
        backups = backups == null ? BackupConfig.defaults() : backups;
    }

    public static HomeStorageConfig defaults() {
        return new HomeStorageConfig(null, null, null, null, null);
    }

    /** The same settings with every default for this cloud filled in. */
    public HomeStorageConfig resolvedFor(Cloud cloud) {
        return new HomeStorageConfig(kind, tier, effectiveCapacityGiB(cloud),
                kind == HomeStorageKind.DISK ? effectiveQuotaGiB() : null, backups);
    }

    /** The capacity, or its default for this kind on this cloud. */
    public int effectiveCapacityGiB(Cloud cloud) {
        if (capacityGiB != null) {
            return capacityGiB;
        }
        if (kind == HomeStorageKind.DISK) {
            return DEFAULT_DISK_CAPACITY_GIB;
        }
        // EFS grows with its data: its "capacity" is not provisioned, and 1024 was always the default.
        int minimum = CloudConventions.of(cloud).minimumHomeCapacityGiB(tier);
        return minimum == 0 ? 1024 : minimum;
    }

    /** The per-user quota (disk), or its default. */
    public int effectiveQuotaGiB() {
        return perUserQuotaGiB == null ? DEFAULT_PER_USER_QUOTA_GIB : perUserQuotaGiB;
    }

    /** Whether each hub has a disk of its own. */
    public boolean disks() {
        return kind == HomeStorageKind.DISK;
    }

    /** A hub's disk: the stack's settings with the hub's own overrides. */
    public HomeDiskSettings diskFor(Optional<HubHomeStorageConfig> hub, Cloud cloud) {
        int capacity = hub.flatMap(HubHomeStorageConfig::capacity).orElse(effectiveCapacityGiB(cloud));
        int quota = hub.flatMap(HubHomeStorageConfig::quota).orElse(effectiveQuotaGiB());
        return new HomeDiskSettings(tier, capacity, quota, backups);
    }
}
