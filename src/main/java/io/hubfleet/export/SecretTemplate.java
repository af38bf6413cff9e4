package io.hubfleet.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Kubernetes Secret to recreate, with its secret value as a named placeholder
 * ({@code ${PROD_HUB_OAUTH_CLIENT_SECRET}}) for envsubst.
 *
 * @param directory  where it goes in the export
 * @param namespace  its namespace
 * @param name       its name
 * @param key        the key of the secret value
 * @param configPath the stack config key the value was set at
 * @param fixed      keys with fixed, non-secret values
 */
record SecretTemplate(String directory, String namespace, String name, String key, String configPath,
                      Map<String, String> fixed) {

    String placeholder() {
        return (namespace + "_" + name + "_" + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    String file() {
        return directory + "/secret-" + name + ".yaml";
    }

    String manifest() {
        Map<String, String> data = new TreeMap<>(fixed);
        data.put(key, "${" + placeholder() + "}");
        StringBuilder out = new StringBuilder()
                .append("# The value comes from the stack config secret ").append(configPath).append(".\n")
                .append("# Fill it in from secrets.env, then: envsubst < ").append(file()).append(" | kubectl apply -f -\n")
                .append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ").append(name)
                .append("\n  namespace: ").append(namespace).append("\ntype: Opaque\nstringData:\n");
        data.forEach((k, v) -> out.append("  ").append(k).append(": \"").append(v).append("\"\n"));
        return out.toString();
    }

    static String envExample(List<SecretTemplate> secrets) {
        StringBuilder out = new StringBuilder("# The secrets of this export, by placeholder. Copy to secrets.env (keep it out\n"
                + "# of git), fill in each value (pulumi config get --path '<key>' -s <stack> shows it), then\n"
                + "# set -a; . ./secrets.env; set +a\n");
        for (SecretTemplate secret : secrets) {
            out.append("# ").append(secret.namespace()).append('/').append(secret.name()).append(' ')
                    .append(secret.key()).append(", from ").append(secret.configPath()).append('\n')
                    .append(secret.placeholder()).append("=\n");
        }
        return out.toString();
    }
}
