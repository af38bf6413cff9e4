package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node pool as the cloud will make its nodes, read from the plan's cloud resource (what reaches the
 * API), with the labels and taints each managed Kubernetes adds by itself:
 * <ul>
 *   <li>GKE taints GPU nodes {@code nvidia.com/gpu=present:NoSchedule}
 *       (https://cloud.google.com/kubernetes-engine/docs/how-to/gpus#taints-and-tolerations);</li>
 *   <li>AKS taints spot nodes {@code kubernetes.azure.com/scalesetpriority=spot:NoSchedule} and labels them
 *       the same (https://learn.microsoft.com/azure/aks/spot-node-pool).</li>
 * </ul>
 *
 * @param name         the pool's name in the stack ({@code hubfleet.io/pool})
 * @param cloud        gcp, aws or azure
 * @param labels       node labels
 * @param taints       node taints
 * @param machineTypes the machine types its nodes may have (EKS spot pools offer several)
 * @param gpus         GPUs per node
 */
public record Pool(String name, String cloud, Map<String, String> labels, List<Taint> taints,
                   List<String> machineTypes, int gpus, List<String> zones) {

    /** Labels the kubelet and the cloud put on every node (kubernetes.io/docs/reference/labels-annotations-taints). */
    public Map<String, String> nodeLabels(String zone) {
        Map<String, String> all = new TreeMap<>(labels);
        all.put("kubernetes.io/os", "linux");
        all.put("kubernetes.io/arch", "amd64");
        if (machineTypes.size() == 1) {
            all.put("node.kubernetes.io/instance-type", machineTypes.get(0));
        }
        all.put("topology.kubernetes.io/zone", zone);
        return all;
    }

    /** Whether the pool's nodes may be in more than one zone. */
    public boolean multiZone() {
        return zones.size() != 1;
    }

    /** A node taint. */
    public record Taint(String key, String value, String effect) {
        static Taint parse(String spec) {
            int equals = spec.indexOf('=');
            int colon = spec.lastIndexOf(':');
            return equals < 0 ? new Taint(spec.substring(0, colon), "", spec.substring(colon + 1))
                    : new Taint(spec.substring(0, equals), spec.substring(equals + 1, colon), spec.substring(colon + 1));
        }

        @Override
        public String toString() {
            return key + "=" + value + ":" + effect;
        }
    }

    static final Taint GKE_GPU = new Taint("nvidia.com/gpu", "present", "NoSchedule");
    static final Taint AKS_SPOT = new Taint("kubernetes.azure.com/scalesetpriority", "spot", "NoSchedule");

    public static List<Pool> of(Plan plan) {
        List<Pool> pools = new ArrayList<>();
        for (PlanResource resource : plan.resources()) {
            switch (resource.type()) {
                case "gcp:container/nodePool:NodePool" -> pools.add(gke(resource.inputs().path("nodeConfig"),
                        gkeZones(resource.inputs())));
                case "aws:eks/nodeGroup:NodeGroup" -> pools.add(eks(resource.inputs(), eksZones(plan, resource.inputs())));
                case "azure-native:containerservice:AgentPool" -> pools.add(aks(resource.inputs(),
                        plan.ofType("azure-native:containerservice:ManagedCluster").get(0).input("/location").asText()));
                case "azure-native:containerservice:ManagedCluster" -> resource.input("/agentPoolProfiles")
                        .forEach(profile -> pools.add(aks(profile, resource.input("/location").asText())));
                default -> {
                }
            }
        }
        return pools;
    }

    /** GKE: the node locations, else the cluster's zone; a regional cluster's default is three zones. */
    private static List<String> gkeZones(JsonNode pool) {
        List<String> zones = new ArrayList<>();
        pool.path("nodeLocations").forEach(z -> zones.add(z.asText()));
        String location = pool.path("location").asText();
        if (zones.isEmpty()) {
            zones.addAll(location.matches(".*-[a-z]$") ? List.of(location)
                    : List.of(location + "-(any-1)", location + "-(any-2)", location + "-(any-3)"));
        }
        return zones;
    }

    /** EKS: the zones of the group's subnets. */
    private static List<String> eksZones(Plan plan, JsonNode group) {
        List<String> zones = new ArrayList<>();
        for (JsonNode subnet : group.path("subnetIds")) {
            String standIn = subnet.asText().replaceAll("^<stand-in:(.*)\\.id>$", "$1");
            plan.find("aws:ec2/subnet:Subnet", standIn).ifPresent(s -> zones.add(s.input("/availabilityZone").asText()));
        }
        return zones;
    }

    private static Pool gke(JsonNode nodeConfig, List<String> zones) {
        Map<String, String> labels = map(nodeConfig.path("labels"));
        List<Taint> taints = new ArrayList<>();
        nodeConfig.path("taints").forEach(t -> taints.add(new Taint(t.path("key").asText(), t.path("value").asText(),
                effect(t.path("effect").asText()))));
        int gpus = 0;
        for (JsonNode accelerator : nodeConfig.path("guestAccelerators")) {
            gpus += accelerator.path("count").asInt();
        }
        if (gpus > 0 && !taints.contains(GKE_GPU)) {
            taints.add(GKE_GPU);
        }
        return new Pool(labels.get("hubfleet.io/pool"), "gcp", labels, taints,
                List.of(nodeConfig.path("machineType").asText()), gpus, zones);
    }

    private static Pool eks(JsonNode group, List<String> zones) {
        Map<String, String> labels = map(group.path("labels"));
        List<Taint> taints = new ArrayList<>();
        group.path("taints").forEach(t -> taints.add(new Taint(t.path("key").asText(), t.path("value").asText(),
                effect(t.path("effect").asText()))));
        List<String> types = new ArrayList<>();
        group.path("instanceTypes").forEach(t -> types.add(t.asText()));
        return new Pool(labels.get("hubfleet.io/pool"), "aws", labels, taints, types, builtInGpus(Cloud.AWS, types.get(0)),
                zones);
    }

    /** AKS: zone n of the region is labelled {@code <region>-<n>}; a pool without zones is labelled {@code 0}. */
    private static Pool aks(JsonNode pool, String region) {
        List<String> zones = new ArrayList<>();
        pool.path("availabilityZones").forEach(z -> zones.add(region + "-" + z.asText()));
        if (zones.isEmpty()) {
            zones.add("0");
        }
        Map<String, String> labels = map(pool.path("nodeLabels"));
        List<Taint> taints = new ArrayList<>();
        pool.path("nodeTaints").forEach(t -> taints.add(Taint.parse(t.asText())));
        if (pool.path("scaleSetPriority").asText().equals("Spot")) {
            taints.add(AKS_SPOT);
            labels.put("kubernetes.azure.com/scalesetpriority", "spot");
        }
        return new Pool(labels.get("hubfleet.io/pool"), "azure", labels, taints,
                List.of(pool.path("vmSize").asText()), builtInGpus(Cloud.AZURE, pool.path("vmSize").asText()),
                zones);
    }

    /** The GPUs a machine type has built in (the machine catalogue, components/machines). */
    private static int builtInGpus(Cloud cloud, String type) {
        return MachineCatalogue.of(cloud).find(type).map(t -> t.gpu() == null ? 0 : t.gpu().count()).orElse(0);
    }

    /** NO_SCHEDULE (GKE, EKS) as Kubernetes writes it: NoSchedule. */
    static String effect(String cloudEffect) {
        return switch (cloudEffect) {
            case "NO_SCHEDULE" -> "NoSchedule";
            case "PREFER_NO_SCHEDULE" -> "PreferNoSchedule";
            case "NO_EXECUTE" -> "NoExecute";
            default -> cloudEffect;
        };
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
