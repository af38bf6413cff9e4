package io.hubfleet.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two surefire forks share the plans of one build through a folder: a plan is made once, and what the other
 * fork reads is exactly what was made, or it plans for itself.
 */
class PlansAcrossForksTest {

    @Test
    void aPlanIsMadeOnceAndReadBackEqualNumberTypesIncluded(@TempDir Path dir) {
        AtomicInteger planned = new AtomicInteger();
        Plan made = Stacks.plan(Stacks.GCP_WITH_HUB);
        PlansAcrossForks first = new PlansAcrossForks(dir);
        PlansAcrossForks other = new PlansAcrossForks(dir); // another fork: its own JVM-local locks

        Plan mine = first.plan("text\nGCP_WITH_HUB", () -> {
            planned.incrementAndGet();
            return made;
        });
        Plan theirs = other.plan("text\nGCP_WITH_HUB", () -> {
            planned.incrementAndGet();
            return null;
        });

        assertThat(planned).hasValue(1);
        assertThat(mine).isSameAs(made);
        assertThat(theirs).isNotSameAs(made).isEqualTo(made);
        // Integers are LongNodes in a plan (PlanValues); read back as IntNodes they would differ.
        assertThat(theirs.resources()).flatExtracting(r -> numbers(r.inputs())).isNotEmpty()
                .allSatisfy(number -> assertThat(number.isLong() || number.isDouble()).isTrue());
    }

    @Test
    void aPlanThatWouldNotReadBackEqualIsNotShared(@TempDir Path dir) {
        ObjectNode inputs = JsonNodeFactory.instance.objectNode().put("port", 8080); // an IntNode: not a plan's own
        Plan odd = plan(inputs);
        AtomicInteger planned = new AtomicInteger();
        PlansAcrossForks shared = new PlansAcrossForks(dir);

        shared.plan("odd", () -> {
            planned.incrementAndGet();
            return odd;
        });
        Plan again = new PlansAcrossForks(dir).plan("odd", () -> {
            planned.incrementAndGet();
            return odd;
        });

        assertThat(planned).hasValue(2);
        assertThat(again).isSameAs(odd);
    }

    @Test
    void aRefusedStackIsRefusedAtEveryCallAndNothingIsWritten(@TempDir Path dir) throws Exception {
        PlansAcrossForks shared = new PlansAcrossForks(dir);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> shared.plan("refused", () -> {
                throw new IllegalArgumentException("hubfleet:cloud: must be one of gcp, aws, azure");
            })).hasMessageContaining("must be one of");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".json"));
        }
    }

    @Test
    void withoutARunEveryJvmPlansForItself() {
        AtomicInteger planned = new AtomicInteger();
        PlansAcrossForks none = new PlansAcrossForks(PlansAcrossForks.runDirectory(null));
        none.plan("k", () -> plan(JsonNodeFactory.instance.objectNode()));
        none.plan("k", () -> {
            planned.incrementAndGet();
            return plan(JsonNodeFactory.instance.objectNode());
        });

        assertThat(planned).hasValue(1);
        assertThat(PlansAcrossForks.runDirectory(" ")).isNull();
        assertThat(PlansAcrossForks.runDirectory("../elsewhere")).isNull();
    }

    @Test
    void aRunRemovesTheFoldersOfEarlierRunsOnly(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("20261130-100000.000"));
        Files.writeString(root.resolve("20261130-100000.000/old.json"), "{}");
        Path current = Files.createDirectories(root.resolve("20261130-110000.000"));
        Files.writeString(current.resolve("made-by-the-other-fork.json"), "{}");

        Path run = PlansAcrossForks.runDirectory(root, "20261130-110000.000");

        assertThat(run).isEqualTo(current);
        assertThat(root.resolve("20261130-100000.000")).doesNotExist();
        assertThat(current.resolve("made-by-the-other-fork.json")).exists();
    }

    private static Plan plan(ObjectNode inputs) {
        PlanResource resource = new PlanResource("urn:pulumi:s::p::t::n", "t", "n", null, null, true, false, false, false,
                List.of(), List.of(), inputs, JsonNodeFactory.instance.objectNode(), List.of(), Map.of(), List.of());
        return new Plan("s", "p", List.of(resource), JsonNodeFactory.instance.objectNode(), List.of(), List.of(), "gcp", null);
    }

    private static List<com.fasterxml.jackson.databind.JsonNode> numbers(com.fasterxml.jackson.databind.JsonNode node) {
        List<com.fasterxml.jackson.databind.JsonNode> found = new java.util.ArrayList<>();
        if (node.isNumber()) {
            found.add(node);
        }
        node.forEach(child -> found.addAll(numbers(child)));
        return found;
    }
}
