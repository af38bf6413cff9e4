package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/** Network policies are enforced by the cluster and enabled for every hub's hub, proxy and user pods. */
final class NetworkPolicyRule implements SecurityRule {

    private static final List<String> HUB_POLICIES = List.of("/hub/networkPolicy/enabled",
            "/proxy/chp/networkPolicy/enabled", "/singleuser/networkPolicy/enabled");

    @Override
    public String id() {
        return "network-policy";
    }

    @Override
    public String invariant() {
        return "network policies are enforced, and on for every hub's pods";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource cluster : plan.ofType("gcp:container/cluster:Cluster")) {
            boolean dataplaneV2 = "ADVANCED_DATAPATH".equals(cluster.input("/datapathProvider").asText());
            if (!dataplaneV2 && !cluster.input("/networkPolicy/enabled").asBoolean(false)) {
                out.add(PlanIndex.violation(this, cluster, "network policies are not enforced",
                        "use Dataplane V2 (datapathProvider: ADVANCED_DATAPATH)"));
            }
        }
        for (PlanResource addon : plan.ofType("aws:eks/addon:Addon")) {
            if ("vpc-cni".equals(addon.input("/addonName").asText())
                    && !addon.input("/configurationValues").asText().replace(" ", "").contains("\"enableNetworkPolicy\":\"true\"")) {
                out.add(PlanIndex.violation(this, addon, "the VPC CNI does not enforce network policies",
                        "set configurationValues {\"enableNetworkPolicy\": \"true\"}"));
            }
        }
        for (PlanResource cluster : plan.ofType("azure-native:containerservice:ManagedCluster")) {
            if (cluster.input("/networkProfile/networkPolicy").asText().isEmpty()) {
                out.add(PlanIndex.violation(this, cluster, "network policies are not enforced",
                        "set networkProfile.networkPolicy (hubfleet uses cilium)"));
            }
        }
        for (PlanResource release : plan.releases("jupyterhub")) {
            JsonNode values = PlanIndex.values(release);
            for (String pointer : HUB_POLICIES) {
                if (!values.at(pointer).asBoolean(false)) {
                    out.add(PlanIndex.violation(this, release, pointer.substring(1).replace('/', '.') + " is not true",
                            "remove the override from the hub's values: (hubfleet sets it true)"));
                }
            }
        }
        return out;
    }
}
