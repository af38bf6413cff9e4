package io.hubfleet.cloud.gcp;

import io.hubfleet.cloud.ExportedFacts;
import io.hubfleet.cloud.HubHostFacts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What hubs on a GKE cluster need to know about it, as its stack exports it (written and read here only).
 *
 * @param projectId   the project
 * @param clusterName the cluster's name
 * @param region      the region (buckets live there)
 * @param zone        the zone of the project provider and of home storage
 * @param namingSeed  what globally unique names start from
 */
public record GkeHostFacts(String projectId, String clusterName, String region, String zone, String namingSeed)
        implements HubHostFacts {

    @Override
    public Map<String, Object> toOutput() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("projectId", projectId);
        out.put("clusterName", clusterName);
        out.put("region", region);
        out.put("zone", zone);
        out.put("namingSeed", namingSeed);
        return out;
    }

    public static GkeHostFacts fromOutput(Map<String, Object> exported) {
        return new GkeHostFacts(ExportedFacts.text(exported, "projectId"), ExportedFacts.text(exported, "clusterName"),
                ExportedFacts.text(exported, "region"), ExportedFacts.text(exported, "zone"),
                ExportedFacts.text(exported, "namingSeed"));
    }
}
