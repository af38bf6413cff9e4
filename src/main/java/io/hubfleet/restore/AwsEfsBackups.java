package io.hubfleet.restore;

import io.hubfleet.cloud.CloudNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster's EFS file system, shared by its hubs (each a directory {@code /<hub>}), and its AWS Backup
 * recovery points. AWS Backup never restores over a file system: an item-level restore of the hub's or
 * the user's directory writes it into a new directory {@code aws-backup-restore_<datetime>} at the file
 * system's root (docs.aws.amazon.com/aws-backup/latest/devguide/restoring-efs.html), outside every hub's
 * directory, which a pod in the cluster's own namespace then copies from. The restore job's metadata keys
 * (file-system-id, newFileSystem, Encrypted, PerformanceMode, CreationToken, ItemsToRestore) are the ones the
 * StartRestoreJob API reference lists for EFS (docs.aws.amazon.com/aws-backup/latest/devguide/API_StartRestoreJob.html).
 *
 * @param region        the region
 * @param fileSystem    the file system's Name tag
 * @param vault         the backup vault
 * @param plan          the backup plan
 * @param selection     the plan's selection, whose role AWS Backup restores with
 * @param retentionDays how long a recovery point is kept, if backups are on
 */
public record AwsEfsBackups(String region, String fileSystem, String vault, String plan, String selection,
                            Optional<Integer> retentionDays) implements HomeBackups {

    private static final String RECOVERY_POINT = "arn:aws[a-z-]*:backup:[a-z0-9-]+:[0-9]{12}:recovery-point:[A-Za-z0-9-]+";

    @Override
    public String kind() {
        return "managed";
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("AWS EFS file system " + fileSystem + ", region " + region + ", shared by the cluster's hubs");
        lines.add(retentionDays.map(days -> "daily recovery points by the AWS Backup plan " + plan + " in the vault "
                        + vault + ", kept " + days + " days")
                .orElse("no backup plan (hubfleet:homeStorage.backups.enabled is false): only recovery points made "
                        + "before, or by hand, exist in the vault " + vault));
        return lines;
    }

    @Override
    public List<ShellCommand> listing() {
        return List.of(ShellCommand.of("aws", "backup", "list-recovery-points-by-backup-vault", "--region", region,
                "--backup-vault-name", vault, "--query",
                "reverse(sort_by(RecoveryPoints,&CreationDate))[].[RecoveryPointArn,CreationDate,Status]",
                "--output", "table"));
    }

    private static final BackupName FROM = new BackupName("a recovery point ARN",
            "a recovery point's ARN, as aws backup list-recovery-points-by-backup-vault shows it",
            RECOVERY_POINT);

    @Override
    public BackupName from() {
        return FROM;
    }


    /** The directory AWS Backup restores, relative to the file system's root. */
    static String item(RestoreRequest request) {
        return request.home().livePath() + request.relative();
    }

    @Override
    public List<Step> restore(RestoreRequest request) {
        HubHome home = request.home();
        String item = item(request);
        // The same restore asked twice is one job: AWS Backup answers a repeated token with the first job.
        String token = "hubfleet-restore-" + CloudNames.shortHash(request.from() + "|" + item);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(StepKind.CHECK, "Find the file system " + fileSystem,
                ShellCommand.of("aws", "efs", "describe-file-systems", "--region", region, "--query",
                        "FileSystems[?Name=='" + fileSystem + "'].FileSystemId", "--output", "text").capturing("FILE_SYSTEM")));
        steps.add(Step.of(StepKind.CHECK, "Check that the recovery point is one of " + fileSystem + "'s",
                ShellCommand.of("aws", "backup", "describe-recovery-point", "--region", region, "--backup-vault-name", vault,
                        "--recovery-point-arn", request.from(), "--query", "ResourceArn", "--output", "text")
                        .expecting(":file-system/${FILE_SYSTEM}")));
        steps.add(RestorePod.findLive(home));
        steps.add(Step.of(StepKind.CHECK, "Find the role AWS Backup restores with (the one of the plan " + plan + ")",
                ShellCommand.of("aws", "backup", "list-backup-plans", "--region", region, "--query",
                        "BackupPlansList[?BackupPlanName=='" + plan + "'].BackupPlanId", "--output", "text").capturing("PLAN"),
                ShellCommand.of("aws", "backup", "list-backup-selections", "--region", region, "--backup-plan-id", "${PLAN}",
                        "--query", "BackupSelectionsList[?SelectionName=='" + selection + "'].IamRoleArn", "--output",
                        "text").capturing("ROLE")));
        steps.add(Step.of(StepKind.PREPARE, "Restore " + item + " from the recovery point into a new directory "
                        + "aws-backup-restore_<datetime> at the file system's root (nothing of the hubs' is overwritten)",
                ShellCommand.of("aws", "backup", "start-restore-job", "--region", region, "--recovery-point-arn",
                        request.from(), "--iam-role-arn", "${ROLE}", "--resource-type", "EFS", "--idempotency-token", token,
                        "--metadata", "{\"file-system-id\":\"${FILE_SYSTEM}\",\"newFileSystem\":\"false\","
                                + "\"Encrypted\":\"true\",\"PerformanceMode\":\"generalPurpose\",\"CreationToken\":\"" + token
                                + "\",\"ItemsToRestore\":\"[\\\"" + item + "\\\"]\"}",
                        "--query", "RestoreJobId", "--output", "text").capturing("JOB")));
        steps.add(Step.of(StepKind.CHECK, "Check that the restore job has completed",
                        ShellCommand.of("aws", "backup", "describe-restore-job", "--region", region, "--restore-job-id",
                                "${JOB}", "--query", "Status", "--output", "text").expecting("COMPLETED"))
                .noting("RUNNING or PENDING: wait and ask again (with --run, run the command again: the same restore "
                        + "is not started twice)."));
        String findSource = "src=\"$(ls -d " + RestorePod.BACKUP + "/aws-backup-restore_*" + item
                + " 2>/dev/null | sort | tail -n 1)\"";
        steps.addAll(RestorePod.steps(new RestorePod.Spec(request, home.systemNamespace(), null,
                RestorePod.nfs("${FILE_SYSTEM}.efs." + region + ".amazonaws.com", "/"), List.of(), findSource, List.of())));
        return List.copyOf(withRestoredDirectoryNote(steps));
    }

    /** The restored directory is user data too: hubfleet leaves it, and says so. */
    private static List<Step> withRestoredDirectoryNote(List<Step> steps) {
        int last = steps.size() - 1;
        steps.set(last, steps.get(last).noting("AWS Backup's aws-backup-restore_<datetime> directory stays at the file "
                + "system's root, outside every hub's directory (no hub mounts it); it is a copy of users' data, so "
                + "hubfleet never deletes it: remove it by hand when nobody needs it (docs/restore.md)."));
        return steps;
    }
}
