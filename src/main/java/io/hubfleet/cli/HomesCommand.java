package io.hubfleet.cli;

import io.hubfleet.restore.CommandRunner;
import io.hubfleet.restore.ProcessCommandRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hubfleet homes backups|restore}: a stack's home-storage backups, and bringing a user's or a hub's
 * directory back from one (docs/restore.md). The cloud CLIs run through a {@link CommandRunner}, which
 * tests replace.
 */
@Command(name = "homes",
        mixinStandardHelpOptions = true,
        description = {"Home directories' backups: list them, and restore one user's directory or a whole hub's "
                + "(docs/restore.md).",
                "Exit status: 0 done, 1 a command of --run failed, 2 bad input (an unknown stack or hub, a malformed "
                        + "--from or --user)."},
        subcommands = {HomesBackupsCommand.class, HomesRestoreCommand.class})
final class HomesCommand implements Runnable {

    private final CommandRunner runner;
    private final StackPlanner planner;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    HomesCommand() {
        this(new ProcessCommandRunner(), StackPlanner.OFFLINE);
    }

    HomesCommand(CommandRunner runner, StackPlanner planner) {
        this.runner = runner;
        this.planner = planner;
    }

    CommandRunner runner() {
        return runner;
    }

    StackPlanner planner() {
        return planner;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: backups or restore");
    }
}
