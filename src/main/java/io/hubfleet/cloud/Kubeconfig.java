package io.hubfleet.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kubeconfig whose user authenticates through an exec plugin (the cloud's CLI), so it holds no
 * static credential. Each cloud supplies the command; the rest is the same everywhere.
 *
 * @param clusterName          context, cluster and user name
 * @param server               the API server URL (https://...)
 * @param certificateAuthority the cluster CA, base64 as the cloud returns it
 * @param exec                 how to get a token
 */
public record Kubeconfig(String clusterName, String server, String certificateAuthority, Exec exec) {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * An exec credential plugin.
     *
     * @param command     the program (gke-gcloud-auth-plugin, aws, kubelogin)
     * @param args        its arguments
     * @param installHint what to tell a user who lacks it
     */
    public record Exec(String command, List<String> args, String installHint) {
    }

    public String render() {
        Map<String, Object> user = new LinkedHashMap<>();
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("apiVersion", "client.authentication.k8s.io/v1beta1");
        exec.put("command", this.exec.command());
        exec.put("args", this.exec.args());
        exec.put("installHint", this.exec.installHint());
        exec.put("provideClusterInfo", true);
        exec.put("interactiveMode", "IfAvailable");
        user.put("exec", exec);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiVersion", "v1");
        config.put("kind", "Config");
        config.put("clusters", List.of(Map.of("name", clusterName,
                "cluster", Map.of("server", server, "certificate-authority-data", certificateAuthority))));
        config.put("contexts", List.of(Map.of("name", clusterName,
                "context", Map.of("cluster", clusterName, "user", clusterName))));
        config.put("current-context", clusterName);
        config.put("users", List.of(Map.of("name", clusterName, "user", user)));
        try {
            return YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render kubeconfig", e);
        }
    }
}
