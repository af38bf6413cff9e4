package io.hubfleet.config;

import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.plan.PlanEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of malformed stack files (src/test/resources/malformed/): each is refused with exit 2, a
 * report line naming the key path, the problem and what is allowed, no stack trace, no secret, and no
 * resource registered (the program never runs).
 */
class MalformedStacksTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "malformed");

    /** deployedOnly: a secret not set yet, which only the deployed program refuses (offline it plans with a warning). */
    record Case(String file, String path, String problem, boolean deployedOnly) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() throws Exception {
        return Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t"))
                .map(f -> new Case(f[0], f[1], f[2], f.length > 3 && f[3].equals("deployed-only")))
                .toList();
    }

    @Test
    void theCorpusHoldsAtLeastFortyFilesAndEachHasItsExpectation() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length())).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases()).extracting(Case::file).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isRefusedWithThePathTheProblemAndWhatIsAllowed(Case c) {
        Path file = CORPUS.resolve("Pulumi." + c.file() + ".yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int runsBefore = PlanEngine.runs();
        int status = HubfleetCli.execute(new String[]{"plan", file.toString(), "--json"}, new PrintWriter(out),
                new PrintWriter(err));
        if (c.deployedOnly()) {
            assertThat(status).as(c.file() + ": " + err).isEqualTo(HubfleetCli.OK);
            assertThat(err.toString()).contains("warning: ").contains(c.path() + " is not set");
            assertRefusedWhenDeployed(file, c);
            return;
        }

        assertThat(status).as(c.file()).isEqualTo(HubfleetCli.BAD_INPUT);
        assertThat(PlanEngine.runs()).as("no resource registered").isEqualTo(runsBefore);
        assertThat(out.toString()).isEmpty();
        String report = err.toString();
        assertThat(report).startsWith("error: " + file + " has ");
        assertThat(report.lines().filter(l -> l.startsWith("  - "))).allSatisfy(line ->
                assertThat(line).matches("  - [^ ]+: .+\\. Allowed: .+"));
        assertThat(report).contains("  - " + c.path() + ": " + c.problem());
        assertThat(report).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain(RawStackConfig.ENCRYPTED_PLACEHOLDER).doesNotContain("hunter2");
    }

    /** As the program pulumi up runs reads it: the engine's configuration, every secret decrypted. */
    private static void assertRefusedWhenDeployed(Path file, Case c) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        RawStackConfig raw = StackFile.read(file);
        RawStackConfig deployed = PulumiEnvironment.read(java.util.Map.of("PULUMI_STACK", raw.stack(),
                "PULUMI_CONFIG", json.valueToTree(raw.asPulumiConfig(json)).toString(),
                "PULUMI_CONFIG_SECRET_KEYS", json.valueToTree(raw.secretKeys()).toString()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StackConfigReader.readAny(deployed))
                .isInstanceOf(InvalidStackConfigException.class)
                .satisfies(e -> assertThat(((InvalidStackConfigException) e).report())
                        .contains("  - " + c.path() + ": " + c.problem()));
    }
}
