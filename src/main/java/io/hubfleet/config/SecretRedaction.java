package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps secret values out of error reports. A secret set at a key that expects something else (a
 * password pasted as a zone) would otherwise be quoted back in the problem. Offline the file says
 * exactly which values are secret; in a deployment Pulumi names only the top-level keys that hold
 * secrets, so every quoted value under those keys is masked.
 */
final class SecretRedaction {

    static final String MASK = "[secret]";

    private SecretRedaction() {
    }

    static List<ConfigProblem> redact(List<ConfigProblem> problems, RawStackConfig raw) {
        List<String> secrets = new ArrayList<>();
        for (String pointer : raw.secretPaths()) {
            JsonNode value = raw.document().at(pointer);
            if (value.isTextual() && !value.asText().isEmpty()) {
                secrets.add(value.asText());
            }
        }
        // A secret written in plain text at a secret position (a client secret YAML read as a number) is
        // still a secret: it is never quoted back.
        collectDeclared(raw.document().path("config"), "/config", secrets);
        List<ConfigProblem> out = new ArrayList<>();
        for (ConfigProblem problem : problems) {
            boolean underSecretKey = raw.decrypted() && raw.secretKeys().contains(problem.path().topLevelKey());
            out.add(new ConfigProblem(problem.path(), mask(problem.problem(), secrets, underSecretKey),
                    mask(problem.allowed(), secrets, false),
                    problem.suggestion() == null ? null : mask(problem.suggestion(), secrets, underSecretKey)));
        }
        return out;
    }

    private static void collectDeclared(JsonNode node, String pointer, List<String> secrets) {
        if (node.isValueNode()) {
            if (SecretPositions.declared(pointer) && !node.asText().isEmpty()) {
                secrets.add(node.asText());
            }
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectDeclared(e.getValue(), pointer + "/" + StackFile.escape(e.getKey()), secrets));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDeclared(node.get(i), pointer + "/" + i, secrets);
            }
        }
    }

    private static String mask(String text, List<String> secrets, boolean quotedValues) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return quotedValues ? out.replaceAll("\"[^\"]*\"", "\"" + MASK + "\"") : out;
    }
}
