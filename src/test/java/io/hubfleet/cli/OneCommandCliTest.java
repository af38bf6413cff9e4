package io.hubfleet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command line that starts with a command's name holds that command alone (HubfleetCli.commandLine:
 * picocli's model of every command costs a cold run about 0.1 s); it must behave exactly as among all the
 * commands: the same status, output and messages, usage and errors included.
 */
class OneCommandCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"plan --help", "plan --no-such-option", "plan", "diff --help", "diff", "export --help",
            "deploy-order --help", "homes --help", "homes backups --help", "homes restore --help", "homes nosuch",
            "smoke --help", "smoke-targets --help", "new --help", "new"})
    void aCommandAloneBehavesAsAmongAllTheCommands(String line) {
        String[] args = line.split(" ");
        CommandLine alone = HubfleetCli.commandLine(args, CommandLine.defaultFactory());
        CommandLine all = HubfleetCli.commandLine(new String[0], CommandLine.defaultFactory());

        assertThat(alone.getSubcommands()).hasSize(1).containsKey(args[0]);
        assertThat(all.getSubcommands()).hasSizeGreaterThan(1);
        assertThat(run(alone, args)).isEqualTo(run(all, args));
    }

    @Test
    void theTopLevelStillListsEveryCommandInOrder() {
        String help = run(HubfleetCli.commandLine(new String[] {"--help"}, CommandLine.defaultFactory()),
                new String[] {"--help"});

        assertThat(help).containsSubsequence("new", "plan", "diff", "export", "deploy-order", "homes", "smoke",
                "smoke-targets", "help");
    }

    private static String run(CommandLine commandLine, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return "status " + status + "\nout:\n" + out + "\nerr:\n" + err;
    }
}
