package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.cli.HubfleetCli;
import io.hubfleet.plan.PlanEngine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any mutation of a valid example (a key removed, renamed or added, a value replaced by one of another
 * type, a number made extreme, a string made strange) either still plans, or is refused with exit 2 and
 * only well-formed report lines: never a stack trace, never a resource registered.
 */
class MutatedStacksPropertyTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EXAMPLES = List.of("demo-gcp", "demo-aws", "demo-azure", "canary-gcp");

    /** Where to mutate (an index into the document's nodes), and how. */
    record Mutation(String example, int target, int kind, JsonNode replacement) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<JsonNode> replacements = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300).map(NODES::textNode),
                Arbitraries.strings().withChars("0123456789.:/-_@ abcXYZ{}[]\"'\\\n\t").ofMaxLength(40).map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.just(NODES.objectNode()),
                Arbitraries.just(NODES.arrayNode()),
                Arbitraries.just((JsonNode) NODES.objectNode().put("secure", "v1:bXV0YXRlZA==:x")));
        return Combinators.combine(Arbitraries.of(EXAMPLES), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 3), replacements).as(Mutation::new);
    }

    @Property(tries = 80, shrinking = ShrinkingMode.OFF)
    void everyMutationPlansOrIsRefusedWithAReportAndNothingRegistered(@ForAll("mutations") Mutation mutation)
            throws Exception {
        JsonNode document = YAML.readTree(Files.readString(Path.of("stacks", "Pulumi." + mutation.example() + ".yaml")));
        apply(document, mutation);
        Path file = Files.createTempFile("Pulumi.mutated-", ".yaml");
        try {
            Files.writeString(file, YAML.writeValueAsString(document));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int runs = PlanEngine.runs();
            int status = HubfleetCli.execute(new String[]{"plan", file.toString(), "--json"}, new PrintWriter(out),
                    new PrintWriter(err));
            String report = err.toString();
            assertThat(status).as(report).isIn(HubfleetCli.OK, HubfleetCli.BAD_INPUT);
            assertThat(report).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain(RawStackConfig.ENCRYPTED_PLACEHOLDER);
            if (status == HubfleetCli.BAD_INPUT) {
                assertThat(PlanEngine.runs()).as("no resource registered").isEqualTo(runs);
                assertThat(report).startsWith("error: ");
                assertThat(report.lines().filter(l -> l.startsWith("  - ")).toList()).isNotEmpty()
                        .allSatisfy(line -> assertThat(line).matches("  - [^ ]+: .+\\. Allowed: .+"));
            } else {
                assertThat(out.toString()).startsWith("{\n  \"formatVersion\": 1,");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Applies the mutation to the node it targets among all the config's nodes. */
    private static void apply(JsonNode document, Mutation mutation) {
        List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
        collect(document.path("config"), slots);
        if (slots.isEmpty()) {
            return;
        }
        Map.Entry<JsonNode, Object> slot = slots.get(mutation.target() % slots.size());
        JsonNode parent = slot.getKey();
        Object key = slot.getValue();
        switch (mutation.kind()) {
            case 0 -> { // remove it
                if (parent instanceof ObjectNode object) {
                    object.remove((String) key);
                } else {
                    ((ArrayNode) parent).remove((Integer) key);
                }
            }
            case 1 -> { // rename it (a typo, an unknown key)
                if (parent instanceof ObjectNode object) {
                    JsonNode value = object.remove((String) key);
                    object.set(key + "x", value);
                } else {
                    ((ArrayNode) parent).add(mutation.replacement());
                }
            }
            default -> { // replace its value
                if (parent instanceof ObjectNode object) {
                    object.set((String) key, mutation.replacement());
                } else {
                    ((ArrayNode) parent).set((Integer) key, mutation.replacement());
                }
            }
        }
    }

    private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                slots.add(Map.entry(object, key));
                collect(object.get(key), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(Map.entry(array, i));
                collect(array.get(i), slots);
            }
        }
    }
}
