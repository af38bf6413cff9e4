package io.hubfleet.components;

import com.pulumi.core.Output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Kubernetes Secret a component writes from the stack's config secrets, described without its values:
 * registered as a component output so tools (the Helm export) can say exactly what to recreate.
 *
 * @param namespace  where it lives
 * @param name       its name
 * @param key        the key holding the secret value
 * @param configPath the stack config key the value comes from
 * @param fixed      keys with non-secret fixed values (Grafana's admin user name), possibly empty
 */
public record SecretNeeded(String namespace, String name, String key, String configPath, Map<String, String> fixed) {

    public SecretNeeded {
        fixed = Map.copyOf(fixed);
    }

    public Output<Map<String, Object>> asOutput() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("namespace", namespace);
        out.put("name", name);
        out.put("key", key);
        out.put("configPath", configPath);
        out.put("fixed", new java.util.TreeMap<>(fixed));
        return Output.of(out);
    }
}
