package io.hubfleet.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;
import io.hubfleet.helm.jupyterhub.ProfileValues;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.MachineType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated profiles offer shares of a node that fit what the node leaves for pods. */
class ProfileValuesTest {

    private static UserPool pool(Cloud cloud, String name, int cpu, double memoryGiB, GpuSpec gpu) {
        MachineType type = MachineCatalogue.of(cloud).resolve(new MachineSpec(cpu, memoryGiB), null, gpu, false).type();
        return new UserPool(name, type.name(), Allocatable.of(cloud, type), gpu, Map.of("hubfleet.io/pool", name), false);
    }

    private static List<JsonNode> choices(JsonNode profile) {
        List<JsonNode> out = new ArrayList<>();
        profile.at("/profile_options/resources/choices").elements().forEachRemaining(out::add);
        return out;
    }

    private static double gib(String memory) {
        return Long.parseLong(memory.substring(0, memory.length() - 1)) / 1024.0;
    }

    @ParameterizedTest(name = "{0} {1} vCPU / {2} GiB: {3} choices")
    @CsvSource({
            "GCP, 2, 16, 4",
            "GCP, 4, 32, 5",
            "GCP, 16, 128, 5",
            "AWS, 4, 32, 5",
            "AZURE, 2, 16, 4"})
    void sharesFitTheNodeAndSmallOnesAreDropped(Cloud cloud, int cpu, double memoryGiB, int expectedChoices) {
        UserPool pool = pool(cloud, "p", cpu, memoryGiB, null);
        JsonNode profile = ProfileValues.generated(List.of(pool)).get(0);

        List<JsonNode> choices = choices(profile);
        assertThat(choices).hasSize(expectedChoices);
        double previous = 0;
        for (JsonNode choice : choices) {
            JsonNode override = choice.path("kubespawner_override");
            double memory = gib(override.path("mem_guarantee").asText());
            assertThat(memory).isGreaterThanOrEqualTo(1.0).isLessThanOrEqualTo(pool.allocatable().memoryGiB())
                    .isGreaterThan(previous);
            assertThat(override.path("mem_limit").asText()).isEqualTo(override.path("mem_guarantee").asText());
            assertThat(override.path("cpu_guarantee").asDouble()).isLessThanOrEqualTo(pool.allocatable().cpu());
            assertThat(override.path("cpu_limit").asDouble()).isEqualTo(Quantities.cpu(pool.allocatable().cpu()));
            previous = memory;
        }
        JsonNode whole = choices.get(choices.size() - 1);
        assertThat(whole.path("display_name").asText()).endsWith("(whole node)");
        assertThat(gib(whole.at("/kubespawner_override/mem_guarantee").asText()))
                .isCloseTo(pool.allocatable().memoryGiB(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(choices.get(0).path("default").asBoolean()).isTrue();
        assertThat(profile.at("/kubespawner_override/node_selector/hubfleet.io~1pool").asText()).isEqualTo("p");
    }

    @Test
    void choiceKeysSortInTheOrderTheyAreOffered() {
        JsonNode profile = ProfileValues.generated(List.of(pool(Cloud.GCP, "p", 4, 32, null))).get(0);
        List<String> keys = new ArrayList<>();
        profile.at("/profile_options/resources/choices").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isSorted().first().asString().startsWith("01-");
    }

    @Test
    void gpuPoolsOfferGpusAndTolerateTheirTaintWithTheUserTaints() {
        GpuSpec t4 = new GpuSpec("nvidia-tesla-t4", 1);
        ArrayNode profiles = ProfileValues.generated(List.of(pool(Cloud.GCP, "gpu", 4, 15, t4),
                pool(Cloud.GCP, "user", 4, 32, null)));

        JsonNode gpu = profiles.get(0);
        assertThat(gpu.path("display_name").asText()).startsWith("GPU: n1-standard-4");
        assertThat(gpu.has("default")).as("a non-GPU pool is preselected").isFalse();
        assertThat(profiles.get(1).path("default").asBoolean()).isTrue();
        assertThat(gpu.at("/kubespawner_override/tolerations").findValuesAsText("key"))
                .containsExactly("hub.jupyter.org/dedicated", "hub.jupyter.org_dedicated", "nvidia.com/gpu",
                        "kubernetes.azure.com/scalesetpriority");
        assertThat(choices(gpu)).singleElement().satisfies(choice ->
                assertThat(choice.at("/kubespawner_override/extra_resource_limits/nvidia.com~1gpu").asText()).isEqualTo("1"));
    }

    @Test
    void multiGpuNodesOfferOneChoicePerGpuCount() {
        JsonNode profile = ProfileValues.generated(List.of(pool(Cloud.AWS, "gpu4", 48, 192,
                new GpuSpec("nvidia-tesla-t4", 4)))).get(0);

        assertThat(choices(profile)).extracting(c -> c.at("/kubespawner_override/extra_resource_limits/nvidia.com~1gpu").asText())
                .containsExactly("1", "2", "3", "4");
    }
}
