package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HubHostFacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What hubs on a GKE cluster need to know about it.
 *
 * @param projectId  the project
 * @param clusterName the cluster's name
 * @param region     the region (buckets live there)
 * @param zone       the zone of the project provider
 * @param namingSeed what globally unique names start from
 * @param cluster    the cluster resource, when in the same stack (Workload Identity bindings wait for it)
 */
record GkeHubHost(String projectId, String clusterName, String region, String zone, String namingSeed,
                  Optional<Resource> cluster) implements HubHostFacts {

    /** The Workload Identity pool: {@code <project>.svc.id.goog}. */
    String workloadPool() {
        return projectId + ".svc.id.goog";
    }

    @Override
    public Output<Map<String, Object>> export() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("projectId", projectId);
        out.put("clusterName", clusterName);
        out.put("region", region);
        out.put("zone", zone);
        out.put("namingSeed", namingSeed);
        return Output.of(out);
    }

    static GkeHubHost imported(Map<String, Object> exported) {
        return new GkeHubHost(io.hubfleet.cloud.ExportedFacts.text(exported, "projectId"), io.hubfleet.cloud.ExportedFacts.text(exported, "clusterName"),
                io.hubfleet.cloud.ExportedFacts.text(exported, "region"), io.hubfleet.cloud.ExportedFacts.text(exported, "zone"),
                io.hubfleet.cloud.ExportedFacts.text(exported, "namingSeed"), Optional.empty());
    }

    static GkeHubHost of(HubHostFacts facts) {
        if (facts instanceof GkeHubHost gke) {
            return gke;
        }
        throw new IllegalArgumentException("a GCP backend was given " + facts.getClass().getSimpleName()
                + "; hubs and their cluster must be on the same cloud");
    }
}
