package io.hubfleet.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.machines.MachineCatalogue;
import io.hubfleet.machines.MachineType;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an estate costs, read from its plan — what Infracost does for Terraform, from hubfleet's own
 * offline plan. Every line comes from resources of the plan: node pools (their components' outputs),
 * the cluster, disks, file services, addresses, NAT, DNS zones, volumes the charts claim, user
 * placeholders. Prices come from {@code components/prices/<cloud>.yaml}; a price it lacks is reported as
 * unknown, not guessed. docs/cost.md explains the model and compares the examples.
 */
public final class PlanCost {

    /** z2jh's hub database volume when the values leave it at its default (values.yaml, hub.db.pvc.storage). */
    static final String HUB_DB_DEFAULT = "1Gi";

    private PlanCost() {
    }

    /** The estimate of a stack's plan. */
    public static CostEstimate estimate(Plan plan) {
        PlanFacts facts = new PlanFacts(plan);
        Pricing pricing = new Pricing(PriceTable.of(facts.cloud()), facts.region());
        CloudCostModel model = model(facts.cloud());
        List<CostLine> idle = new ArrayList<>();
        List<CostLine> usage = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        assumptions.add("list prices on demand, before taxes, committed-use or sustained-use discounts, and "
                + "credits other than those stated; a month is " + pricing.table().hoursPerMonth() + " hours");

        model.cluster(facts, pricing, idle, assumptions);
        int idleNodes = 0;
        for (PoolFacts pool : facts.pools()) {
            if (pool.minNodes() > 0) {
                idle.addAll(model.nodes(pool, pool.minNodes(), "the pool's minimum", pricing));
                idleNodes += pool.minNodes();
            }
        }
        idleNodes += placeholders(facts, model, pricing, idle, assumptions);
        model.resources(facts, idleNodes, pricing, idle, usage, assumptions);
        volumes(facts, model, pricing, idle);
        List<HourlyCost> hourly = new ArrayList<>();
        profiles(facts, model, pricing, hourly);
        daskWorkers(facts, model, pricing, hourly);
        return new CostEstimate(pricing.table().currency(), facts.region(), pricing.table().hoursPerMonth(), idle,
                usage, hourly, assumptions);
    }

    static CloudCostModel model(Cloud cloud) {
        return switch (cloud) {
            case GCP -> new GcpCostModel();
            case AWS -> new AwsCostModel();
            case AZURE -> new AzureCostModel();
        };
    }

    /**
     * Nodes kept up for user placeholders (z2jh's {@code scheduling.userPlaceholder}): each placeholder
     * holds the room of one server at the hub's default guarantee, on a user node, around the clock.
     */
    private static int placeholders(PlanFacts facts, CloudCostModel model, Pricing pricing, List<CostLine> idle,
                                    List<String> assumptions) {
        List<PoolFacts> userPools = facts.pools().stream().filter(p -> p.role().equals("user")).toList();
        int extra = 0;
        for (PlanResource release : facts.releases("jupyterhub")) {
            ObjectNode values = PlanFacts.values(release);
            JsonNode placeholder = values.at("/scheduling/userPlaceholder");
            int replicas = placeholder.path("enabled").asBoolean(true) ? placeholder.path("replicas").asInt(0) : 0;
            if (replicas == 0 || userPools.isEmpty()) {
                continue;
            }
            double cpu = values.at("/singleuser/cpu/guarantee").asDouble(0);
            double memory = Quantity.gib(values.at("/singleuser/memory/guarantee").asText("1G"));
            // Where the autoscaler puts them is its choice; the cheapest user pool that holds one is the floor.
            Optional<PoolFacts> cheapest = userPools.stream()
                    .filter(p -> perNode(facts.cloud(), p.machineType(), cpu, memory) > 0)
                    .filter(p -> model.nodeHour(p, pricing).isPresent())
                    .min(Comparator.comparingDouble(p -> model.nodeHour(p, pricing).orElseThrow()));
            PoolFacts pool = cheapest.orElse(userPools.get(0));
            int perNode = Math.max(1, perNode(facts.cloud(), pool.machineType(), cpu, memory));
            int nodes = Math.max(0, (replicas + perNode - 1) / perNode - pool.minNodes());
            String hub = facts.hubOf(release).orElse(release.name());
            if (nodes > 0) {
                idle.addAll(model.nodes(pool, nodes, "kept up for " + replicas + " user placeholder"
                        + (replicas == 1 ? "" : "s") + " of hub " + hub, pricing));
                extra += nodes;
                assumptions.add("hub " + hub + "'s placeholders run on the cheapest user pool that holds them ("
                        + pool.pool() + "), " + perNode + " to a node");
            }
        }
        return extra;
    }

    /** Volumes the charts claim from the default storage class: Prometheus' and each hub's database. */
    private static void volumes(PlanFacts facts, CloudCostModel model, Pricing pricing, List<CostLine> idle) {
        for (PlanResource release : facts.releases("prometheus")) {
            JsonNode volume = PlanFacts.values(release).at("/server/persistentVolume");
            if (volume.path("enabled").asBoolean(true) && volume.path("size").isTextual()) {
                idle.add(model.volume("Prometheus volume", release.name(), Quantity.gib(volume.path("size").asText()),
                        pricing));
            }
        }
        for (PlanResource release : facts.releases("jupyterhub")) {
            JsonNode db = PlanFacts.values(release).at("/hub/db");
            String type = db.path("type").asText("sqlite-pvc");
            if (type.equals("sqlite-pvc")) {
                String size = db.at("/pvc/storage").asText(HUB_DB_DEFAULT);
                idle.add(model.volume("hub database volume of " + facts.hubOf(release).orElse(release.name()),
                        release.name(), Quantity.gib(size), pricing));
            }
        }
    }

    /** An hour of each profile choice of each hub, on the pool it selects. */
    private static void profiles(PlanFacts facts, CloudCostModel model, Pricing pricing, List<HourlyCost> hourly) {
        for (PlanResource release : facts.releases("jupyterhub")) {
            ObjectNode values = PlanFacts.values(release);
            String hub = facts.hubOf(release).orElse(release.name());
            double defaultCpu = values.at("/singleuser/cpu/guarantee").asDouble(0);
            String defaultMemory = values.at("/singleuser/memory/guarantee").asText("1G");
            for (JsonNode profile : values.at("/singleuser/profileList")) {
                String pool = profile.at("/kubespawner_override/node_selector/hubfleet.io~1pool").asText("");
                Optional<PoolFacts> facts0 = facts.pools().stream().filter(p -> p.pool().equals(pool)).findFirst();
                String name = profile.path("display_name").asText(profile.path("slug").asText());
                List<JsonNode> choices = new ArrayList<>();
                for (JsonNode option : profile.path("profile_options")) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = option.path("choices").fields(); it.hasNext(); ) {
                        choices.add(it.next().getValue());
                    }
                }
                if (choices.isEmpty()) {
                    choices.add(profile);
                }
                for (JsonNode choice : choices) {
                    JsonNode override = choice.path("kubespawner_override");
                    JsonNode own = profile.path("kubespawner_override");
                    double cpu = override.path("cpu_guarantee").asDouble(own.path("cpu_guarantee").asDouble(defaultCpu));
                    double memory = Quantity.gib(override.path("mem_guarantee").asText(
                            own.path("mem_guarantee").asText(defaultMemory)));
                    String what = hub + " / " + name + (choice == profile ? "" : " / "
                            + choice.path("display_name").asText());
                    hourly.add(facts0.map(p -> hour(what, p, cpu, memory, model, pricing, facts.cloud()))
                            .orElse(new HourlyCost(what, pool, "", 0, Optional.empty(), Optional.empty())));
                }
            }
        }
    }

    /** An hour of a Dask worker of each size each hub offers, on each dask-worker pool. */
    private static void daskWorkers(PlanFacts facts, CloudCostModel model, Pricing pricing, List<HourlyCost> hourly) {
        List<PoolFacts> daskPools = facts.pools().stream().filter(p -> p.role().equals("dask-worker")).toList();
        for (PlanResource gateway : facts.ofType("hubfleet:index:DaskGateway")) {
            String hub = facts.hubOf(gateway).orElse(gateway.name());
            for (JsonNode size : gateway.outputs().path("workerSizes")) {
                double cpu = size.path("cpu").asDouble();
                double memory = size.path("memoryGiB").asDouble();
                for (PoolFacts pool : daskPools) {
                    hourly.add(hour(hub + " / Dask worker of " + format(cpu) + " vCPU, " + format(memory) + " GiB",
                            pool, cpu, memory, model, pricing, facts.cloud()));
                }
            }
        }
    }

    private static HourlyCost hour(String what, PoolFacts pool, double cpu, double memoryGiB, CloudCostModel model,
                                   Pricing pricing, Cloud cloud) {
        int perNode = Math.max(1, perNode(cloud, pool.machineType(), cpu, memoryGiB));
        return new HourlyCost(what, pool.pool(), pool.machineType(), perNode, model.nodeHour(pool, pricing),
                pricing.find(pool.machineKey()));
    }

    /** How many pods of this guarantee one node of the type holds, by what the node leaves for pods. */
    static int perNode(Cloud cloud, String machineType, double cpu, double memoryGiB) {
        Optional<MachineType> type = MachineCatalogue.of(cloud).find(machineType);
        if (type.isEmpty()) {
            return 0;
        }
        Allocatable node = Allocatable.of(cloud, type.get());
        double byCpu = cpu <= 0 ? Double.MAX_VALUE : node.cpu() / cpu;
        double byMemory = memoryGiB <= 0 ? Double.MAX_VALUE : node.memoryGiB() / memoryGiB;
        double fits = Math.min(byCpu, byMemory);
        return fits == Double.MAX_VALUE ? 1 : (int) Math.floor(fits + 1e-9);
    }

    static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
