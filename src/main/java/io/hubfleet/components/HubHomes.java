package io.hubfleet.components;

import io.hubfleet.config.HomeDiskSettings;
import io.hubfleet.config.HomeStorageConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.Objects;

/** How a cluster keeps its hubs' homes: one shared file service, or a disk per hub. */
public sealed interface HubHomes permits HubHomes.Shared, HubHomes.Disks {

    /** A managed file service shared by every hub of the cluster, one directory each. */
    record Shared(HomeShare share) implements HubHomes {
        public Shared {
            Objects.requireNonNull(share, "HubHomes.Shared.share is required");
        }
    }

    /**
     * A disk per hub, made by the hub's own stack with these settings (the cluster stack's), which a
     * hub may override ({@code hubs[].homeStorage}).
     */
    record Disks(HomeStorageConfig settings, Cloud cloud) implements HubHomes {
        public Disks {
            Objects.requireNonNull(settings, "HubHomes.Disks.settings is required");
            Objects.requireNonNull(cloud, "HubHomes.Disks.cloud is required");
        }

        public HomeDiskSettings forHub(HubConfig hub) {
            return settings.diskFor(hub.homeStorageOverrides(), cloud);
        }
    }
}
