package io.hubfleet.program;

import io.hubfleet.components.ClusterAddOns;
import io.hubfleet.components.DnsRecords;
import io.hubfleet.components.IngressGateway;
import io.hubfleet.components.Monitoring;
import io.hubfleet.components.Support;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing deployed is replaced by the split of Support: every resource URN of every example plan before
 * it (src/test/resources/urns/before-support-split) is a URN of today's plan or the alias of exactly one
 * of its resources, which Pulumi then updates in place. Under Support, the only resources that are not
 * old ones are the new components themselves.
 */
class UrnsKeptTest {

    private static final Path BEFORE = Path.of("src/test/resources/urns/before-support-split");
    private static final Set<String> NEW_COMPONENTS = Set.of(IngressGateway.TYPE, DnsRecords.TYPE, Monitoring.TYPE,
            ClusterAddOns.TYPE);

    static Stream<String> stacks() throws IOException {
        try (Stream<Path> files = Files.list(BEFORE)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                    .map(f -> f.substring(0, f.length() - ".txt".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void everyOldUrnIsStillAResourceOrTheAliasOfExactlyOne(String stack) throws IOException {
        List<String> before = Files.readAllLines(BEFORE.resolve(stack + ".txt"));
        Plan plan = Stacks.example(stack);
        Set<String> urns = new java.util.HashSet<>(plan.resources().stream().map(PlanResource::urn).toList());
        Map<String, List<String>> claimedBy = new HashMap<>();
        plan.resources().forEach(r -> r.aliases().forEach(a -> claimedBy.computeIfAbsent(a, k -> new ArrayList<>())
                .add(r.urn())));
        assertThat(before).isNotEmpty();
        for (String old : before) {
            if (urns.contains(old)) {
                assertThat(claimedBy.get(old)).as("no resource claims %s, which another still has", old).isNull();
            } else {
                assertThat(claimedBy.get(old)).as("the resources aliased to %s", old).hasSize(1);
                PlanResource moved = plan.byUrn(claimedBy.get(old).get(0)).orElseThrow();
                assertThat(moved.name() + " " + moved.type()).as("moved, with its name and type")
                        .isEqualTo(nameOf(old) + " " + typeOf(old));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void underSupportOnlyTheNewComponentsAreNew(String stack) throws IOException {
        Set<String> before = Set.copyOf(Files.readAllLines(BEFORE.resolve(stack + ".txt")));
        Plan plan = Stacks.example(stack);
        List<String> added = plan.resources().stream()
                .filter(r -> r.urn().contains("$" + Support.TYPE + "$"))
                .filter(r -> !before.contains(r.urn()) && r.aliases().stream().noneMatch(before::contains))
                .map(r -> r.type() + " " + r.name()).toList();
        assertThat(added).allMatch(r -> NEW_COMPONENTS.contains(r.substring(0, r.indexOf(' '))));
        if (plan.ofType(Support.TYPE).isEmpty()) {
            assertThat(added).isEmpty();
        } else {
            assertThat(added).as("the components Support composes").hasSizeBetween(3, 4);
        }
    }

    private static String typeOf(String urn) {
        String qualified = urn.split("::")[2];
        return qualified.substring(qualified.lastIndexOf('$') + 1);
    }

    private static String nameOf(String urn) {
        return urn.split("::", 4)[3];
    }
}
