package io.hubfleet.program;

import io.hubfleet.cloud.CloudNames;
import io.hubfleet.components.PreviousDeployment;
import io.hubfleet.config.hub.HubConfig;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names hub-only stacks' hubs take on a shared cluster. Two stacks of one cluster may name a hub
 * alike; everything cluster-wide and cloud-wide about a hub (its namespace, release and its cluster-wide
 * objects, home volume and directory, disk, cloud identity and buckets) is named after its name on the
 * cluster, so that name is made unique by construction: the hub's name and a short hash of its stack's
 * ({@code physics-3f2a}). A hub deployed before hubfleet qualified names keeps the name it has (its
 * data is under it): the stack records each hub's name on the cluster ({@code hubInstances}) and reads
 * it back; a hub its last deployment served under its plain name keeps that.
 */
final class TenantNames {

    static final String OUTPUT = "hubInstances";

    private TenantNames() {
    }

    static String qualified(String stack, String hub) {
        return hub + "-" + CloudNames.shortHash(stack).substring(0, 4);
    }

    /** Each hub's name on the cluster, by its name in the stack file. */
    static Map<String, String> resolve(PreviousDeployment last, String stack, List<HubConfig> hubs) {
        Map<String, String> recorded = last.strings(OUTPUT);
        Map<String, String> servedBefore = last.strings("hubUrls");
        Map<String, String> names = new TreeMap<>();
        for (HubConfig hub : hubs) {
            String name = recorded.containsKey(hub.name()) ? recorded.get(hub.name())
                    : servedBefore.containsKey(hub.name()) ? hub.name()
                    : qualified(stack, hub.name());
            names.put(hub.name(), name);
        }
        return names;
    }
}
