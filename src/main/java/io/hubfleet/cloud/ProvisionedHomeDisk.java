package io.hubfleet.cloud;

import com.pulumi.core.Output;

import java.util.Map;
import java.util.Optional;

/**
 * A hub's home disk as its cloud made it, with what the in-cluster NFS server needs to use it.
 *
 * @param volumeHandle     the disk as its CSI driver names it (GCP {@code projects/P/zones/Z/disks/D},
 *                         EBS {@code vol-...}, Azure the disk's resource id)
 * @param chartVolumeKey   the jupyterhub-home-nfs values key under which the chart makes the disk's
 *                         PersistentVolume itself ({@code gke}, {@code eks}); empty where the chart cannot
 *                         (AKS), and the caller makes it from {@code csiDriver}
 * @param csiDriver        the CSI driver that attaches the disk
 * @param zoneNodeSelector the node label that keeps the NFS server in the disk's zone (empty where the
 *                         disk is not zonal)
 */
public record ProvisionedHomeDisk(Output<String> volumeHandle, Optional<String> chartVolumeKey, String csiDriver,
                                  Map<String, String> zoneNodeSelector) {

    public ProvisionedHomeDisk {
        zoneNodeSelector = Map.copyOf(zoneNodeSelector);
    }
}
