package io.hubfleet.plan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Stand-in answers of provider functions (invokes) that hubfleet calls. */
final class InvokeStandIns {

    private InvokeStandIns() {
    }

    static Map<String, Object> answer(String token, Map<String, Object> args) {
        return switch (token == null ? "" : token) {
            case "azure-native:authorization:getClientConfig" -> Map.of(
                    "clientId", StandIns.of("client-config", "clientId"),
                    "objectId", StandIns.of("client-config", "objectId"),
                    "subscriptionId", StandIns.of("client-config", "subscriptionId"),
                    "tenantId", StandIns.of("client-config", "tenantId"));
            case "azure-native:containerservice:listManagedClusterUserCredentials" -> Map.of(
                    "kubeconfigs", List.of(Map.of("name", "clusterUser", "value", Base64.getEncoder().encodeToString(
                            ("# " + StandIns.of(String.valueOf(args.get("resourceName")), "userKubeconfig") + "\n")
                                    .getBytes(StandardCharsets.UTF_8)))));
            case "gcp:organizations/getProject:getProject" -> Map.of(
                    "projectId", String.valueOf(args.get("projectId")),
                    "number", StandIns.of(String.valueOf(args.get("projectId")), "number"));
            case "aws:eks/getAddonVersion:getAddonVersion" -> Map.of(
                    "addonName", String.valueOf(args.get("addonName")),
                    "kubernetesVersion", String.valueOf(args.get("kubernetesVersion")),
                    "id", String.valueOf(args.get("addonName")),
                    "version", StandIns.of(args.get("addonName") + "-" + args.get("kubernetesVersion"), "version"));
            default -> Map.of();
        };
    }
}
