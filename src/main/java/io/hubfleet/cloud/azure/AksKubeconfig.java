package io.hubfleet.cloud.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The kubeconfig AKS hands out for Entra ID clusters (format exec) runs {@code kubelogin get-token
 * --login devicecode}: every Kubernetes call waits for someone to type a code in a browser, so CI hangs.
 * hubfleet rewrites it to {@code --login azurecli}, which signs in with the Azure CLI's session, never a
 * person (github.com/Azure/kubelogin, docs/book/src/concepts/login-modes/azurecli.md): after {@code az
 * login} locally, after {@code azure/login} with the workflow's federated credential in CI. Exec plugins
 * are told never to prompt.
 */
final class AksKubeconfig {

    static final String LOGIN_MODE = "azurecli";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    private AksKubeconfig() {
    }

    static String nonInteractive(String kubeconfig) {
        JsonNode tree;
        try {
            tree = YAML.readTree(kubeconfig);
        } catch (IOException e) {
            throw new UncheckedIOException("AKS returned a kubeconfig that is not YAML", e);
        }
        if (!(tree instanceof ObjectNode)) {
            throw new IllegalStateException("AKS returned no kubeconfig");
        }
        for (JsonNode user : tree.path("users")) {
            JsonNode exec = user.at("/user/exec");
            if (exec instanceof ObjectNode execNode && exec.path("args") instanceof ArrayNode args) {
                ArrayNode rewritten = execNode.putArray("args");
                for (int i = 0; i < args.size(); i++) {
                    String arg = args.get(i).asText();
                    if (arg.equals("--login") && i + 1 < args.size()) {
                        rewritten.add("--login").add(LOGIN_MODE);
                        i++;
                    } else if (!isDeviceCodeOnly(arg)) {
                        rewritten.add(arg);
                    } else {
                        i++; // its value
                    }
                }
                if (!rewritten.toString().contains("\"--login\"")) {
                    rewritten.add("--login").add(LOGIN_MODE);
                }
                execNode.put("interactiveMode", "Never");
            }
        }
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flags only device-code sign-in reads: the Azure CLI session knows its own tenant and client. */
    private static boolean isDeviceCodeOnly(String arg) {
        return arg.equals("--client-id") || arg.equals("--tenant-id") || arg.equals("--environment");
    }
}
