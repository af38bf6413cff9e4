package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Secrets a stack file needs but does not hold yet, for the offline plan only. A new stack is planned
 * before any Pulumi backend exists to encrypt its secrets, so each missing one becomes a placeholder
 * marked secret (it plans as {@code [secret not set]}) with a warning saying how to set it. A deployment's
 * configuration ({@link PulumiEnvironment}, decrypted) is never filled: {@code pulumi up} and
 * {@code preview} still refuse the stack, as the reader does for a missing required key.
 */
public final class UnsetSecrets {

    /** What an unset secret reads as offline; it starts as every offline placeholder does, so leak checks see it. */
    public static final String PLACEHOLDER = RawStackConfig.ENCRYPTED_PLACEHOLDER + "-not-set";

    /** Every warning about an unset secret starts so: the plan command repeats these on standard error. */
    public static final String WARNING_PREFIX = "secret not set: ";

    /**
     * The stack as the offline plan reads it.
     *
     * @param raw      the stack, each missing secret a placeholder held as a secret
     * @param warnings one per missing secret, naming its key and the command that sets it
     */
    public record Filled(RawStackConfig raw, List<String> warnings) {
        public Filled {
            warnings = List.copyOf(warnings);
        }
    }

    private UnsetSecrets() {
    }

    public static Filled fill(RawStackConfig raw) {
        if (raw.decrypted()) {
            return new Filled(raw, List.of());
        }
        ObjectNode document = raw.document().deepCopy();
        JsonNode config = document.path("config");
        List<String> pointers = new ArrayList<>();
        JsonNode hubs = config.path("hubfleet:hubs");
        for (int i = 0; i < hubs.size(); i++) {
            // Always required: without it nobody can log in.
            fillIfMissing(hubs.path(i).path("auth"), "clientSecret", "/config/hubfleet:hubs/" + i + "/auth", pointers);
        }
        JsonNode grafana = config.path("hubfleet:monitoring").path("grafana");
        if (grafana.has("domain")) {
            fillIfMissing(grafana, "adminPassword", "/config/hubfleet:monitoring/grafana", pointers);
        }
        JsonNode smtp = config.path("hubfleet:alerts").path("smtp");
        if (smtp.has("username")) {
            fillIfMissing(smtp, "password", "/config/hubfleet:alerts/smtp", pointers);
        }
        if (pointers.isEmpty()) {
            return new Filled(raw, List.of());
        }
        Set<String> secretPaths = new HashSet<>(raw.secretPaths());
        Set<String> secretKeys = new HashSet<>(raw.secretKeys());
        List<String> warnings = new ArrayList<>();
        for (String pointer : pointers) {
            ConfigPath path = ConfigPath.fromPointer(pointer);
            secretPaths.add(pointer);
            secretKeys.add(path.topLevelKey());
            warnings.add(WARNING_PREFIX + path + " is not set, so the plan shows it as [secret not set]; pulumi preview "
                    + "and pulumi up refuse the stack until it is: pulumi config set --secret --path '" + path + "' <secret>");
        }
        return new Filled(new RawStackConfig(raw.stack(), raw.origin(), document, secretPaths, secretKeys, false), warnings);
    }

    private static void fillIfMissing(JsonNode parent, String key, String parentPointer, List<String> pointers) {
        if (parent instanceof ObjectNode object && !object.has(key)) {
            object.put(key, PLACEHOLDER);
            pointers.add(parentPointer + "/" + key);
        }
    }
}
