package io.hubfleet.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster's Azure Files NFS share, shared by its hubs (each a directory under it), and the share
 * snapshots hubfleet's CronJob takes daily. NFS share snapshots cannot be restored over the share or
 * promoted; they are read through the share's hidden {@code .snapshots} directory, one directory per
 * snapshot (learn.microsoft.com/azure/storage/files/storage-snapshots-files, "Restore from an NFS Azure
 * file share snapshot"). A pod in the cluster's own namespace mounts the share's root read-only and copies
 * from there.
 *
 * @param account       the subscription
 * @param group         the estate's resource group
 * @param storage       the storage account
 * @param share         the NFS share
 * @param retentionDays how long the CronJob keeps its snapshots, if backups are on
 */
public record AzureFilesSnapshots(AzureAccountRef account, String group, String storage, String share,
                                  Optional<Integer> retentionDays) implements HomeBackups {

    /** A snapshot's time as the API lists it ({@code snapshotTime}). */
    private static final Pattern SNAPSHOT_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,7})?Z");

    @Override
    public String kind() {
        return "managed";
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Azure Files NFS share " + share + " of the storage account " + storage + " in resource group " + group
                + ", " + account.describe() + ", shared by the cluster's hubs");
        lines.add(retentionDays.map(days -> "daily share snapshots by the CronJob hubfleet-backups/home-snapshots, "
                        + "kept " + days + " days (snapshots it did not make are kept), in the storage account")
                .orElse("no snapshot job (hubfleet:homeStorage.backups.enabled is false): only snapshots made "
                        + "before, or by hand, exist"));
        return lines;
    }

    @Override
    public List<ShellCommand> listing() {
        List<ShellCommand> commands = new ArrayList<>(account.lookup());
        commands.add(ShellCommand.of("az", "storage", "share-rm", "list", "--subscription", account.value(),
                "--resource-group", group, "--storage-account", storage, "--include-snapshot", "--query",
                "reverse(sort_by([?name=='" + share + "' && snapshotTime], &snapshotTime))"
                        + "[].{snapshot:snapshotTime, createdBy:metadata.\"created-by\"}",
                "--output", "table"));
        return commands;
    }

    private static final BackupName FROM = new BackupName("a share snapshot's time",
            "a snapshot's time (2025-06-01T03:00:05.0000000Z), as az storage share-rm list --include-snapshot shows it",
            SNAPSHOT_TIME);

    @Override
    public BackupName from() {
        return FROM;
    }


    /**
     * The names a snapshot's directory may have under {@code .snapshots}: Azure documents the directory but
     * not its name's form, so the snapshot's time as listed, and the {@code @GMT-} form SMB clients see. When
     * neither is there the pod lists what {@code .snapshots} holds and stops, so nothing is copied from a guess.
     */
    static List<String> directoryNames(String from) {
        Matcher time = SNAPSHOT_TIME.matcher(from);
        if (!time.matches()) {
            throw new IllegalArgumentException(from);
        }
        return List.of(from, "@GMT-" + time.group(1) + "." + time.group(2) + "." + time.group(3) + "-" + time.group(4)
                + "." + time.group(5) + "." + time.group(6));
    }

    /** The share's root, as NFS clients mount it: {@code /<account>/<share>}. */
    String root() {
        return "/" + storage + "/" + share;
    }

    @Override
    public List<Step> restore(RestoreRequest request) {
        HubHome home = request.home();
        List<ShellCommand> check = new ArrayList<>(account.lookup());
        check.add(ShellCommand.of("az", "storage", "share-rm", "show", "--subscription", account.value(),
                "--resource-group", group, "--storage-account", storage, "--name", share, "--snapshot", request.from(),
                "--query", "snapshotTime", "--output", "tsv"));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(StepKind.CHECK, "Check that the share " + share + " has the snapshot " + request.from(), check,
                List.of()));
        steps.add(RestorePod.findLive(home));
        // The hub's directory under the share's root, in the snapshot: <root>/.snapshots/<snapshot>/<hub>.
        if (!home.livePath().startsWith(root() + "/")) {
            throw new IllegalStateException("the hub's directory " + home.livePath() + " is not on the share " + root());
        }
        String hubDirectory = home.livePath().substring(root().length());
        StringBuilder find = new StringBuilder("snap=\"\"\nfor name in");
        directoryNames(request.from()).forEach(name -> find.append(" \"").append(name).append('"'));
        find.append("; do\n  if [ -d \"").append(RestorePod.BACKUP).append("/.snapshots/$name\" ]; then snap=\"")
                .append(RestorePod.BACKUP).append("/.snapshots/$name\"; break; fi\ndone\n")
                .append("if [ -z \"$snap\" ]; then echo \"no directory for ").append(request.from())
                .append(" in .snapshots; it has:\" >&2; ls ").append(RestorePod.BACKUP).append("/.snapshots >&2; exit 1; fi\n")
                .append("src=\"$snap").append(hubDirectory).append(request.relative()).append('"');
        steps.addAll(RestorePod.steps(new RestorePod.Spec(request, home.systemNamespace(), null,
                RestorePod.nfs(storage + ".file.core.windows.net", root()), List.of(), find.toString(), List.of())));
        return steps;
    }
}
