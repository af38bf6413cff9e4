package io.hubfleet.cloud.aws;

import io.hubfleet.cloud.ExportedFacts;
import io.hubfleet.cloud.HubHostFacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What hubs on an EKS cluster need to know about it, as its stack exports it (written and read here only).
 *
 * @param clusterName     the cluster's name
 * @param region          the region
 * @param namingSeed      what globally unique names start from
 * @param accountId       the account
 * @param oidcProviderArn the cluster's IAM OIDC provider (hub roles trust it)
 * @param issuerUrl       the cluster's OIDC issuer URL
 * @param accessRoleArn   the role hubfleet assumes into an account it created, if so ({@code ""} in the output
 *                        otherwise)
 * @param homeZone        the zone of the core nodes and home disks
 */
public record EksHostFacts(String clusterName, String region, String namingSeed, String accountId,
                           String oidcProviderArn, String issuerUrl, Optional<String> accessRoleArn, String homeZone)
        implements HubHostFacts {

    @Override
    public Map<String, Object> toOutput() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clusterName", clusterName);
        out.put("region", region);
        out.put("namingSeed", namingSeed);
        out.put("accountId", accountId);
        out.put("oidcProviderArn", oidcProviderArn);
        out.put("issuerUrl", issuerUrl);
        out.put("accessRoleArn", accessRoleArn.orElse(""));
        out.put("homeZone", homeZone);
        return out;
    }

    public static EksHostFacts fromOutput(Map<String, Object> exported) {
        String role = exported.getOrDefault("accessRoleArn", "").toString();
        return new EksHostFacts(ExportedFacts.text(exported, "clusterName"), ExportedFacts.text(exported, "region"),
                ExportedFacts.text(exported, "namingSeed"), ExportedFacts.text(exported, "accountId"),
                ExportedFacts.text(exported, "oidcProviderArn"), ExportedFacts.text(exported, "issuerUrl"),
                role.isEmpty() ? Optional.empty() : Optional.of(role), ExportedFacts.text(exported, "homeZone"));
    }
}
