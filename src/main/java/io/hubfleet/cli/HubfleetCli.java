package io.hubfleet.cli;

import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.StackConfigReader;
import io.hubfleet.plan.PlanFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code ./hubfleet}: the operator's tool around the Pulumi program. Exit status: 0 done, 2 bad input
 * (a stack file or the command line), 3 a security invariant broken ({@code plan --check}), 1 anything
 * else ({@code diff} exits 1 when plans differ, as diff(1) does). Bad input never prints a stack trace.
 */
@Command(name = "hubfleet",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Managed JupyterHubs as Pulumi stacks. Start with: hubfleet new <stack>, then hubfleet plan <stack>")
public final class HubfleetCli implements Runnable {

    /**
     * The commands, in the order help lists them. They are added to the command line by {@link #commandLine}
     * rather than named in {@code @Command(subcommands)}: picocli builds every named command's model (by
     * reflection on its annotations) and initialises its class, about 0.1 s of a cold run, and a run needs one.
     */
    private static final List<Class<?>> COMMANDS = List.of(NewCommand.class, PlanCommand.class, DiffCommand.class,
            ExportCommand.class, DeployOrderCommand.class, HomesCommand.class, SmokeCommand.class,
            SmokeTargetsCommand.class, CommandLine.HelpCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** plan --check: the plan breaks a security invariant. */
    public static final int VIOLATIONS = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, such as: plan <stack>");
    }

    public static void main(String[] args) {
        // The mock engine can livelock on a 2-core machine's default common pool; set it before first use.
        if (System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism") == null) {
            System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "4");
        }
        if (args.length > 0 && !args[0].startsWith("-") && !args[0].equals("help")) {
            // Most commands read stack files: set that up on the second core while this one parses.
            StackConfigReader.prepareInBackground();
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams and returns the exit status (used by tests too). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, StackPlanner.OFFLINE);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with the commands planning stack files through {@code planner}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, StackPlanner planner) {
        return execute(args, out, err, new io.hubfleet.restore.ProcessCommandRunner(), planner);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with {@code homes} running cloud CLIs through {@code runner}. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, io.hubfleet.restore.CommandRunner runner) {
        return execute(args, out, err, runner, StackPlanner.OFFLINE);
    }

    /** The commands that plan get {@code planner}, and {@code homes} runs cloud CLIs through {@code runner}. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, io.hubfleet.restore.CommandRunner runner,
                       StackPlanner planner) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return execute(args, out, err, new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == HomesCommand.class) {
                    return (K) new HomesCommand(runner, planner);
                }
                if (type == PlanCommand.class) {
                    return (K) new PlanCommand(planner);
                }
                if (type == ExportCommand.class) {
                    return (K) new ExportCommand(planner);
                }
                return defaults.create(type);
            }
        });
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine commandLine = commandLine(args, factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            if (exception instanceof InvalidStackConfigException invalid) {
                err.println("error: " + invalid.report());
                return BAD_INPUT;
            }
            if (exception instanceof BadArgumentException bad) {
                err.println("error: " + bad.getMessage());
                return BAD_INPUT;
            }
            if (exception instanceof PlanFailedException failed) {
                err.println("error: " + failed.getMessage());
                if (Boolean.getBoolean("hubfleet.debug") && failed.getCause() != null) {
                    failed.getCause().printStackTrace(err);
                }
                return FAILED;
            }
            err.println("error: hubfleet failed unexpectedly: " + exception);
            if (Boolean.getBoolean("hubfleet.debug")) {
                exception.printStackTrace(err);
            } else {
                err.println("(run with JAVA_OPTS=-Dhubfleet.debug=true for the stack trace)");
            }
            return FAILED;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The command line for {@code args}: when they start with a command's name (not an option, not
     * {@code help}), only that command is added, since parsing, running and every message of a command
     * (its usage, errors and suggestions) involve it alone; otherwise all are, for the top level's help,
     * version, its "a command is required" and picocli's suggestions for a misspelt command.
     */
    static CommandLine commandLine(String[] args, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new HubfleetCli(), factory);
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> command : COMMANDS) {
            CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
            List<String> names = new java.util.ArrayList<>(List.of(annotation.aliases()));
            names.add(annotation.name());
            if (command != CommandLine.HelpCommand.class && names.contains(first)) {
                return commandLine.addSubcommand(create(factory, command));
            }
        }
        for (Class<?> command : COMMANDS) {
            commandLine.addSubcommand(create(factory, command));
        }
        return commandLine;
    }

    private static Object create(CommandLine.IFactory factory, Class<?> command) {
        try {
            return factory.create(command);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("could not create " + command.getName(), e);
        }
    }
}
