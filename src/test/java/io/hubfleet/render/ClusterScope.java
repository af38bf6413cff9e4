package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/** Which kinds the Kubernetes API keeps cluster-wide, not in a namespace. */
public final class ClusterScope {

    static final Set<String> KINDS = Set.of("Namespace", "PersistentVolume", "ClusterRole", "ClusterRoleBinding",
            "PriorityClass", "StorageClass", "CustomResourceDefinition", "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration", "APIService", "IngressClass", "GatewayClass", "ClusterIssuer",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "CSIDriver", "RuntimeClass",
            "NodeFeatureRule", "ClusterTrustBundle");

    private ClusterScope() {
    }

    public static boolean isClusterScoped(JsonNode object) {
        return KINDS.contains(object.path("kind").asText());
    }
}
