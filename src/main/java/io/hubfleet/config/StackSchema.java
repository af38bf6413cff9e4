package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The published JSON Schema of stack files ({@code schema/stack.schema.json}): the one source of the
 * structural rules (keys, types, ranges, patterns). Editors validate with it; so does the reader, which
 * turns each schema error into a {@link ConfigProblem} that says what is allowed.
 */
public final class StackSchema {

    public static final String RESOURCE = "/schema/stack.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StackSchema INSTANCE = load();

    private final JsonNode schemaDocument;
    private final Schema schema;

    private StackSchema(JsonNode schemaDocument, Schema schema) {
        this.schemaDocument = schemaDocument;
        this.schema = schema;
    }

    public static StackSchema get() {
        return INSTANCE;
    }

    private static StackSchema load() {
        try (InputStream in = StackSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode document = JSON.readTree(in);
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(document);
            return new StackSchema(document, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema document itself, for describing what a key allows. */
    public JsonNode document() {
        return schemaDocument;
    }

    /** Validates a stack document; returns one problem per schema error. */
    public List<ConfigProblem> validate(JsonNode stackDocument) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(stackDocument)) {
            problems.add(toProblem(error));
        }
        return problems;
    }

    private ConfigProblem toProblem(Error error) {
        ConfigPath at = ConfigPath.ofDocumentSegments(segments(error.getInstanceLocation()));
        JsonNode owner = resolve(schemaDocument.at(parentPointer(error)));
        JsonNode value = error.getInstanceNode();
        String keyword = error.getKeyword();
        switch (keyword) {
            case "additionalProperties": {
                String key = error.getProperty();
                List<String> allowed = propertyNames(owner);
                String suggestion = Suggestions.didYouMean(key, allowed);
                if (suggestion == null && at.isRoot() && !key.contains(":")) {
                    suggestion = allowed.contains(RawStackConfig.NAMESPACE + ":" + key)
                            ? "Did you mean \"" + RawStackConfig.NAMESPACE + ":" + key + "\"? Config keys carry a namespace."
                            : null;
                }
                return new ConfigProblem(at.isRoot() ? ConfigPath.key(key) : at.child(key), "unknown key",
                        at.isRoot() ? "hubfleet keys " + join(allowed) + ", and keys of other namespaces (ns:key)"
                                : "the keys " + join(allowed), suggestion);
            }
            case "required": {
                String key = error.getProperty();
                JsonNode property = resolve(owner.path("properties").path(key));
                if (property.isMissingNode()) {
                    // A required key of an if/then/else branch: it is described beside the branch.
                    String pointer = parentPointer(error).replaceAll("/(then|else)$", "");
                    property = resolve(resolve(schemaDocument.at(pointer)).path("properties").path(key));
                }
                return ConfigProblem.of(at.isRoot() ? ConfigPath.key(key) : at.child(key), "missing", describe(property));
            }
            case "enum": {
                List<String> choices = StreamSupport.stream(owner.path("enum").spliterator(), false)
                        .map(JsonNode::asText).toList();
                return new ConfigProblem(at, show(value) + " is not a choice here", "one of " + join(choices),
                        value != null && value.isTextual() ? Suggestions.didYouMean(value.asText(), choices) : null);
            }
            case "type": {
                String problem = "expected " + typePhrase(owner) + ", got " + typeOf(value);
                if ("string".equals(owner.path("type").asText()) && value != null && value.isNumber()) {
                    // YAML reads 1.33 and 123456789012 as numbers; quoting keeps them text.
                    problem += "; quote it in YAML: \"" + value.asText() + "\"";
                }
                return ConfigProblem.of(at, problem, describe(owner));
            }
            case "pattern":
            case "format":
                return ConfigProblem.of(at, show(value) + " is not well-formed", describe(owner));
            case "minimum":
            case "exclusiveMinimum":
                return ConfigProblem.of(at, show(value) + " is too small", describe(owner));
            case "maximum":
            case "exclusiveMaximum":
                return ConfigProblem.of(at, show(value) + " is too large", describe(owner));
            case "minLength":
                return ConfigProblem.of(at, show(value) + " is too short", describe(owner));
            case "maxLength":
                return ConfigProblem.of(at, "the text is too long (" + value.asText().length() + " characters)",
                        describe(owner));
            case "minItems":
                return ConfigProblem.of(at, "the list has too few items (" + value.size() + ")", describe(owner));
            case "maxItems":
                return ConfigProblem.of(at, "the list has too many items (" + value.size() + ")", describe(owner));
            case "maxProperties":
                return ConfigProblem.of(at, "the mapping has too many keys (" + value.size() + ")", describe(owner));
            case "uniqueItems":
                return ConfigProblem.of(at, "the list repeats an item", describe(owner) + ", each at most once");
            default:
                return ConfigProblem.of(at, error.getMessage(), describe(owner));
        }
    }

    /** A phrase saying what a schema allows: {@code an integer from 0 to 1000 (fewest nodes)}. */
    public String describe(JsonNode rawSchema) {
        JsonNode s = resolve(rawSchema);
        // A description at the place of use says more than the shared definition's.
        String description = rawSchema.path("description").asText(s.path("description").asText(null));
        String phrase;
        if (s.has("enum")) {
            phrase = "one of " + join(StreamSupport.stream(s.get("enum").spliterator(), false)
                    .map(JsonNode::asText).toList());
        } else {
            String type = s.path("type").asText("");
            switch (type) {
                case "integer", "number" -> phrase = numberPhrase(s, type);
                case "boolean" -> phrase = "true or false";
                case "array" -> {
                    String items = s.has("items") ? describe(s.get("items")) : "values";
                    phrase = "a list of " + items + sizePhrase(s, "minItems", "maxItems", "items");
                    description = s.has("items") ? null : description;
                }
                case "object" -> {
                    List<String> keys = propertyNames(s);
                    phrase = keys.isEmpty() ? "a mapping" : "a mapping with the keys " + join(keys);
                }
                case "string" -> {
                    if (description != null && s.has("pattern")) {
                        return description + sizePhrase(s, "minLength", "maxLength", "characters");
                    }
                    phrase = "text" + sizePhrase(s, "minLength", "maxLength", "characters");
                }
                default -> phrase = "a value";
            }
        }
        return description == null ? phrase : phrase + " (" + description + ")";
    }

    private static String numberPhrase(JsonNode s, String type) {
        String noun = "integer".equals(type) ? "an integer" : "a number";
        boolean hasMin = s.has("minimum");
        boolean hasMax = s.has("maximum");
        if (hasMin && hasMax) {
            return noun + " from " + s.get("minimum").asText() + " to " + s.get("maximum").asText();
        }
        StringBuilder out = new StringBuilder(noun);
        if (hasMin) {
            out.append(" of at least ").append(s.get("minimum").asText());
        }
        if (s.has("exclusiveMinimum")) {
            out.append(" greater than ").append(s.get("exclusiveMinimum").asText());
        }
        if (hasMax) {
            out.append(hasMin || s.has("exclusiveMinimum") ? " and" : "").append(" at most ")
                    .append(s.get("maximum").asText());
        }
        return out.toString();
    }

    private static String sizePhrase(JsonNode s, String minKey, String maxKey, String unit) {
        if (s.has(minKey) && s.has(maxKey)) {
            return ", " + s.get(minKey).asText() + " to " + s.get(maxKey).asText() + " " + unit;
        }
        if (s.has(maxKey)) {
            return ", at most " + s.get(maxKey).asText() + " " + unit;
        }
        if (s.has(minKey) && s.get(minKey).asInt() > 0) {
            return ", at least " + s.get(minKey).asText() + " " + unit;
        }
        return "";
    }

    private static String typePhrase(JsonNode s) {
        return switch (s.path("type").asText("")) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "string" -> "text";
            default -> "a value";
        };
    }

    private static String typeOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "nothing (null)";
        }
        if (value.isTextual()) {
            return "the text " + show(value);
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        return "a mapping";
    }

    /** A value as quoted in messages; long values are cut so a huge input cannot flood the report. */
    static String show(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "...\"" : text;
    }

    private JsonNode resolve(JsonNode s) {
        JsonNode current = s;
        for (int depth = 0; depth < 8 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            JsonNode target = schemaDocument.at(ref.startsWith("#") ? ref.substring(1) : ref);
            if (target.isMissingNode()) {
                break;
            }
            current = target;
        }
        return current;
    }

    private static List<String> propertyNames(JsonNode s) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = s.path("properties").fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String parentPointer(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            pointer.append('/').append(StackFile.escape(fragment.getName(i)));
        }
        return pointer.toString();
    }

    private static List<Object> segments(NodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    static String join(List<String> items) {
        return items.stream().collect(Collectors.joining(", "));
    }
}
