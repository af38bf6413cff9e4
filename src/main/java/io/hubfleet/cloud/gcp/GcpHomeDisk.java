package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Disk;
import com.pulumi.gcp.compute.DiskArgs;
import com.pulumi.gcp.compute.DiskResourcePolicyAttachment;
import com.pulumi.gcp.compute.DiskResourcePolicyAttachmentArgs;
import com.pulumi.gcp.compute.ResourcePolicy;
import com.pulumi.gcp.compute.ResourcePolicyArgs;
import com.pulumi.gcp.compute.inputs.ResourcePolicySnapshotSchedulePolicyArgs;
import com.pulumi.gcp.compute.inputs.ResourcePolicySnapshotSchedulePolicyRetentionPolicyArgs;
import com.pulumi.gcp.compute.inputs.ResourcePolicySnapshotSchedulePolicyScheduleArgs;
import com.pulumi.gcp.compute.inputs.ResourcePolicySnapshotSchedulePolicyScheduleDailyScheduleArgs;
import com.pulumi.gcp.compute.inputs.ResourcePolicySnapshotSchedulePolicySnapshotPropertiesArgs;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HomeStorageTier;
import io.hubfleet.cloud.BackupPolicy;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.CloudNames;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;

import java.util.Map;
import java.util.Optional;

/**
 * A hub's home disk on GCP: a zonal persistent disk in the cluster's zone (pd-balanced, or pd-ssd for
 * premium), protected and retained, and a daily snapshot schedule (a resource policy attached to it)
 * that keeps regional snapshots for the retention and keeps them if the disk is ever deleted. The schedule
 * starts on a whole hour (the provider refuses minutes; snapshots begin within that hour,
 * https://cloud.google.com/compute/docs/disks/about-snapshot-schedules). The layout
 * 2i2c runs (terraform/gcp/persistent-disks.tf); the GKE persistent disk CSI driver attaches it.
 */
final class GcpHomeDisk {

    /** The GKE persistent disk CSI driver, on by default in GKE. */
    static final String CSI_DRIVER = "pd.csi.storage.gke.io";

    private GcpHomeDisk() {
    }

    static ProvisionedHomeDisk provision(Resource parent, String name, HomeDiskSpec spec, ProviderResource provider, GkeHubHost gke) {
        String diskName = CloudNames.fit(gke.clusterName() + "-" + spec.hubName() + "-home", 63);
        Map<String, String> labels = Map.of("hubfleet-hub", GcpNames.labelValue(spec.hubName()),
                "hubfleet-purpose", "home-directories");
        Disk disk = new Disk(name + "-disk", DiskArgs.builder()
                .name(diskName)
                .zone(gke.zone())
                .type(spec.tier() == HomeStorageTier.STANDARD ? "pd-balanced" : "pd-ssd")
                .size(spec.capacityGiB())
                .description("hubfleet home directories of hub " + spec.hubName() + " on " + gke.clusterName())
                .labels(labels)
                .build(), ChildOptions.of(parent, provider).protect(true).retainOnDelete(true).build());

        if (spec.backups().isPresent()) {
            BackupPolicy backups = spec.backups().get();
            // A changed schedule replaces the policy (the provider cannot update one), and a policy attached
            // to a disk cannot be deleted: the name carries the schedule, the attachment goes first.
            String policyName = CloudNames.fit(diskName + "-snapshots-"
                    + CloudNames.shortHash(backups.timeUtcText() + "/" + backups.retentionDays()), 63);
            ResourcePolicy schedule = new ResourcePolicy(name + "-snapshots", ResourcePolicyArgs.builder()
                    .name(policyName)
                    .region(gke.region())
                    .description("Daily snapshots of " + diskName + ", kept " + backups.retentionDays() + " days")
                    .snapshotSchedulePolicy(ResourcePolicySnapshotSchedulePolicyArgs.builder()
                            .schedule(ResourcePolicySnapshotSchedulePolicyScheduleArgs.builder()
                                    .dailySchedule(ResourcePolicySnapshotSchedulePolicyScheduleDailyScheduleArgs.builder()
                                            .daysInCycle(1)
                                            .startTime(backups.timeUtcText())
                                            .build())
                                    .build())
                            .retentionPolicy(ResourcePolicySnapshotSchedulePolicyRetentionPolicyArgs.builder()
                                    .maxRetentionDays(backups.retentionDays())
                                    // Snapshots outlive the disk: a deleted disk can still be restored.
                                    .onSourceDiskDelete("KEEP_AUTO_SNAPSHOTS")
                                    .build())
                            .snapshotProperties(ResourcePolicySnapshotSchedulePolicySnapshotPropertiesArgs.builder()
                                    // In the cluster's region: cheaper than the default multi-region,
                                    // and the data stays where the community put it.
                                    .storageLocations(gke.region())
                                    .labels(labels)
                                    .build())
                            .build())
                    .build(), ChildOptions.in(parent, provider));
            new DiskResourcePolicyAttachment(name + "-snapshots", DiskResourcePolicyAttachmentArgs.builder()
                    .disk(disk.name())
                    .zone(gke.zone())
                    .name(schedule.name())
                    .build(), ChildOptions.of(parent, provider).deleteBeforeReplace(true).build());
        }
        Output<String> handle = disk.name().applyValue(disk1 -> "projects/" + gke.projectId() + "/zones/" + gke.zone()
                + "/disks/" + disk1);
        return new ProvisionedHomeDisk(handle, Optional.of("gke"), CSI_DRIVER,
                Map.of("topology.kubernetes.io/zone", gke.zone()));
    }
}
