package io.hubfleet.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Kubernetes Secret to recreate, each secret value a named placeholder
 * ({@code ${PROD_HUB_OAUTH_CLIENT_SECRET}}) for envsubst. Values go in YAML block scalars, so a value
 * holding quotes or backslashes stays itself (one line each, as client secrets and tokens are).
 *
 * @param directory where it goes in the export
 * @param namespace its namespace
 * @param name      its name
 * @param keys      each secret key, with the stack config key its value was set at
 * @param fixed     keys with fixed, non-secret values
 */
record SecretTemplate(String directory, String namespace, String name, Map<String, String> keys,
                      Map<String, String> fixed) {

    SecretTemplate {
        keys = java.util.Collections.unmodifiableMap(new TreeMap<>(keys));
        fixed = java.util.Collections.unmodifiableMap(new TreeMap<>(fixed));
    }

    String placeholder(String key) {
        return (namespace + "_" + name + "_" + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    String file() {
        return directory + "/secret-" + name + ".yaml";
    }

    String manifest() {
        StringBuilder out = new StringBuilder();
        keys.forEach((key, configPath) -> out.append("# ").append(key).append(" comes from the stack config secret ")
                .append(configPath).append(".\n"));
        out.append("# Fill them in from secrets.env, then: envsubst < ").append(file()).append(" | kubectl apply -f -\n")
                .append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ").append(name)
                .append("\n  namespace: ").append(namespace).append("\ntype: Opaque\nstringData:\n");
        Map<String, String> data = new TreeMap<>(fixed);
        keys.keySet().forEach(key -> data.put(key, "${" + placeholder(key) + "}"));
        data.forEach((k, v) -> out.append("  ").append(k).append(": |-\n    ").append(v).append("\n"));
        return out.toString();
    }

    static String envExample(List<SecretTemplate> secrets) {
        StringBuilder out = new StringBuilder("# The secrets of this export, by placeholder. Copy to secrets.env (keep it out\n"
                + "# of git), fill in each value (pulumi config get --path '<key>' -s <stack> shows it), then\n"
                + "# set -a; . ./secrets.env; set +a\n");
        for (SecretTemplate secret : secrets) {
            secret.keys().forEach((key, configPath) -> out.append("# ").append(secret.namespace()).append('/')
                    .append(secret.name()).append(' ').append(key).append(", from ").append(configPath).append('\n')
                    .append(secret.placeholder(key)).append("=\n"));
        }
        return out.toString();
    }
}
