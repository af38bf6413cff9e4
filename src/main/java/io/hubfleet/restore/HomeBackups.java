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

    /** What {@code --from} names, for help and errors. */
    String fromHelp();

    /** What {@code --from} names, as a noun for errors ("a snapshot name"). */
    String fromNoun();

    /** The shape of every name {@code --from} may give. */
    java.util.regex.Pattern fromPattern();

    /** Refuses a {@code --from} that cannot name one of these backups (IllegalArgumentException). */
    default void checkFrom(String from) {
        if (!fromPattern().matcher(from).matches()) {
            throw new IllegalArgumentException("--from " + from + " is not " + fromNoun() + " (" + fromHelp() + ")");
        }
    }

    /** The steps of a restore, in order. */
    List<Step> restore(RestoreRequest request);
}
