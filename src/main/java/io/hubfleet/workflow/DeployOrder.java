package io.hubfleet.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which stacks a deploy runs, in which wave ({@link DeployWave}), from the diff of the plans before and
 * after it ({@code hubfleet diff --json}, whose stacks say their cloud, stage, status and, for hub-only
 * stacks, their cluster stack).
 *
 * <p>On a push every changed stack that still exists deploys. A hub-only stack whose cluster stack also
 * deploys goes in the first hub wave after its cluster's, whatever its own stage (a staging hub on a
 * production cluster waits for that cluster). Dispatched by hand for one stack, only that stack deploys,
 * in its own wave: its cluster stack is not redeployed, nor are its hub-only stacks.
 */
public final class DeployOrder {

    /** One stack to deploy. */
    public record Target(String stack, String cloud) {
    }

    private final Map<DeployWave, List<Target>> waves;

    private DeployOrder(Map<DeployWave, List<Target>> waves) {
        this.waves = waves;
    }

    /**
     * The deploy of a diff: every changed stack, or with {@code only} just that stack (present in the
     * plans after the change, changed or not).
     *
     * @throws IllegalArgumentException when {@code only} names no stack of the plans after the change
     */
    public static DeployOrder of(JsonNode diff, Optional<String> only) {
        Map<String, JsonNode> present = new LinkedHashMap<>();
        for (JsonNode stack : diff.path("stacks")) {
            if (!"removed".equals(stack.path("status").asText())) {
                present.put(stack.path("stack").asText(), stack);
            }
        }
        List<JsonNode> deploying = new ArrayList<>();
        if (only.isPresent()) {
            JsonNode stack = present.get(only.get());
            if (stack == null) {
                throw new IllegalArgumentException("there is no stack " + only.get() + " to deploy; the stacks are "
                        + String.join(", ", present.keySet()));
            }
            deploying.add(stack);
        } else {
            present.values().stream().filter(s -> s.path("changed").asBoolean()).forEach(deploying::add);
        }
        Map<String, DeployWave> clusterWaves = new LinkedHashMap<>();
        for (JsonNode stack : deploying) {
            if (!isHubOnly(stack)) {
                clusterWaves.put(stack.path("stack").asText(), DeployWave.of(isStaging(stack), false));
            }
        }
        Map<DeployWave, List<Target>> waves = new EnumMap<>(DeployWave.class);
        for (DeployWave wave : DeployWave.values()) {
            waves.put(wave, new ArrayList<>());
        }
        for (JsonNode stack : deploying) {
            DeployWave wave = DeployWave.of(isStaging(stack), isHubOnly(stack));
            DeployWave cluster = isHubOnly(stack) ? clusterWaves.get(stack.path("clusterStack").asText()) : null;
            if (cluster != null && cluster.hubsAfter().compareTo(wave) > 0) {
                wave = cluster.hubsAfter();
            }
            waves.get(wave).add(new Target(stack.path("stack").asText(), stack.path("cloud").asText()));
        }
        return new DeployOrder(waves);
    }

    private static boolean isHubOnly(JsonNode stack) {
        return stack.hasNonNull("clusterStack");
    }

    private static boolean isStaging(JsonNode stack) {
        return "staging".equals(stack.path("stage").asText());
    }

    public List<Target> wave(DeployWave wave) {
        return List.copyOf(waves.get(wave));
    }

    /** {@code {"formatVersion": 1, "waves": {"staging-clusters": [{"stack", "cloud"}], ...}}}, every wave present. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", 1);
        ObjectNode out = root.putObject("waves");
        for (DeployWave wave : DeployWave.values()) {
            var list = out.putArray(wave.id());
            for (Target target : waves.get(wave)) {
                list.addObject().put("stack", target.stack()).put("cloud", target.cloud());
            }
        }
        return root;
    }
}
