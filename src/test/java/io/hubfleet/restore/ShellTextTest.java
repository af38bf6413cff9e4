package io.hubfleet.restore;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** What the operator pastes is what --run runs: bash reads each rendered command back into the same arguments. */
class ShellTextTest {

    private static final Path BASH = Path.of("/bin/bash");

    @Test
    void quotesOnlyWhatTheShellWouldMisread() {
        assertThat(ShellText.quote("--project=hubfleet-small")).isEqualTo("--project=hubfleet-small");
        assertThat(ShellText.quote("sourceDisk~/disks/x$")).isEqualTo("'sourceDisk~/disks/x$'");
        assertThat(ShellText.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellText.quote("--network=name=${NETWORK}")).isEqualTo("\"--network=name=${NETWORK}\"");
        assertThat(ShellText.quote("{\"a\":\"${FS}\",\"b\":\"$x\"}")).isEqualTo("\"{\\\"a\\\":\\\"${FS}\\\",\\\"b\\\":\\\"\\$x\\\"}\"");
    }

    @Test
    void bashReadsEveryRenderedTokenBackAsItWas() throws Exception {
        assumeThat(Files.isExecutable(BASH)).as("bash at " + BASH).isTrue();
        List<String> tokens = List.of("plain", "with space", "it's", "a'b\"c", "sourceDisk~/zones/z/disks/d$",
                "reverse(sort_by(Snapshots,&StartTime))[].[SnapshotId]", "FileSystems[?Name=='x'].FileSystemId",
                "back\\slash", "`tick`", "set -eu\nsrc=\"$(ls -d /backup/x* | sort)\"\necho \"${src:-none}\"",
                "[{Key=Name,Value=v}]", "--option", "--", "*");
        List<String> argv = new ArrayList<>(List.of("printf", "%s\\0"));
        argv.addAll(tokens);
        assertThat(bash(ShellText.render(ShellCommand.of(argv)))).isEqualTo(tokens);
    }

    @Test
    void foundValuesAreFilledInByTheShellAsByTheRunner() throws Exception {
        assumeThat(Files.isExecutable(BASH)).as("bash at " + BASH).isTrue();
        ShellCommand lookup = ShellCommand.of("printf", "%s", "vol-123").capturing("VOLUME");
        ShellCommand use = ShellCommand.of("printf", "%s\\0", "--volume-id", "${VOLUME}",
                "{\"file-system-id\":\"${VOLUME}\",\"ItemsToRestore\":\"[\\\"/hub/user\\\"]\"}");
        String script = ShellText.render(lookup) + "\n" + ShellText.render(use);
        List<String> expected = use.argv().stream()
                .map(token -> ShellCommand.substitute(token, java.util.Map.of("VOLUME", "vol-123"))).toList().subList(2, 5);

        assertThat(bash(script)).isEqualTo(expected);
        assertThat(expected.get(2)).isEqualTo("{\"file-system-id\":\"vol-123\",\"ItemsToRestore\":\"[\\\"/hub/user\\\"]\"}");
    }

    @Test
    void aLookupThatFindsSomethingSkipsTheCommandAndOneThatFindsNothingRunsIt() throws Exception {
        assumeThat(Files.isExecutable(BASH)).as("bash at " + BASH).isTrue();
        ShellCommand make = ShellCommand.of("printf", "%s", "made").capturing("THING");
        String found = ShellText.render(make.unlessFound(ShellCommand.of("printf", "%s", "found"))) + "\nprintf '%s\\0' \"$THING\"";
        String absent = ShellText.render(make.unlessFound(ShellCommand.of("true"))) + "\nprintf '%s\\0' \"$THING\"";

        assertThat(bash(found)).containsExactly("found");
        assertThat(bash(absent)).containsExactly("made");
    }

    @Test
    void aManifestIsAHereDocumentTheShellFillsIn() throws Exception {
        assumeThat(Files.isExecutable(BASH)).as("bash at " + BASH).isTrue();
        String script = "LIVE_SERVER=10.0.0.5\n" + ShellText.render(ShellCommand.of("cat")
                .withStdin("nfs:\n  server: \"${LIVE_SERVER}\"\n  path: /hub\n"));

        assertThat(String.join("", bash(script + "\nprintf '\\0'"))).isEqualTo("nfs:\n  server: \"10.0.0.5\"\n  path: /hub\n");
    }

    /** Runs a script and splits what it printed at NUL bytes. */
    private static List<String> bash(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(BASH.toString(), "-c", script).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        List<String> parts = new ArrayList<>(List.of(out.split("\0", -1)));
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }
}
