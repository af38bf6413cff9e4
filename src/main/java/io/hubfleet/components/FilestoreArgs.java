package io.hubfleet.components;

import io.hubfleet.config.BackupConfig;
import io.hubfleet.config.HomeDiskSettings;
import io.hubfleet.config.HomeStorageConfig;
import io.hubfleet.config.StorageTier;

import java.util.Objects;

/**
 * Arguments of {@link Filestore}: one of two kinds of home storage, never both.
 */
public sealed interface FilestoreArgs permits FilestoreArgs.Managed, FilestoreArgs.Disk {

    /**
     * The cloud's managed file service, shared by the cluster's hubs (each in its own directory).
     *
     * @param cluster     the cluster whose nodes mount it (required); the storage joins its network
     * @param tier        standard (default) or premium
     * @param capacityGiB provisioned capacity (required, positive)
     * @param backups     daily backups; default on at 03:00 UTC, kept 14 days
     */
    record Managed(Cluster cluster, StorageTier tier, int capacityGiB, BackupConfig backups) implements FilestoreArgs {

        public Managed {
            Objects.requireNonNull(cluster, "FilestoreArgs.Managed.cluster is required");
            tier = tier == null ? StorageTier.STANDARD : tier;
            backups = backups == null ? BackupConfig.defaults() : backups;
            if (capacityGiB <= 0) {
                throw new IllegalArgumentException("FilestoreArgs.Managed.capacityGiB must be positive, got " + capacityGiB);
            }
        }

        /** From the stack's resolved {@code homeStorage}. */
        public static Managed of(Cluster cluster, HomeStorageConfig config) {
            return new Managed(cluster, config.tier(), config.capacityGiB(), config.backups());
        }
    }

    /**
     * One hub's own disk, served to the hub's pods by an in-cluster NFS server with per-user quotas.
     *
     * @param site     where the hub lives: its account provider makes the disk, its cluster runs the server
     *                 (required)
     * @param hubName  the hub (required)
     * @param settings size, quota, tier and snapshots (required)
     */
    record Disk(HubSite site, String hubName, HomeDiskSettings settings) implements FilestoreArgs {

        public Disk {
            Objects.requireNonNull(site, "FilestoreArgs.Disk.site is required");
            Objects.requireNonNull(hubName, "FilestoreArgs.Disk.hubName is required");
            Objects.requireNonNull(settings, "FilestoreArgs.Disk.settings is required");
            if (settings.perUserQuotaGiB() > settings.capacityGiB()) {
                throw new IllegalArgumentException("FilestoreArgs.Disk: a " + settings.perUserQuotaGiB()
                        + " GiB quota per user does not fit a " + settings.capacityGiB() + " GiB disk");
            }
        }
    }
}
