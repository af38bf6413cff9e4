package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stack's configuration as read, before validation: the stack document ({@code {config: {...}}}),
 * normalised the way Pulumi hands config to a program (top-level scalars are strings, objects keep
 * their types), plus what is known about its secrets.
 *
 * @param stack       the Pulumi stack name
 * @param origin      where it came from, for messages: a stack file path or the program environment
 * @param document    the stack document; encrypted values are replaced by {@link #ENCRYPTED_PLACEHOLDER}
 * @param secretPaths JSON pointers of values that are Pulumi secrets in the document
 * @param secretKeys  top-level config keys that hold at least one secret
 * @param decrypted   true when secret values are real (a deployment); false offline, where they are placeholders
 */
public record RawStackConfig(
        String stack,
        String origin,
        ObjectNode document,
        Set<String> secretPaths,
        Set<String> secretKeys,
        boolean decrypted) {

    /**
     * What an encrypted value reads as offline. It is never printed (secrets print masked), so seeing
     * it anywhere in output means a secret escaped its {@code Output.ofSecret}: tests look for it.
     */
    public static final String ENCRYPTED_PLACEHOLDER = "hubfleet-offline-secret-placeholder";

    public static final String NAMESPACE = "hubfleet";

    /**
     * What one encrypted value reads as offline: the placeholder and a hash of its ciphertext (public:
     * it is committed in the stack file). Re-setting a secret changes its ciphertext, so offline plans
     * see that it changed without ever holding it.
     */
    public static String placeholderFor(String ciphertext) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ciphertext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ENCRYPTED_PLACEHOLDER + "-" + java.util.HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public RawStackConfig {
        secretPaths = Set.copyOf(secretPaths);
        secretKeys = Set.copyOf(secretKeys);
    }

    /** The {@code config:} section (empty when missing). */
    public ObjectNode config() {
        JsonNode config = document.get("config");
        return config instanceof ObjectNode o ? o : document.objectNode();
    }

    /**
     * The config as the Pulumi engine passes it to a program (PULUMI_CONFIG): key to string, objects as
     * JSON. This is what an offline run hands to the mock engine.
     */
    public Map<String, String> asPulumiConfig(ObjectMapper json) {
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = config().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            try {
                out.put(entry.getKey(), value.isContainerNode() ? json.writeValueAsString(value) : value.asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise config key " + entry.getKey(), e);
            }
        }
        return out;
    }
}
