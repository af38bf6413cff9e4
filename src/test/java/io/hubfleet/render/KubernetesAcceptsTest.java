package io.hubfleet.render;

import io.hubfleet.plan.Plan;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every object every example would put on its cluster — each Helm release rendered by the real chart,
 * and the program's own objects — is one the Kubernetes API accepts: no unknown field, no missing
 * required one, no wrong type; custom resources against their CRDs' schemas.
 */
class KubernetesAcceptsTest {

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("stacks"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("Pulumi\\..+\\.yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyObjectOfTheStackIsOneTheApiAccepts(String stack) {
        Upstream.assumeCharts();
        Plan plan = RenderedPlans.plan(stack);
        List<String> problems = new ArrayList<>();
        for (StackObjects.Origin origin : RenderedPlans.objects(stack)) {
            KubernetesApi.problems(origin.object()).forEach(p -> problems.add(origin.resource() + ": " + p));
        }
        assertThat(problems).as(stack).isEmpty();
        assertThat(plan.resources()).isNotEmpty();
    }
}
