package io.hubfleet.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the values a program sends the engine (protobuf structs in Pulumi's wire format) into JSON
 * for plans. Secrets become {@value #SECRET}, unknowns {@value #UNKNOWN}; keys are sorted, so output
 * is deterministic.
 */
public final class PlanValues {

    /** How every secret value prints. */
    public static final String SECRET = "[secret]";
    /** How a secret the stack file does not hold yet prints (offline only: a deployment refuses it). */
    public static final String SECRET_NOT_SET = "[secret not set]";
    /** How a value only the cloud will know prints (none expected: the offline engine resolves them). */
    public static final String UNKNOWN = "[unknown]";

    static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
    static final String ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
    static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    static final String UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanValues() {
    }

    public static ObjectNode toJson(Struct struct) {
        ObjectNode out = NODES.objectNode();
        new TreeMap<>(struct.getFieldsMap()).forEach((key, value) -> out.set(key, toJson(value)));
        return out;
    }

    public static JsonNode toJson(Value value) {
        switch (value.getKindCase()) {
            case NULL_VALUE:
            case KIND_NOT_SET:
                return NODES.nullNode();
            case BOOL_VALUE:
                return NODES.booleanNode(value.getBoolValue());
            case NUMBER_VALUE: {
                double d = value.getNumberValue();
                return d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15 ? NODES.numberNode((long) d)
                        : NODES.numberNode(d);
            }
            case STRING_VALUE:
                return UNKNOWN_VALUE.equals(value.getStringValue()) ? NODES.textNode(UNKNOWN)
                        : NODES.textNode(value.getStringValue());
            case LIST_VALUE: {
                ArrayNode out = NODES.arrayNode();
                ListValue list = value.getListValue();
                list.getValuesList().forEach(v -> out.add(toJson(v)));
                return out;
            }
            case STRUCT_VALUE:
                return special(value.getStructValue());
            default:
                throw new IllegalStateException("unexpected value kind " + value.getKindCase());
        }
    }

    private static JsonNode special(Struct struct) {
        Map<String, Value> fields = struct.getFieldsMap();
        Value sig = fields.get(SIG_KEY);
        if (sig == null) {
            return toJson(struct);
        }
        String kind = sig.getStringValue();
        switch (kind) {
            case SECRET_SIG:
                return NODES.textNode(masked(fields));
            case OUTPUT_SIG: {
                Value secret = fields.get("secret");
                if (secret != null && secret.getBoolValue()) {
                    return NODES.textNode(masked(fields));
                }
                Value inner = fields.get("value");
                return inner == null ? NODES.textNode(UNKNOWN) : toJson(inner);
            }
            case RESOURCE_SIG:
                return NODES.textNode(fields.getOrDefault("urn", Value.getDefaultInstance()).getStringValue());
            case ASSET_SIG:
            case ARCHIVE_SIG: {
                ObjectNode asset = NODES.objectNode();
                new TreeMap<>(fields).forEach((k, v) -> {
                    if (!SIG_KEY.equals(k)) {
                        asset.set(k, toJson(v));
                    }
                });
                return asset;
            }
            default:
                return toJson(struct);
        }
    }

    /** A secret's mask: {@value #SECRET_NOT_SET} when any part of it is a secret not set yet. */
    private static String masked(Map<String, Value> secretFields) {
        String content = canonical(unwrap(secretFields.getOrDefault("value", Value.getDefaultInstance())));
        return content.contains(io.hubfleet.config.UnsetSecrets.PLACEHOLDER) ? SECRET_NOT_SET : SECRET;
    }

    /**
     * A fingerprint for each secret in the struct, by JSON pointer: a hash of the secret's offline
     * content, which changes when the stack file's ciphertext does. Only secrets built from offline
     * material (placeholders of encrypted config, stand-ins) get one: a real secret value is never
     * hashed.
     */
    public static Map<String, String> secretFingerprints(Struct struct) {
        Map<String, String> out = new TreeMap<>();
        struct.getFieldsMap().forEach((key, value) -> fingerprints(value, "/" + escape(key), out));
        return out;
    }

    private static void fingerprints(Value value, String pointer, Map<String, String> out) {
        if (value.hasListValue()) {
            List<Value> items = value.getListValue().getValuesList();
            for (int i = 0; i < items.size(); i++) {
                fingerprints(items.get(i), pointer + "/" + i, out);
            }
            return;
        }
        if (!value.hasStructValue()) {
            return;
        }
        Map<String, Value> fields = value.getStructValue().getFieldsMap();
        String kind = fields.getOrDefault(SIG_KEY, Value.getDefaultInstance()).getStringValue();
        boolean secret = SECRET_SIG.equals(kind)
                || OUTPUT_SIG.equals(kind) && fields.getOrDefault("secret", Value.getDefaultInstance()).getBoolValue();
        if (secret) {
            String content = canonical(unwrap(fields.getOrDefault("value", Value.getDefaultInstance())));
            if (content.contains(io.hubfleet.config.RawStackConfig.ENCRYPTED_PLACEHOLDER) || content.contains("<stand-in:")) {
                out.put(pointer, sha256(content).substring(0, 12));
            }
            return;
        }
        if (OUTPUT_SIG.equals(kind)) {
            fingerprints(fields.getOrDefault("value", Value.getDefaultInstance()), pointer, out);
            return;
        }
        new TreeMap<>(fields).forEach((key, child) -> fingerprints(child, pointer + "/" + escape(key), out));
    }

    /** A secret's content with nested secret and output wrappers removed, for hashing. */
    private static JsonNode unwrap(Value value) {
        if (value.hasStructValue()) {
            Map<String, Value> fields = value.getStructValue().getFieldsMap();
            String kind = fields.getOrDefault(SIG_KEY, Value.getDefaultInstance()).getStringValue();
            if (SECRET_SIG.equals(kind) || OUTPUT_SIG.equals(kind)) {
                return unwrap(fields.getOrDefault("value", Value.getDefaultInstance()));
            }
            ObjectNode out = NODES.objectNode();
            new TreeMap<>(fields).forEach((k, v) -> out.set(k, unwrap(v)));
            return out;
        }
        if (value.hasListValue()) {
            ArrayNode out = NODES.arrayNode();
            value.getListValue().getValuesList().forEach(v -> out.add(unwrap(v)));
            return out;
        }
        return toJson(value);
    }

    private static String canonical(JsonNode node) {
        return node.toString();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON pointer segment (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** True when a protobuf value is a Pulumi secret. */
    static boolean isSecret(Value value) {
        return value.hasStructValue()
                && SECRET_SIG.equals(value.getStructValue().getFieldsMap()
                .getOrDefault(SIG_KEY, Value.getDefaultInstance()).getStringValue());
    }
}
