package io.hubfleet.restore;

import io.hubfleet.cloud.CloudNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hub's home disk on AWS (an EBS volume) and the snapshots Data Lifecycle Manager makes of it daily,
 * found by the tag the policy selects the volume by (snapshots copy it). A restore makes a new volume
 * from a snapshot in the disk's zone (docs.aws.amazon.com/ebs/latest/userguide/ebs-creating-volume.html,
 * "Create a volume from a snapshot"), without that tag, so the policy never snapshots the copy.
 *
 * @param region        the region
 * @param zone          the volume's availability zone
 * @param disk          the volume's Name tag (and its {@code hubfleet:home-disk} tag)
 * @param volumeType    its type
 * @param retentionDays how many daily snapshots DLM keeps, if backups are on
 */
public record AwsEbsSnapshots(String region, String zone, String disk, String volumeType,
                              Optional<Integer> retentionDays) implements HomeBackups {

    static final String CSI_DRIVER = "ebs.csi.aws.com";
    static final String SNAPSHOT_TAG = "hubfleet:home-disk";
    /** Marks a volume made by a restore, naming the live volume it is a copy of. */
    static final String RESTORE_TAG = "hubfleet:restore-of";

    @Override
    public String kind() {
        return "disk";
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("AWS EBS volume " + disk + " (" + volumeType + ") in " + zone + ", region " + region);
        lines.add(retentionDays.map(days -> "daily snapshots by a Data Lifecycle Manager policy, the newest " + days
                        + " kept; they carry the tag " + SNAPSHOT_TAG + "=" + disk)
                .orElse("no snapshot policy (hubfleet:homeStorage.backups.enabled is false): only snapshots made "
                        + "before, or by hand, exist"));
        return lines;
    }

    @Override
    public List<ShellCommand> listing() {
        return List.of(ShellCommand.of("aws", "ec2", "describe-snapshots", "--region", region, "--owner-ids", "self",
                "--filters", "Name=tag:" + SNAPSHOT_TAG + ",Values=" + disk,
                "--query", "reverse(sort_by(Snapshots,&StartTime))[].[SnapshotId,StartTime,VolumeSize,State]",
                "--output", "table"));
    }

    private static final BackupName FROM = new BackupName("an EBS snapshot id",
            "a snapshot id (snap-...), as aws ec2 describe-snapshots shows it",
            "snap-[0-9a-f]{8,17}");

    @Override
    public BackupName from() {
        return FROM;
    }


    String copyName(RestoreRequest request) {
        return CloudNames.fit(disk + "-restore-" + request.label(), 63);
    }

    /** Finds the copy by both its name and its restore tag: the live volume has neither, so is never found. */
    private ShellCommand findCopy(String copy) {
        return ShellCommand.of("aws", "ec2", "describe-volumes", "--region", region, "--filters",
                "Name=tag:Name,Values=" + copy, "Name=tag:" + RESTORE_TAG + ",Values=" + disk,
                "--query", "Volumes[].VolumeId", "--output", "text");
    }

    @Override
    public List<Step> restore(RestoreRequest request) {
        HubHome home = request.home();
        String copy = copyName(request);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(StepKind.CHECK, "Check that " + request.from() + " is a snapshot of " + disk,
                ShellCommand.of("aws", "ec2", "describe-snapshots", "--region", region, "--snapshot-ids", request.from(),
                        "--query", "Snapshots[].Tags[?Key=='" + SNAPSHOT_TAG + "'].Value[]", "--output", "text")
                        .expecting(disk)));
        steps.add(RestorePod.findLive(home));
        steps.add(Step.of(StepKind.PREPARE, "Make the new volume " + copy + " from the snapshot, in " + zone
                        + " (the live volume " + disk + " is not touched)",
                ShellCommand.of("aws", "ec2", "create-volume", "--region", region, "--availability-zone", zone,
                                "--snapshot-id", request.from(), "--volume-type", volumeType, "--tag-specifications",
                                "ResourceType=volume,Tags=[{Key=Name,Value=" + copy + "},{Key=" + RESTORE_TAG + ",Value="
                                        + disk + "}]",
                                "--query", "VolumeId", "--output", "text")
                        .capturing("RESTORE_VOLUME").unlessFound(findCopy(copy))));
        String namespace = home.diskNamespace();
        steps.addAll(RestorePod.steps(DiskRestore.spec(request, namespace, zone,
                RestorePod.diskVolume(request, DiskRestore.objectName(request), namespace, CSI_DRIVER, "${RESTORE_VOLUME}", zone))));
        steps.add(new Step(StepKind.CLEANUP, "Delete the temporary volume " + copy + " (a copy of the snapshot; the "
                + "snapshot stays)", List.of(findCopy(copy).capturing("RESTORE_VOLUME"),
                ShellCommand.of("aws", "ec2", "delete-volume", "--region", region, "--volume-id", "${RESTORE_VOLUME}")), List.of()));
        return steps;
    }
}
