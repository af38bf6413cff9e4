package io.hubfleet.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code stacks/Pulumi.<stack>.yaml} as the offline plan sees it: no Pulumi CLI, no decryption.
 * Encrypted values ({@code {secure: ...}}) become placeholders marked secret.
 */
public final class StackFile {

    /** Stack files are small; anything bigger is a mistake (or an attack on the parser). */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern FILE_NAME = Pattern.compile("Pulumi\\.(.+)\\.ya?ml");

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(64 * 1024)
                            .maxNestingDepth(64)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StackFile() {
    }

    /** The stack name a file declares: {@code Pulumi.demo-gcp.yaml} is stack {@code demo-gcp}. */
    public static String stackNameOf(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new InvalidStackConfigException(file.toString(), List.of(ConfigProblem.of(ConfigPath.root(),
                    "the file name does not name a stack", "Pulumi.<stack>.yaml, such as Pulumi.demo-gcp.yaml")));
        }
        return m.group(1);
    }

    public static RawStackConfig read(Path file) {
        return parse(stackNameOf(file), file.toString(), readText(file));
    }

    private static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refuse(file.toString(), "the file has " + size + " bytes",
                        "a stack file of at most " + MAX_BYTES + " bytes");
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw refuse(file.toString(), "there is no such stack file",
                    "an existing stacks/Pulumi.<stack>.yaml");
        } catch (java.nio.charset.MalformedInputException e) {
            throw refuse(file.toString(), "the file is not UTF-8 text", "a UTF-8 YAML file");
        } catch (IOException e) {
            throw refuse(file.toString(), "the file cannot be read (" + e.getMessage() + ")", "a readable file");
        }
    }

    /** Parses a stack document from text; {@code origin} names it in messages. */
    public static RawStackConfig parse(String stack, String origin, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw refuse(origin, "the file is not valid YAML" + where + ": " + firstLine(e.getOriginalMessage()),
                    "a YAML mapping with a config: section");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw refuse(origin, "the file is empty",
                    "a YAML mapping with a config: section holding hubfleet:cloud, hubfleet:region, "
                            + "hubfleet:account and hubfleet:cluster");
        }
        if (!root.isObject()) {
            throw refuse(origin, "the file is a YAML " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a mapping",
                    "a YAML mapping with a config: section");
        }
        ObjectNode document = ((ObjectNode) root).deepCopy();
        List<ConfigProblem> unreadable = new java.util.ArrayList<>();
        unreadableValues(document.path("config"), ConfigPath.root(), unreadable);
        if (!unreadable.isEmpty()) {
            throw new InvalidStackConfigException(origin, unreadable);
        }
        Set<String> secretPaths = new HashSet<>();
        Set<String> secretKeys = new HashSet<>();
        JsonNode config = document.get("config");
        if (config instanceof ObjectNode configObject) {
            for (Iterator<Map.Entry<String, JsonNode>> it = configObject.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String pointer = "/config/" + escape(entry.getKey());
                JsonNode value = entry.getValue();
                if (isEncrypted(value)) {
                    entry.setValue(placeholder(value));
                    secretPaths.add(pointer);
                    secretKeys.add(entry.getKey());
                } else if (value.isContainerNode()) {
                    if (replaceEncrypted(value, pointer, secretPaths)) {
                        secretKeys.add(entry.getKey());
                    }
                } else if (!value.isNull()) {
                    // Pulumi hands top-level scalars to programs as strings.
                    entry.setValue(TextNode.valueOf(value.asText()));
                }
            }
        }
        return new RawStackConfig(stack, origin, document, secretPaths, secretKeys, false);
    }

    /**
     * Values YAML can hold but a stack file cannot: binary data ({@code !!binary}) and other tagged
     * objects. Every one is named, none reaches the schema (whose validator cannot read them).
     */
    private static void unreadableValues(JsonNode node, ConfigPath at, List<ConfigProblem> problems) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> unreadableValues(e.getValue(),
                    at.isRoot() ? ConfigPath.key(e.getKey()) : at.child(e.getKey()), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unreadableValues(node.get(i), at.index(i), problems);
            }
        } else if (node.isBinary() || node.isPojo()) {
            problems.add(ConfigProblem.of(at, "a " + (node.isBinary() ? "!!binary" : "tagged") + " value, which a stack file "
                    + "cannot hold", "text, a number, true or false, a list or a mapping (quote a value that YAML would read otherwise)"));
        }
    }

    /** The offline stand-in of an encrypted value: it changes when the ciphertext does, so plans can tell. */
    private static TextNode placeholder(JsonNode encrypted) {
        return TextNode.valueOf(RawStackConfig.placeholderFor(encrypted.path("secure").asText()));
    }

    private static boolean replaceEncrypted(JsonNode container, String pointer, Set<String> secretPaths) {
        boolean found = false;
        if (container instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String child = pointer + "/" + escape(entry.getKey());
                if (isEncrypted(entry.getValue())) {
                    entry.setValue(placeholder(entry.getValue()));
                    secretPaths.add(child);
                    found = true;
                } else if (entry.getValue().isContainerNode()) {
                    found |= replaceEncrypted(entry.getValue(), child, secretPaths);
                }
            }
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = pointer + "/" + i;
                if (isEncrypted(array.get(i))) {
                    array.set(i, placeholder(array.get(i)));
                    secretPaths.add(child);
                    found = true;
                } else if (array.get(i).isContainerNode()) {
                    found |= replaceEncrypted(array.get(i), child, secretPaths);
                }
            }
        }
        return found;
    }

    /** Pulumi writes an encrypted value as a one-key mapping {@code {secure: <ciphertext>}}. */
    static boolean isEncrypted(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has("secure") && node.get("secure").isTextual();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static InvalidStackConfigException refuse(String origin, String problem, String allowed) {
        return new InvalidStackConfigException(origin, List.of(ConfigProblem.of(ConfigPath.root(), problem, allowed)));
    }
}
