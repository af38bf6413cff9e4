package io.hubfleet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.components.Hub;
import io.hubfleet.config.ConfigPath;
import io.hubfleet.config.ConfigProblem;
import io.hubfleet.config.InvalidStackConfigException;
import io.hubfleet.config.StackFile;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What stacks of one cluster (its cluster stack and the hub-only stacks on it) must not share, and no
 * stack on its own can see: a served domain (the cluster's Envoy merges every Gateway of its class, so two
 * listeners for one domain would fight over its traffic and its certificate) and a hub's namespace (its
 * release, home directory and identities are named after it). Hub-only stacks' hub names are unique by
 * construction ({@code TenantNames}); hubs a stack deployed before that keep their plain names, and a
 * cluster stack's hubs use theirs, so {@code plan --all}, which sees every stack, checks both. The cluster
 * stack keeps what it serves; among hub-only stacks the first in name order does.
 */
final class SharedClusterClashes {

    private SharedClusterClashes() {
    }

    static List<String> of(List<Plan> plans, Path stacksDir) {
        List<Plan> clusterFirst = new ArrayList<>(plans);
        clusterFirst.sort(Comparator.comparing((Plan p) -> isHubOnly(p)).thenComparing(Plan::stack));
        Map<String, Map<String, String>> domainsByCluster = new TreeMap<>();
        Map<String, Map<String, String>> namespacesByCluster = new TreeMap<>();
        Map<String, String> reports = new TreeMap<>();
        for (Plan plan : clusterFirst) {
            String cluster = clusterOf(plan);
            Map<String, String> domains = domainsByCluster.computeIfAbsent(cluster, c -> new TreeMap<>());
            Map<String, String> namespaces = namespacesByCluster.computeIfAbsent(cluster, c -> new TreeMap<>());
            List<ConfigProblem> problems = new ArrayList<>();
            JsonNode hubs = StackFile.read(stackFile(stacksDir, plan)).config().path("hubfleet:hubs");
            Map<String, String> hubNamespaces = hubNamespaces(plan);
            for (int i = 0; i < hubs.size(); i++) {
                ConfigPath hubPath = ConfigPath.key("hubfleet:hubs").index(i);
                String name = hubs.get(i).path("name").asText();
                String domain = hubs.get(i).path("domain").asText();
                String domainOwner = domains.putIfAbsent(domain, plan.stack());
                if (domainOwner != null && !domainOwner.equals(plan.stack())) {
                    problems.add(ConfigProblem.of(hubPath.child("domain"), domain + " is already served by the stack "
                            + domainOwner + " on the same cluster (" + cluster + ")", "a domain no other stack of the cluster serves"));
                }
                String namespace = hubNamespaces.getOrDefault(name, name);
                String namespaceOwner = namespaces.putIfAbsent(namespace, plan.stack());
                if (namespaceOwner != null && !namespaceOwner.equals(plan.stack())) {
                    problems.add(ConfigProblem.of(hubPath.child("name"), "the hub would use the namespace " + namespace
                            + ", which the stack " + namespaceOwner + " already uses on the same cluster (" + cluster + ")",
                            "a hub name no other stack of the cluster uses"));
                }
            }
            String grafana = plan.outputs().path("grafanaUrl").asText("");
            if (grafana.startsWith("https://")) {
                domains.putIfAbsent(grafana.substring("https://".length()), plan.stack());
            }
            if (!problems.isEmpty()) {
                reports.put(plan.stack(), new InvalidStackConfigException(stackFile(stacksDir, plan).toString(), problems).report());
            }
        }
        return List.copyOf(reports.values());
    }

    private static boolean isHubOnly(Plan plan) {
        return plan.outputs().hasNonNull("clusterStack");
    }

    private static String clusterOf(Plan plan) {
        String cluster = plan.outputs().path("clusterStack").asText(plan.stack());
        return cluster.substring(cluster.lastIndexOf('/') + 1);
    }

    /** Each hub's namespace, by its name in the stack file (the hub component's name). */
    private static Map<String, String> hubNamespaces(Plan plan) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (PlanResource hub : plan.ofType(Hub.TYPE)) {
            namespaces.put(hub.name(), hub.outputs().path("namespace").asText(hub.name()));
        }
        return namespaces;
    }

    private static Path stackFile(Path stacksDir, Plan plan) {
        return stacksDir.resolve("Pulumi." + plan.stack() + ".yaml");
    }
}
