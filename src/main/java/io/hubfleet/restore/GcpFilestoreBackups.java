package io.hubfleet.restore;

import io.hubfleet.cloud.CloudNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster's Filestore instance, shared by its hubs (each a directory {@code /homes/<hub>}), and the
 * backups hubfleet's workflow makes of it daily. A backup is never restored over the instance (Filestore
 * can, replacing the whole share: every hub's homes); it becomes a new instance
 * (cloud.google.com/filestore/docs/restore-data: restore to a new instance; gcloud filestore instances create
 * --file-share=name=...,capacity=...,source-backup=...,source-backup-region=..., per its gcloud reference), whose
 * copy of the hub's directory is mounted read-only and copied from. The new instance gets Filestore's default
 * export options (every client of the network, read-write): only the temporary copy is exposed, never the live
 * share.
 *
 * @param project       the project
 * @param zone          the instance's zone
 * @param region        where backups are kept
 * @param instance      the live instance
 * @param share         its file share
 * @param tier          its tier (a backup restores to the same tier)
 * @param capacityGb    its capacity (a new instance from a backup needs at least the source's)
 * @param retentionDays how long the workflow keeps its daily backups, if backups are on
 */
public record GcpFilestoreBackups(String project, String zone, String region, String instance, String share,
                                  String tier, long capacityGb, Optional<Integer> retentionDays) implements HomeBackups {

    private static final String NAME = "[a-z]([-a-z0-9]{0,61}[a-z0-9])?";

    @Override
    public String kind() {
        return "managed";
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("GCP Filestore instance " + instance + " (" + tier + ", share " + share + ", " + capacityGb
                + " GiB) in " + zone + ", project " + project + ", shared by the cluster's hubs");
        lines.add(retentionDays.map(days -> "daily backups by the Cloud Workflows program " + instance
                        + "-backup, in " + region + "; its own daily backups are deleted after " + days
                        + " days, backups made by hand are kept")
                .orElse("no backup schedule (hubfleet:homeStorage.backups.enabled is false): only backups made "
                        + "before, or by hand, exist"));
        return lines;
    }

    @Override
    public List<ShellCommand> listing() {
        return List.of(ShellCommand.of("gcloud", "filestore", "backups", "list", "--project", project, "--region", region,
                "--filter=sourceInstance~/locations/" + zone + "/instances/" + instance + "$", "--sort-by=~createTime",
                "--format=table(name.basename(),createTime,state,capacityGb)"));
    }

    private static final BackupName FROM = new BackupName("a Filestore backup name",
            "a backup's name, as gcloud filestore backups list shows it",
            NAME);

    @Override
    public BackupName from() {
        return FROM;
    }


    /** The instance made from the backup: one per backup (every hub restoring from it uses it). */
    String copyName(RestoreRequest request) {
        return CloudNames.fit(instance + "-restore-" + request.label(), 63);
    }

    @Override
    public List<Step> restore(RestoreRequest request) {
        HubHome home = request.home();
        String copy = copyName(request);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(StepKind.CHECK, "Check that " + request.from() + " is a backup of " + instance,
                ShellCommand.of("gcloud", "filestore", "backups", "describe", request.from(), "--project", project,
                        "--region", region, "--format=value(sourceInstance)")
                        .expecting("/locations/" + zone + "/instances/" + instance)));
        steps.add(RestorePod.findLive(home));
        steps.add(Step.of(StepKind.CHECK, "Find the network of " + instance + " (the new instance joins it)",
                ShellCommand.of("gcloud", "filestore", "instances", "describe", instance, "--project", project,
                        "--zone", zone, "--format=value(networks[0].network)").capturing("NETWORK")));
        steps.add(Step.of(StepKind.PREPARE, "Make the new Filestore instance " + copy + " from the backup (the live "
                        + instance + " is not touched; this takes minutes, longer for large shares)",
                ShellCommand.of("gcloud", "filestore", "instances", "create", copy, "--project", project, "--zone", zone,
                                "--tier", tier, "--file-share=name=" + share + ",capacity=" + capacityGb + "GB,source-backup="
                                        + request.from() + ",source-backup-region=" + region,
                                "--network=name=${NETWORK}", "--labels=hubfleet-purpose=restore,hubfleet-restore-of=" + instance)
                        .unlessFound(ShellCommand.of("gcloud", "filestore", "instances", "describe", copy, "--project",
                                project, "--zone", zone, "--format=value(name)")))
                .noting("It costs what " + instance + " costs, by the hour, until it is deleted (the last step)."));
        steps.add(Step.of(StepKind.CHECK, "Find the new instance's address",
                ShellCommand.of("gcloud", "filestore", "instances", "describe", copy, "--project", project, "--zone", zone,
                        "--format=value(networks[0].ipAddresses[0])").capturing("BACKUP_SERVER")));
        // The copy has the live share's layout: the hub's directory is where the live one is.
        steps.addAll(RestorePod.steps(new RestorePod.Spec(request, home.systemNamespace(), null,
                RestorePod.nfs("${BACKUP_SERVER}", home.livePath()), List.of(),
                "src=" + RestorePod.BACKUP + request.relative(), List.of())));
        steps.add(Step.of(StepKind.CLEANUP, "Delete the temporary instance " + copy + " once every restore from this "
                        + "backup is done (the backup stays)",
                ShellCommand.of("gcloud", "filestore", "instances", "delete", copy, "--project", project, "--zone", zone,
                        "--quiet")));
        return steps;
    }
}
