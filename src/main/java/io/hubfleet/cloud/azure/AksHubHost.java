package io.hubfleet.cloud.azure;

import com.pulumi.core.Output;
import io.hubfleet.cloud.ExportedFacts;
import io.hubfleet.cloud.HubHostFacts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What hubs on an AKS cluster need to know about it.
 *
 * @param clusterName    the cluster's name
 * @param namingSeed     what globally unique names start from
 * @param location       the region
 * @param subscriptionId the subscription
 * @param resourceGroup  the estate's resource group (hubs' storage and identities live there)
 * @param issuerUrl      the cluster's OIDC issuer (federated credentials trust it)
 * @param nodeSubnetId   the node subnet (storage accounts admit only it)
 * @param homeZone       the availability zone of the core nodes and home disks, when the cluster is zonal
 * @param clusterPrincipalId the cluster's (control-plane) identity, which attaches disks
 */
record AksHubHost(String clusterName, String namingSeed, String location, Output<String> subscriptionId,
                  Output<String> resourceGroup, Output<String> issuerUrl, Output<String> nodeSubnetId,
                  java.util.Optional<String> homeZone, Output<String> clusterPrincipalId)
        implements HubHostFacts {

    @Override
    public Output<Map<String, Object>> export() {
        return Output.tuple(subscriptionId, resourceGroup, issuerUrl, nodeSubnetId, clusterPrincipalId).applyValue(t -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("clusterName", clusterName);
            out.put("namingSeed", namingSeed);
            out.put("location", location);
            out.put("subscriptionId", t.t1);
            out.put("resourceGroup", t.t2);
            out.put("issuerUrl", t.t3);
            out.put("nodeSubnetId", t.t4);
            out.put("homeZone", homeZone.orElse(""));
            out.put("clusterPrincipalId", t.t5);
            return out;
        });
    }

    static AksHubHost imported(Map<String, Object> exported) {
        return new AksHubHost(ExportedFacts.text(exported, "clusterName"), ExportedFacts.text(exported, "namingSeed"),
                ExportedFacts.text(exported, "location"), Output.of(ExportedFacts.text(exported, "subscriptionId")),
                Output.of(ExportedFacts.text(exported, "resourceGroup")), Output.of(ExportedFacts.text(exported, "issuerUrl")),
                Output.of(ExportedFacts.text(exported, "nodeSubnetId")),
                java.util.Optional.of(ExportedFacts.text(exported, "homeZone")).filter(zone -> !zone.isEmpty()),
                Output.of(ExportedFacts.text(exported, "clusterPrincipalId")));
    }

    static AksHubHost of(HubHostFacts facts) {
        if (facts instanceof AksHubHost aks) {
            return aks;
        }
        throw new IllegalArgumentException("an Azure backend was given " + facts.getClass().getSimpleName()
                + "; hubs and their cluster must be on the same cloud");
    }
}
