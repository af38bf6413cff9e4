package io.hubfleet.cloud.azure;

import io.hubfleet.cloud.ExportedFacts;
import io.hubfleet.cloud.HubHostFacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What hubs on an AKS cluster need to know about it, as its stack exports it (written and read here only).
 *
 * @param clusterName        the cluster's name
 * @param namingSeed         what globally unique names start from
 * @param location           the region
 * @param subscriptionId     the subscription
 * @param resourceGroup      the estate's resource group (hubs' storage and identities live there)
 * @param issuerUrl          the cluster's OIDC issuer (federated credentials trust it)
 * @param nodeSubnetId       the node subnet (storage accounts admit only it)
 * @param homeZone           the availability zone of the core nodes and home disks, when the cluster is zonal
 *                           ({@code ""} in the output otherwise)
 * @param clusterPrincipalId the cluster's (control-plane) identity, which attaches disks
 */
public record AksHostFacts(String clusterName, String namingSeed, String location, String subscriptionId,
                           String resourceGroup, String issuerUrl, String nodeSubnetId, Optional<String> homeZone,
                           String clusterPrincipalId) implements HubHostFacts {

    @Override
    public Map<String, Object> toOutput() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clusterName", clusterName);
        out.put("namingSeed", namingSeed);
        out.put("location", location);
        out.put("subscriptionId", subscriptionId);
        out.put("resourceGroup", resourceGroup);
        out.put("issuerUrl", issuerUrl);
        out.put("nodeSubnetId", nodeSubnetId);
        out.put("homeZone", homeZone.orElse(""));
        out.put("clusterPrincipalId", clusterPrincipalId);
        return out;
    }

    public static AksHostFacts fromOutput(Map<String, Object> exported) {
        return new AksHostFacts(ExportedFacts.text(exported, "clusterName"), ExportedFacts.text(exported, "namingSeed"),
                ExportedFacts.text(exported, "location"), ExportedFacts.text(exported, "subscriptionId"),
                ExportedFacts.text(exported, "resourceGroup"), ExportedFacts.text(exported, "issuerUrl"),
                ExportedFacts.text(exported, "nodeSubnetId"),
                Optional.of(ExportedFacts.text(exported, "homeZone")).filter(zone -> !zone.isEmpty()),
                ExportedFacts.text(exported, "clusterPrincipalId"));
    }
}
