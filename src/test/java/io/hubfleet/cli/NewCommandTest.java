package io.hubfleet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.config.hub.AuthProvider;
import io.hubfleet.config.portable.Cloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hubfleet new} writes a stack that plans at once, for every cloud and login provider, and nothing invalid. */
class NewCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPO = Path.of("").toAbsolutePath();

    @AfterEach
    void runFromTheRepoAgain() {
        System.clearProperty("hubfleet.cwd");
        System.clearProperty("hubfleet.root");
    }

    static Stream<Arguments> cloudsAndLogins() {
        return Arrays.stream(Cloud.values())
                .flatMap(cloud -> Arrays.stream(AuthProvider.values()).map(login -> Arguments.of(cloud, login)));
    }

    /** The flags a new user would pass for this cloud and login, everything required given. */
    static List<String> flags(Cloud cloud, AuthProvider login) {
        List<String> args = new ArrayList<>(List.of("--cloud", cloud.configName(), "--email", "ops@physics.example.edu",
                "--domain", "hub.physics.example.edu", "--admin", "alice", "--login", login.configName()));
        args.addAll(switch (cloud) {
            case GCP -> List.of("--account", "physics-hubs", "--billing-account", "01A2B3-C4D5E6-F7A8B9");
            case AWS -> List.of("--account", "123456789012");
            case AZURE -> List.of("--account", "0b3f2c1e-5d7a-4e89-9c21-7f6a2b4d8e10");
        });
        args.addAll(switch (login) {
            case CILOGON -> List.of("--cilogon-idp", "https://idp.example.edu/idp/shibboleth");
            case GENERIC_OAUTH -> List.of("--authorize-url", "https://login.example.edu/oauth/authorize",
                    "--token-url", "https://login.example.edu/oauth/token", "--userdata-url", "https://login.example.edu/oauth/userinfo");
            default -> List.of();
        });
        return args;
    }

    /** As a new user: a checkout whose stacks/ is empty, hubfleet run from inside it. */
    private static Path emptyCheckout(Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("stacks"));
        System.setProperty("hubfleet.root", tmp.toString());
        System.setProperty("hubfleet.cwd", tmp.toString());
        return tmp.resolve("stacks");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cloudsAndLogins")
    void writesAStackThatPlansAtOnce(Cloud cloud, AuthProvider login, @TempDir Path tmp) throws Exception {
        Path stacks = emptyCheckout(tmp);
        List<String> args = new ArrayList<>(List.of("new", "physics"));
        args.addAll(flags(cloud, login));

        HubfleetCliTest.Run created = HubfleetCliTest.run(args.toArray(String[]::new));
        HubfleetCliTest.Run planned = HubfleetCliTest.run("plan", "physics", "--json");

        assertThat(created.status()).as(created.err()).isZero();
        Path file = stacks.resolve("Pulumi.physics.yaml");
        assertThat(created.out()).contains("Wrote " + file);
        String text = Files.readString(file);
        assertThat(text).startsWith("# yaml-language-server: $schema=../schema/stack.schema.json\n")
                .contains("https://hub.physics.example.edu/hub/oauth_callback")
                .contains("pulumi config set --secret --path 'hubfleet:hubs[0].auth.clientSecret' <secret> -s physics")
                .contains("machine: {cpu: 4, memoryGiB: 32}")
                .doesNotContain("clientSecret:");
        assertThat(planned.status()).as(planned.err()).isZero();
        JsonNode plan = JSON.readTree(planned.out());
        assertThat(plan.path("cloud").asText()).isEqualTo(cloud.configName());
        assertThat(planned.out()).contains("\"[secret not set]\"");
        assertThat(planned.err()).contains("warning: physics: hubfleet:hubs[0].auth.clientSecret is not set");
    }

    private record Session(int status, String out, String err) {
    }

    private static Session answer(String answers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new NewCommand(new StringReader(answers)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        command.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof BadArgumentException bad) {
                err.write("error: " + bad.getMessage());
                return HubfleetCli.BAD_INPUT;
            }
            throw e;
        });
        return new Session(command.execute(args), out.toString(), err.toString());
    }

    @Test
    void asksForWhatTheFlagsDoNotGiveTakingDefaultsOnBlankAnswers(@TempDir Path tmp) throws Exception {
        Path stacks = emptyCheckout(tmp);
        // cloud (a typo first), region, zone, account, email, budget, domain, login, client id, admin (the hub name is a flag)
        String answers = "awss\naws\n\n\n123456789012\nops@physics.example.edu\n500\nhub.physics.example.edu\n"
                + "google\nabc.apps.googleusercontent.com\nalice@example.edu\n";

        Session session = answer(answers, "physics", "--hub-name", "lab");

        assertThat(session.status()).as(session.err()).isZero();
        assertThat(session.out()).contains("Cloud (gcp, aws, azure): ").contains("awss is not one of gcp, aws, azure")
                .contains("Region [us-west-2]: ").contains("Zone [us-west-2a]: ")
                .contains("https://hub.physics.example.edu/hub/oauth_callback")
                .doesNotContain("Hub name").doesNotContain("billing account");
        String text = Files.readString(stacks.resolve("Pulumi.physics.yaml"));
        assertThat(text).contains("hubfleet:cloud: aws\n").contains("hubfleet:region: us-west-2\n")
                .contains("hubfleet:zone: us-west-2a\n").contains("id: \"123456789012\"\n")
                .contains("monthlyAmount: 500\n").contains("- name: lab\n").contains("provider: google\n")
                .contains("clientId: abc.apps.googleusercontent.com\n").contains("admins: [alice@example.edu]\n");
    }

    @Test
    void inputEndingBeforeARequiredAnswerNamesItsFlagAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path stacks = emptyCheckout(tmp);

        Session session = answer("gcp\n\n\n", "physics");

        assertThat(session.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(session.err()).contains("missing --account");
        assertThat(stacks.resolve("Pulumi.physics.yaml")).doesNotExist();
    }

    @Test
    void refusesInputTheConfigReaderRefusesAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path stacks = emptyCheckout(tmp);
        List<String> args = new ArrayList<>(List.of("new", "physics"));
        args.addAll(flags(Cloud.AWS, AuthProvider.GITHUB));
        args.set(args.indexOf("123456789012"), "12345");
        args.set(args.indexOf("hub.physics.example.edu"), "not a domain");

        HubfleetCliTest.Run run = HubfleetCliTest.run(args.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).contains("hubfleet:account.id").contains("hubfleet:hubs[0].domain")
                .contains("Nothing was written");
        assertThat(stacks).isEmptyDirectory();
    }

    @Test
    void neverOverwritesAStack(@TempDir Path tmp) throws Exception {
        Path stacks = emptyCheckout(tmp);
        Path existing = Files.writeString(stacks.resolve("Pulumi.physics.yaml"), "config: {}\n");
        List<String> args = new ArrayList<>(List.of("new", "physics"));
        args.addAll(flags(Cloud.GCP, AuthProvider.GITHUB));

        HubfleetCliTest.Run run = HubfleetCliTest.run(args.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(run.err()).contains(existing + " exists");
        assertThat(Files.readString(existing)).isEqualTo("config: {}\n");
    }

    @Test
    void writesIntoTheDirectoryGivenFromTheCallersDirectoryWithTheSchemaFoundFromThere(@TempDir Path tmp) throws Exception {
        System.setProperty("hubfleet.root", REPO.toString());
        System.setProperty("hubfleet.cwd", tmp.toString());
        List<String> args = new ArrayList<>(List.of("new", "physics", "--dir", "elsewhere"));
        args.addAll(flags(Cloud.GCP, AuthProvider.GITHUB));

        HubfleetCliTest.Run run = HubfleetCliTest.run(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isZero();
        Path file = tmp.resolve("elsewhere/Pulumi.physics.yaml");
        String schema = file.getParent().relativize(REPO.resolve("schema/stack.schema.json")).toString();
        assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=" + schema + "\n");
        assertThat(file.getParent().resolve(schema)).exists();
        assertThat(REPO.resolve("stacks/Pulumi.physics.yaml")).doesNotExist();
    }

    @Test
    void answersCannotChangeTheFilesStructure() {
        assertThat(NewStack.quoted("alice")).isEqualTo("alice");
        assertThat(NewStack.quoted("123456789012")).isEqualTo("\"123456789012\"");
        assertThat(NewStack.quoted("no")).isEqualTo("\"no\"");
        assertThat(NewStack.quoted("a\", b: \"c\nd")).isEqualTo("\"a\\\", b: \\\"c\\x0ad\"");
    }
}
