package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/** Nodes have no public IP addresses: they reach the internet through NAT, and nothing reaches them directly. */
final class PrivateNodesRule implements SecurityRule {

    @Override
    public String id() {
        return "private-nodes";
    }

    @Override
    public String invariant() {
        return "nodes have no public IP addresses";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource cluster : plan.ofType("gcp:container/cluster:Cluster")) {
            if (!cluster.input("/privateClusterConfig/enablePrivateNodes").asBoolean(false)) {
                out.add(PlanIndex.violation(this, cluster, "nodes get public IP addresses (private nodes are off)",
                        "set privateClusterConfig.enablePrivateNodes: true"));
            }
        }
        for (PlanResource group : plan.ofType("aws:eks/nodeGroup:NodeGroup")) {
            for (JsonNode subnetId : group.input("/subnetIds")) {
                plan.standInSource(subnetId.asText(), "aws:ec2/subnet:Subnet").ifPresent(subnet -> {
                    if (subnet.input("/mapPublicIpOnLaunch").asBoolean(false)
                            || "1".equals(subnet.input("/tags/kubernetes.io~1role~1elb").asText())) {
                        out.add(PlanIndex.violation(this, group, "nodes are placed in the public subnet " + subnet.name(),
                                "place node groups in the private subnets only"));
                    }
                });
            }
        }
        for (PlanResource template : plan.ofType("aws:ec2/launchTemplate:LaunchTemplate")) {
            for (JsonNode networkInterface : template.input("/networkInterfaces")) {
                if (networkInterface.path("associatePublicIpAddress").asText("false").equals("true")) {
                    out.add(PlanIndex.violation(this, template, "nodes get public IP addresses",
                            "remove associatePublicIpAddress from the launch template"));
                }
            }
        }
        for (PlanResource cluster : plan.ofType("azure-native:containerservice:ManagedCluster")) {
            for (JsonNode pool : cluster.input("/agentPoolProfiles")) {
                if (pool.path("enableNodePublicIP").asBoolean(false)) {
                    out.add(PlanIndex.violation(this, cluster, "pool " + pool.path("name").asText()
                            + " gives nodes public IP addresses", "set enableNodePublicIP: false"));
                }
            }
        }
        for (PlanResource pool : plan.ofType("azure-native:containerservice:AgentPool")) {
            if (pool.input("/enableNodePublicIP").asBoolean(false)) {
                out.add(PlanIndex.violation(this, pool, "nodes get public IP addresses", "set enableNodePublicIP: false"));
            }
        }
        return out;
    }
}
