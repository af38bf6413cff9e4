package io.hubfleet.cli;

import io.hubfleet.restore.HubHome;
import io.hubfleet.restore.RestoreRequest;
import io.hubfleet.restore.RestoreText;
import io.hubfleet.restore.Step;
import io.hubfleet.restore.StepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hubfleet homes restore STACK --hub H [--user U] --from BACKUP [--run]}: the steps that bring one user's
 * directory, or a hub's, back from a backup on the stack's cloud and home storage kind.
 */
@Command(name = "restore",
        mixinStandardHelpOptions = true,
        description = {"Print the numbered steps that restore one user's home directory (--user) or a whole hub's "
                + "from a backup: make a temporary copy of the backup (never touching the live storage), mount it "
                + "read-only in a temporary pod beside the hub's live home, copy with rsync (deleting nothing, "
                + "keeping each replaced file beside it), then remove the temporary copy.",
                "With --run, run the steps that only read or prepare (checks, the temporary copy and pod), stop "
                        + "before the copy, and print the rest with the values found (docs/restore.md).",
                "Exit status: 0 done, 1 a command of --run failed or found something else than expected, 2 bad input."})
final class HomesRestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private HomesCommand parent;

    @Parameters(index = "0", paramLabel = "STACK", description = "A stack name or a stack file path.")
    private String stack;

    @Option(names = "--hub", required = true, paramLabel = "HUB",
            description = "The hub (its name in the stack file, or on the cluster).")
    private String hub;

    @Option(names = "--user", paramLabel = "USER",
            description = "Only this user's directory (its name under the hub's directory); without it, the whole hub's.")
    private String user;

    @Option(names = "--from", required = true, paramLabel = "BACKUP",
            description = "The backup or snapshot, as hubfleet homes backups lists it.")
    private String from;

    @Option(names = "--run", description = "Run the checks and preparations (never the copy or the cleanup).")
    private boolean run;

    @Option(names = "--stacks-dir", paramLabel = "DIR",
            description = "Where stack files live (default: the checkout's stacks directory).")
    private Path stacksDir;

    @Override
    public Integer call() {
        HubHome home = StackHomes.select(StackHomes.of(parent.planner(), CallerPaths.current().stacksDir(stacksDir), stack), hub);
        RestoreRequest request;
        try {
            request = new RestoreRequest(home, Optional.ofNullable(user), from);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(e.getMessage());
        }
        List<Step> steps = home.backups().restore(request);
        PrintWriter out = spec.commandLine().getOut();
        out.print(RestoreText.header(request));
        if (!run) {
            out.print(RestoreText.steps(steps, 0));
            out.flush();
            return HubfleetCli.OK;
        }
        StepRunner.Outcome outcome = new StepRunner(parent.runner(), out).run(steps);
        if (!outcome.succeeded()) {
            out.println();
            out.println("Stopped at step " + (outcome.nextStep() + 1) + "; nothing after it was run.");
            out.flush();
            return HubfleetCli.FAILED;
        }
        out.println();
        out.println("Done: steps 1 to " + outcome.nextStep() + ". The rest is yours, in the same shell, after these values:");
        out.print(RestoreText.values(outcome.values()));
        out.print(RestoreText.steps(steps, outcome.nextStep()));
        out.flush();
        return HubfleetCli.OK;
    }
}
