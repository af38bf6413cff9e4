package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hubs of one stack that a deploy changes, and what the smoke test needs to reach each: the deploy
 * workflow's answer to "which hubs did this deploy change". It is the same offline diff that chose the
 * stack ({@code hubfleet diff --json} of the plans before and after the push): a hub changed when the diff
 * adds, updates or removes its {@code hubfleet:index:Hub} component or anything under it (its release, Dask
 * Gateway, buckets, identity, home directory), found by walking each resource's parents in the plans. A
 * deploy dispatched by hand compares with no plan, so every resource is added and every hub is tested.
 */
public final class SmokeTargets {

    static final String HUB = "hubfleet:index:Hub";
    static final String DASK_GATEWAY = "hubfleet:index:DaskGateway";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A hub to smoke-test: its name in the stack, its URL and namespace (Hub's outputs), whether Dask is on. */
    public record Target(String hub, String url, String namespace, boolean dask) {
    }

    private SmokeTargets() {
    }

    /**
     * @param after  the stack's plan at the deployed commit (its resources, parents and Hub outputs)
     * @param before the stack's plan before, for the parents of removed resources; empty when there was none
     * @param diff   the stack's entry of the diff ({@code stacks[]} of {@code hubfleet diff --json})
     */
    public static List<Target> of(JsonNode after, Optional<JsonNode> before, JsonNode diff) {
        Map<String, String> parents = new HashMap<>();
        before.ifPresent(plan -> plan.path("resources").forEach(r -> parents.put(r.path("urn").asText(), r.path("parent").asText(null))));
        after.path("resources").forEach(r -> parents.put(r.path("urn").asText(), r.path("parent").asText(null)));

        Set<String> changedHubs = new HashSet<>();
        Set<String> hubUrns = new HashSet<>();
        after.path("resources").forEach(r -> {
            if (HUB.equals(r.path("type").asText())) {
                hubUrns.add(r.path("urn").asText());
            }
        });
        for (JsonNode change : diff.path("resources")) {
            // A hub's own ancestors are never hubs: the first hub up the chain is the one it belongs to.
            for (String urn = change.path("urn").asText(null); urn != null; urn = parents.get(urn)) {
                if (hubUrns.contains(urn)) {
                    changedHubs.add(urn);
                    break;
                }
            }
        }

        Set<String> withDask = new HashSet<>();
        after.path("resources").forEach(r -> {
            if (DASK_GATEWAY.equals(r.path("type").asText())) {
                for (String urn = r.path("parent").asText(null); urn != null; urn = parents.get(urn)) {
                    if (hubUrns.contains(urn)) {
                        withDask.add(urn);
                        break;
                    }
                }
            }
        });

        List<Target> targets = new ArrayList<>();
        for (JsonNode r : after.path("resources")) {
            String urn = r.path("urn").asText();
            if (!changedHubs.contains(urn)) {
                continue;
            }
            String url = r.at("/outputs/url").asText("");
            String namespace = r.at("/outputs/namespace").asText("");
            if (url.isEmpty() || namespace.isEmpty()) {
                throw new IllegalArgumentException("the plan's hub " + r.path("name").asText() + " has no url or namespace output");
            }
            targets.add(new Target(r.path("name").asText(), url, namespace, withDask.contains(urn)));
        }
        return List.copyOf(targets);
    }

    /** As JSON: {@code {"formatVersion": 1, "stack", "cloud", "hubs": [{"hub", "url", "namespace", "dask"}]}}. */
    public static ObjectNode toJson(String stack, String cloud, List<Target> targets) {
        ObjectNode root = JSON.createObjectNode().put("formatVersion", 1).put("stack", stack).put("cloud", cloud);
        ArrayNode hubs = root.putArray("hubs");
        for (Target target : targets) {
            hubs.addObject().put("hub", target.hub()).put("url", target.url()).put("namespace", target.namespace())
                    .put("dask", target.dask());
        }
        return root;
    }
}
