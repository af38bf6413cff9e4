package io.hubfleet.restore;

import java.util.List;

/**
 * A hub's home storage and its backups, on one cloud and of one kind: what holds them, the commands that
 * list them, and the steps that bring one user's directory or the hub's back from one of them. Every
 * restore makes a new copy of the backup and copies from it; nothing replaces or deletes the live storage.
 */
public sealed interface HomeBackups permits GcpDiskSnapshots, GcpFilestoreBackups, AwsEbsSnapshots, AwsEfsBackups,
        AzureDiskSnapshots, AzureFilesSnapshots {

    /** {@code disk} or {@code managed}, as {@code hubfleet:homeStorage.kind} says. */
    String kind();

    /** What holds the homes, and where their backups are and for how long, one line each. */
    List<String> describe();

    /** The commands that list the backups, newest first. */
    List<ShellCommand> listing();

    /** What {@code --from} may name: one backup of this kind. */
    BackupName from();

    /**
     * The name of one backup as {@code --from} gives it.
     *
     * @param noun    what it is, for errors ("a snapshot name")
     * @param help    where to find one ("a snapshot's name, as gcloud compute snapshots list shows it")
     * @param pattern the shape of every such name
     */
    record BackupName(String noun, String help, java.util.regex.Pattern pattern) {

        public BackupName(String noun, String help, String pattern) {
            this(noun, help, java.util.regex.Pattern.compile(pattern));
        }

        /** Refuses a name that cannot be one of these backups (IllegalArgumentException). */
        public void check(String from) {
            if (!pattern.matcher(from).matches()) {
                throw new IllegalArgumentException("--from " + from + " is not " + noun + " (" + help + ")");
            }
        }
    }

    /** The steps of a restore, in order. */
    List<Step> restore(RestoreRequest request);
}
