package io.hubfleet.cli;

import io.hubfleet.restore.HomeBackups;
import io.hubfleet.restore.HubHome;
import io.hubfleet.restore.ShellCommand;
import io.hubfleet.restore.ShellText;
import io.hubfleet.restore.StepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code hubfleet homes backups STACK [--hub H] [--run]}: where a stack's homes are backed up, and how to list them. */
@Command(name = "backups",
        mixinStandardHelpOptions = true,
        description = {"Say what holds a stack's home directories and where their backups or snapshots are (from its "
                + "offline plan), and print the gcloud, aws or az command that lists them; with --run, run it.",
                "Exit status: 0 done, 1 a listing failed, 2 an unknown stack or hub."})
final class HomesBackupsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private HomesCommand parent;

    @Parameters(index = "0", paramLabel = "STACK", description = "A stack name or a stack file path.")
    private String stack;

    @Option(names = "--hub", paramLabel = "HUB", description = "Only this hub (its name in the stack file, or on the cluster).")
    private String hub;

    @Option(names = "--run", description = "Run the listing commands (read-only) and print what they say.")
    private boolean run;

    @Option(names = "--stacks-dir", paramLabel = "DIR",
            description = "Where stack files live (default: the checkout's stacks directory).")
    private Path stacksDir;

    @Override
    public Integer call() {
        List<HubHome> homes = StackHomes.of(parent.planner(), CallerPaths.current().stacksDir(stacksDir), stack);
        List<HubHome> chosen = hub == null ? homes : List.of(StackHomes.select(homes, hub));
        // A managed file service is one storage for every hub; disks are one each.
        Map<HomeBackups, List<HubHome>> byStorage = new LinkedHashMap<>();
        chosen.forEach(home -> byStorage.computeIfAbsent(home.backups(), k -> new ArrayList<>()).add(home));
        PrintWriter out = spec.commandLine().getOut();
        HubHome first = chosen.get(0);
        out.println("Homes of stack " + first.stack() + (first.hubOnly() ? " (hubs on the cluster of stack "
                + first.clusterStack() + ")" : "") + ": " + (first.backups().kind().equals("disk")
                ? "a disk per hub" : "the cluster's managed file service, a directory per hub")
                + " (hubfleet:homeStorage.kind: " + first.backups().kind() + ").");
        List<ShellCommand> listings = new ArrayList<>();
        byStorage.forEach((storage, hubs) -> {
            out.println();
            hubs.forEach(home -> out.println("hub " + home.hub() + (home.instance().equals(home.hub()) ? ""
                    : " (" + home.instance() + " on the cluster)") + ": " + home.livePath()));
            storage.describe().forEach(line -> out.println("  " + line));
            out.println("List them, newest first:");
            storage.listing().forEach(command -> out.println(ShellText.render(command)));
            listings.addAll(storage.listing());
        });
        out.println();
        out.println("Restore from one: ./hubfleet homes restore " + stack + " --hub " + first.hub()
                + " [--user USER] --from BACKUP, where BACKUP is " + first.backups().from().help() + " (docs/restore.md).");
        out.flush();
        if (!run) {
            return HubfleetCli.OK;
        }
        out.println();
        out.println("Running the listing:");
        StepRunner.Outcome outcome = new StepRunner(parent.runner(), out).list(listings);
        out.flush();
        return outcome.succeeded() ? HubfleetCli.OK : HubfleetCli.FAILED;
    }
}
