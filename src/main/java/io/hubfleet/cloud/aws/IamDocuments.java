package io.hubfleet.cloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** IAM policy documents, rendered deterministically. */
final class IamDocuments {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private IamDocuments() {
    }

    /** Lets an AWS service (eks.amazonaws.com, ec2.amazonaws.com, backup.amazonaws.com) assume the role. */
    static String serviceTrust(String service) {
        return document(List.of(statement("Allow", List.of("sts:AssumeRole"), null,
                Map.of("Service", service), null)));
    }

    /**
     * Lets exactly one Kubernetes service account assume the role through the cluster's OIDC provider
     * (IAM roles for service accounts).
     */
    static String serviceAccountTrust(String oidcProviderArn, String issuerUrl, String namespace, String serviceAccount) {
        String issuer = issuerUrl.replaceFirst("^https://", "");
        return document(List.of(statement("Allow", List.of("sts:AssumeRoleWithWebIdentity"), null,
                Map.of("Federated", oidcProviderArn),
                Map.of("StringEquals", Map.of(
                        issuer + ":sub", "system:serviceaccount:" + namespace + ":" + serviceAccount,
                        issuer + ":aud", "sts.amazonaws.com")))));
    }

    static Map<String, Object> statement(String effect, List<String> actions, List<String> resources,
                                         Map<String, Object> principal, Map<String, Object> condition) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", effect);
        statement.put("Action", actions);
        if (principal != null) {
            statement.put("Principal", principal);
        }
        if (resources != null) {
            statement.put("Resource", resources);
        }
        if (condition != null) {
            statement.put("Condition", condition);
        }
        return statement;
    }

    /** The cluster role's use of its secrets-encryption key (EKS envelope encryption). */
    static String clusterKeyUse(String keyArn) {
        return document(List.of(Map.of("Effect", "Allow",
                "Action", List.of("kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"),
                "Resource", keyArn)));
    }

    static String document(List<Map<String, Object>> statements) {
        return json(Map.of("Version", "2012-10-17", "Statement", statements));
    }

    /** One value (a statement) as JSON, keys sorted. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render policy", e);
        }
    }
}
