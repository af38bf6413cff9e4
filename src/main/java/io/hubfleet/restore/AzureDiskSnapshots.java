package io.hubfleet.restore;

import io.hubfleet.cloud.CloudNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hub's home disk on Azure (a managed disk) and the incremental snapshots Azure Disk Backup keeps of it
 * in the estate's resource group. A restore makes a new disk from a snapshot (az disk create --source,
 * learn.microsoft.com/azure/virtual-machines/disks-incremental-snapshots: a disk can be made from an
 * incremental snapshot), in the cluster's node resource group, where the cluster may attach it, and in the
 * live disk's zone.
 *
 * @param account       the subscription
 * @param group         the estate's resource group (the disk and its snapshots)
 * @param location      the region
 * @param zone          the disk's availability zone, when the cluster is zonal
 * @param disk          the live disk
 * @param sku           its SKU, which the copy gets too
 * @param vault         the Backup vault that snapshots it, if backups are on
 * @param retentionDays how long a snapshot is kept, if backups are on
 */
public record AzureDiskSnapshots(AzureAccountRef account, String group, String location, Optional<String> zone,
                                 String disk, String sku, Optional<String> vault, Optional<Integer> retentionDays)
        implements HomeBackups {

    static final String CSI_DRIVER = "disk.csi.azure.com";
    private static final String NAME = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}";

    @Override
    public String kind() {
        return "disk";
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Azure managed disk " + disk + " (" + sku + ") in resource group " + group + ", " + location
                + zone.map(z -> " zone " + z).orElse("") + ", " + account.describe());
        lines.add(vault.map(name -> "daily incremental snapshots by the Backup vault " + name + ", kept "
                        + retentionDays.orElseThrow() + " days, in the resource group " + group)
                .orElse("no Backup vault (hubfleet:homeStorage.backups.enabled is false): only snapshots made "
                        + "before, or by hand, exist"));
        return lines;
    }

    @Override
    public List<ShellCommand> listing() {
        List<ShellCommand> commands = new ArrayList<>(account.lookup());
        commands.add(ShellCommand.of("az", "snapshot", "list", "--subscription", account.value(), "--resource-group", group,
                "--query", "reverse(sort_by([?ends_with(creationData.sourceResourceId, '/disks/" + disk + "')], &timeCreated))"
                        + "[].{name:name, created:timeCreated, sizeGb:diskSizeGB}",
                "--output", "table"));
        return commands;
    }

    private static final BackupName FROM = new BackupName("a snapshot name",
            "a snapshot's name, as az snapshot list shows it",
            NAME);

    @Override
    public BackupName from() {
        return FROM;
    }


    String copyName(RestoreRequest request) {
        return CloudNames.fit(disk + "-restore-" + request.label(), 80);
    }

    private ShellCommand nodeGroup(HubHome home) {
        return ShellCommand.of("az", "aks", "show", "--subscription", account.value(), "--resource-group", group,
                "--name", home.clusterName(), "--query", "nodeResourceGroup", "--output", "tsv").capturing("NODE_GROUP");
    }

    @Override
    public List<Step> restore(RestoreRequest request) {
        HubHome home = request.home();
        String copy = copyName(request);
        List<Step> steps = new ArrayList<>();
        List<ShellCommand> check = new ArrayList<>(account.lookup());
        check.add(ShellCommand.of("az", "snapshot", "show", "--subscription", account.value(), "--resource-group", group,
                "--name", request.from(), "--query", "creationData.sourceResourceId", "--output", "tsv")
                .expecting("/disks/" + disk));
        check.add(ShellCommand.of("az", "snapshot", "show", "--subscription", account.value(), "--resource-group", group,
                "--name", request.from(), "--query", "id", "--output", "tsv").capturing("SNAPSHOT"));
        steps.add(new Step(StepKind.CHECK, "Check that " + request.from() + " is a snapshot of " + disk, check, List.of()));
        steps.add(RestorePod.findLive(home));
        steps.add(Step.of(StepKind.CHECK, "Find the cluster's node resource group (the cluster attaches disks there)",
                nodeGroup(home)));
        List<String> create = new ArrayList<>(List.of("az", "disk", "create", "--subscription", account.value(),
                "--resource-group", "${NODE_GROUP}", "--name", copy, "--source", "${SNAPSHOT}", "--location", location,
                "--sku", sku));
        zone.ifPresent(z -> create.addAll(List.of("--zone", z)));
        create.addAll(List.of("--tags", "hubfleet-purpose=restore", "hubfleet-restore-of=" + disk, "--query", "id",
                "--output", "tsv"));
        steps.add(Step.of(StepKind.PREPARE, "Make the new disk " + copy + " from the snapshot (the live disk " + disk
                        + " is not touched)",
                ShellCommand.of(create).capturing("DISK").unlessFound(ShellCommand.of("az", "disk", "show",
                        "--subscription", account.value(), "--resource-group", "${NODE_GROUP}", "--name", copy,
                        "--query", "id", "--output", "tsv"))));
        String namespace = home.diskNamespace();
        String zoneLabel = zone.map(z -> location + "-" + z).orElse(null);
        steps.addAll(RestorePod.steps(DiskRestore.spec(request, namespace, zoneLabel,
                RestorePod.diskVolume(request, DiskRestore.objectName(request), namespace, CSI_DRIVER, "${DISK}", zoneLabel))));
        List<ShellCommand> cleanup = new ArrayList<>(account.lookup());
        cleanup.add(nodeGroup(home));
        cleanup.add(ShellCommand.of("az", "disk", "delete", "--subscription", account.value(), "--resource-group",
                "${NODE_GROUP}", "--name", copy, "--yes"));
        steps.add(new Step(StepKind.CLEANUP, "Delete the temporary disk " + copy + " (a copy of the snapshot; the "
                + "snapshot stays)", cleanup, List.of()));
        return steps;
    }
}
