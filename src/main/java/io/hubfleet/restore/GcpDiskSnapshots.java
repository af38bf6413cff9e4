package io.hubfleet.restore;

import io.hubfleet.cloud.CloudNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hub's home disk on GCP (a zonal persistent disk) and the snapshots its snapshot schedule makes daily,
 * kept in the region. A restore makes a new disk from a snapshot in the disk's zone
 * (cloud.google.com/compute/docs/disks/restore-snapshot), mounts it read-only beside the hub's NFS server
 * and copies from it.
 *
 * @param project       the project
 * @param zone          the disk's zone
 * @param region        where snapshots are stored
 * @param disk          the live disk's name
 * @param diskType      its type (pd-balanced, pd-ssd), which the copy gets too
 * @param schedule      the snapshot schedule (resource policy), if backups are on
 * @param retentionDays how long a snapshot is kept, if backups are on
 */
public record GcpDiskSnapshots(String project, String zone, String region, String disk, String diskType,
                               Optional<String> schedule, Optional<Integer> retentionDays) implements HomeBackups {

    static final String CSI_DRIVER = "pd.csi.storage.gke.io";
    private static final String NAME = "[a-z]([-a-z0-9]{0,61}[a-z0-9])?";

    @Override
    public String kind() {
        return "disk";
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("GCP persistent disk " + disk + " (" + diskType + ") in " + zone + ", project " + project);
        lines.add(schedule.map(name -> "daily snapshots by the snapshot schedule " + name + ", kept "
                        + retentionDays.orElseThrow() + " days, stored in " + region + " (they outlive the disk)")
                .orElse("no snapshot schedule (hubfleet:homeStorage.backups.enabled is false): only snapshots made "
                        + "before, or by hand, exist"));
        return lines;
    }

    @Override
    public List<ShellCommand> listing() {
        return List.of(ShellCommand.of("gcloud", "compute", "snapshots", "list", "--project", project,
                "--filter=sourceDisk~/zones/" + zone + "/disks/" + disk + "$", "--sort-by=~creationTimestamp",
                "--format=table(name,creationTimestamp,diskSizeGb,status)"));
    }

    private static final BackupName FROM = new BackupName("a snapshot name",
            "a snapshot's name, as gcloud compute snapshots list shows it",
            NAME);

    @Override
    public BackupName from() {
        return FROM;
    }


    /** The disk made from the snapshot: named after the live disk and the snapshot, so it is found again. */
    String copyName(RestoreRequest request) {
        return CloudNames.fit(disk + "-restore-" + request.label(), 63);
    }

    @Override
    public List<Step> restore(RestoreRequest request) {
        HubHome home = request.home();
        String copy = copyName(request);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(StepKind.CHECK, "Check that " + request.from() + " is a snapshot of " + disk,
                ShellCommand.of("gcloud", "compute", "snapshots", "describe", request.from(), "--project", project,
                        "--format=value(sourceDisk)").expecting("/zones/" + zone + "/disks/" + disk)));
        steps.add(RestorePod.findLive(home));
        steps.add(Step.of(StepKind.PREPARE, "Make the new disk " + copy + " from the snapshot, in " + zone
                        + " (the live disk " + disk + " is not touched)",
                ShellCommand.of("gcloud", "compute", "disks", "create", copy, "--project", project, "--zone", zone,
                                "--source-snapshot", request.from(), "--type", diskType,
                                "--labels=hubfleet-purpose=restore,hubfleet-restore-of=" + disk)
                        .unlessFound(ShellCommand.of("gcloud", "compute", "disks", "describe", copy, "--project", project,
                                "--zone", zone, "--format=value(name)"))));
        String namespace = home.diskNamespace();
        String handle = "projects/" + project + "/zones/" + zone + "/disks/" + copy;
        String objectName = DiskRestore.objectName(request);
        steps.addAll(RestorePod.steps(DiskRestore.spec(request, namespace, zone,
                RestorePod.diskVolume(request, objectName, namespace, CSI_DRIVER, handle, zone))));
        steps.add(Step.of(StepKind.CLEANUP, "Delete the temporary disk " + copy + " (a copy of the snapshot; the snapshot stays)",
                ShellCommand.of("gcloud", "compute", "disks", "delete", copy, "--project", project, "--zone", zone,
                        "--quiet")));
        return steps;
    }
}
