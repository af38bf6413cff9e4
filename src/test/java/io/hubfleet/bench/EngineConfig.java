package io.hubfleet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints the {@code PULUMI_CONFIG} a Pulumi CLI would hand the program for a stack file (objects as JSON
 * text, everything else as plain text), so bench/run can start the real program the way
 * {@code pulumi up} does. Secrets become a placeholder: the benchmark never sees a key to decrypt them.
 * Usage: EngineConfig STACK_FILE (config on the first line, its secret keys on the second).
 */
public final class EngineConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineConfig() {
    }

    public static void main(String[] args) throws IOException {
        of(Path.of(args[0])).forEach(System.out::println);
    }

    /** PULUMI_CONFIG and PULUMI_CONFIG_SECRET_KEYS for the stack file, in that order. */
    public static java.util.List<String> of(Path stackFile) throws IOException {
        JsonNode config = new YAMLMapper().readTree(stackFile.toFile()).path("config");
        ObjectNode engine = JSON.createObjectNode();
        ArrayNode secretKeys = JSON.createArrayNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = unsealed(entry.getValue());
            if (!value.equals(entry.getValue())) {
                secretKeys.add(entry.getKey());
            }
            engine.put(entry.getKey(), value.isContainerNode() ? JSON.writeValueAsString(value) : value.asText());
        }
        return java.util.List.of(JSON.writeValueAsString(engine), JSON.writeValueAsString(secretKeys));
    }

    /** The value with every {@code secure:} leaf replaced by a placeholder the engine would have decrypted. */
    private static JsonNode unsealed(JsonNode value) {
        if (value.isObject() && value.size() == 1 && value.has("secure")) {
            return TextNode.valueOf("benchmark-placeholder-secret");
        }
        if (value.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            value.fields().forEachRemaining(field -> copy.set(field.getKey(), unsealed(field.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            value.forEach(item -> copy.add(unsealed(item)));
            return copy;
        }
        return value;
    }
}
