package io.hubfleet.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the configuration the Pulumi engine hands a program during {@code pulumi up} or
 * {@code pulumi preview}: {@code PULUMI_CONFIG} (key to string, objects as JSON, secrets decrypted),
 * {@code PULUMI_CONFIG_SECRET_KEYS} and {@code PULUMI_STACK}.
 */
public final class PulumiEnvironment {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PulumiEnvironment() {
    }

    public static RawStackConfig read(Map<String, String> env) {
        String stack = env.getOrDefault("PULUMI_STACK", "stack");
        String origin = "the configuration of stack " + stack;
        ObjectNode document = JSON.createObjectNode();
        ObjectNode config = document.putObject("config");
        Set<String> secretKeys = new HashSet<>();
        try {
            JsonNode all = JSON.readTree(env.getOrDefault("PULUMI_CONFIG", "{}"));
            for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                config.set(entry.getKey(), structured(entry.getValue().asText()));
            }
            JsonNode secrets = JSON.readTree(env.getOrDefault("PULUMI_CONFIG_SECRET_KEYS", "[]"));
            secrets.forEach(key -> secretKeys.add(key.asText()));
        } catch (JsonProcessingException e) {
            throw new InvalidStackConfigException(origin, List.of(ConfigProblem.of(ConfigPath.root(),
                    "the Pulumi engine passed unreadable configuration (" + e.getOriginalMessage() + ")",
                    "the JSON the Pulumi CLI writes to PULUMI_CONFIG")));
        }
        Set<String> secretPaths = new HashSet<>();
        secretKeys.forEach(key -> secretPaths.add("/config/" + StackFile.escape(key)));
        return new RawStackConfig(stack, origin, document, secretPaths, secretKeys, true);
    }

    /** Pulumi passes objects and lists as JSON text and everything else as plain text. */
    private static JsonNode structured(String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return JSON.readTree(trimmed);
            } catch (JsonProcessingException notJson) {
                return TextNode.valueOf(value);
            }
        }
        return TextNode.valueOf(value);
    }
}
