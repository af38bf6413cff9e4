package io.hubfleet.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths as users mean them: a stack file, {@code -o} and {@code --helm} from the directory hubfleet was run
 * in; a bare stack name from the checkout's stacks/; {@code -o} never over a stack file.
 */
class CallerPathsTest {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @AfterEach
    void runFromTheRepoAgain() {
        System.clearProperty("hubfleet.cwd");
        System.clearProperty("hubfleet.root");
    }

    /** The CLI in process as the wrapper runs it: from {@code cwd}, naming this checkout as the root. */
    private static HubfleetCliTest.Run runFrom(Path cwd, String... args) {
        System.setProperty("hubfleet.cwd", cwd.toString());
        System.setProperty("hubfleet.root", REPO.toString());
        return HubfleetCliTest.run(args);
    }

    @Test
    void aRelativeStackFileAndOutputAreTheCallersAndABareNameIsTheRepos(@TempDir Path cwd) throws Exception {
        Files.createDirectories(cwd.resolve("mine"));
        Files.copy(REPO.resolve("stacks/Pulumi.small-gcp.yaml"), cwd.resolve("mine/Pulumi.mine.yaml"));

        HubfleetCliTest.Run byPath = runFrom(cwd, "plan", "mine/Pulumi.mine.yaml", "--json", "-o", "out/plan.json");
        HubfleetCliTest.Run byName = runFrom(cwd, "plan", "small-gcp", "--json", "-o", "small.json");

        assertThat(byPath.status()).as(byPath.err()).isZero();
        assertThat(Files.readString(cwd.resolve("out/plan.json"))).contains("\"stack\": \"mine\"");
        assertThat(byName.status()).as(byName.err()).isZero();
        assertThat(Files.readString(cwd.resolve("small.json"))).contains("\"stack\": \"small-gcp\"");
        assertThat(REPO.resolve("out/plan.json")).doesNotExist();
        assertThat(REPO.resolve("small.json")).doesNotExist();
    }

    @Test
    void aMissingRelativeStackFileIsNamedAsGivenAndWhereItWasLookedFor(@TempDir Path cwd) {
        HubfleetCliTest.Run run = runFrom(cwd, "plan", "nowhere/Pulumi.x.yaml");

        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).contains("there is no stack file nowhere/Pulumi.x.yaml (" + cwd.resolve("nowhere/Pulumi.x.yaml") + ")");
    }

    @Test
    void helmExportsIntoTheCallersDirectory(@TempDir Path cwd) {
        HubfleetCliTest.Run run = runFrom(cwd, "export", "small-gcp", "--helm", "exported");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(cwd.resolve("exported/README.md")).exists();
        assertThat(REPO.resolve("exported")).doesNotExist();
    }

    @Test
    void outputNeverOverwritesAStackFile(@TempDir Path cwd) throws Exception {
        Path mine = cwd.resolve("Pulumi.mine.yaml");
        Files.copy(REPO.resolve("stacks/Pulumi.small-gcp.yaml"), mine);
        String before = Files.readString(mine);

        HubfleetCliTest.Run named = runFrom(cwd, "plan", "small-gcp", "-o", "Pulumi.mine.yaml");
        HubfleetCliTest.Run inStacks = runFrom(cwd, "plan", "small-gcp", "--json", "-o", REPO.resolve("stacks/plan.json").toString());

        assertThat(named.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(named.err()).contains("refusing to write Pulumi.mine.yaml: it is named like a stack file");
        assertThat(Files.readString(mine)).isEqualTo(before);
        assertThat(inStacks.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(inStacks.err()).contains("it is in the stacks directory " + REPO.resolve("stacks"));
        assertThat(REPO.resolve("stacks/plan.json")).doesNotExist();
    }

    @Test
    void theWrapperRunsTheCliInTheCallersDirectoryNamingItsCheckout(@TempDir Path tmp) throws Exception {
        // A checkout with a built jar (nothing newer, so no build) and a stand-in Java 17 that reports how it was run.
        Path checkout = tmp.resolve("checkout");
        Files.createDirectories(checkout.resolve("tools"));
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(REPO.resolve("hubfleet"), checkout.resolve("hubfleet"));
        for (String tool : List.of("java17.bash", "jvm-flags.bash")) {
            Files.copy(REPO.resolve("tools").resolve(tool), checkout.resolve("tools").resolve(tool));
        }
        Files.writeString(checkout.resolve("target/hubfleet.jar"), "");
        Path java = tmp.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/usr/bin/env bash
                if [[ "$1" == -version ]]; then echo 'openjdk version "17.0.9" 2023-10-17' >&2; exit 0; fi
                echo "cwd=$PWD"
                printf 'arg=%s\\n' "$@"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path caller = Files.createDirectories(tmp.resolve("caller"));

        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("hubfleet").toString(),
                "plan", "mine/Pulumi.mine.yaml", "-o", "out/plan.txt").directory(caller.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes());

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("Building").contains("cwd=" + caller.toRealPath())
                .contains("arg=-Dhubfleet.root=" + checkout.toRealPath())
                .contains("arg=io.hubfleet.cli.HubfleetCli\narg=plan\narg=mine/Pulumi.mine.yaml\narg=-o\narg=out/plan.txt\n");
    }
}
