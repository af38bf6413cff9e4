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
                            aksUserKubeconfig(String.valueOf(args.get("resourceName"))).getBytes(StandardCharsets.UTF_8)))));
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

    /**
     * The shape AKS returns for an Entra ID cluster with format exec: kubelogin by device code
     * (learn.microsoft.com/azure/aks/kubelogin-authentication), stand-ins for what only Azure knows.
     */
    static String aksUserKubeconfig(String cluster) {
        return String.format(java.util.Locale.ROOT, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: %1$s
                  cluster:
                    certificate-authority-data: %2$s
                    server: https://%3$s:443
                contexts:
                - name: %1$s
                  context: {cluster: %1$s, user: clusterUser_%1$s}
                current-context: %1$s
                users:
                - name: clusterUser_%1$s
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: kubelogin
                      args: [get-token, --environment, AzurePublicCloud, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630, --client-id, 80faf920-1908-4b52-b5ef-a8e7bedfc67a, --tenant-id, "%4$s", --login, devicecode]
                      provideClusterInfo: false
                """, cluster, StandIns.of(cluster, "caData"), StandIns.of(cluster, "fqdn"),
                StandIns.of("client-config", "tenantId"));
    }
}
