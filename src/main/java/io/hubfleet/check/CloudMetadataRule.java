package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.helm.jupyterhub.CloudMetadataValues;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/**
 * User code cannot obtain the node's credentials from the cloud's instance metadata. How that holds
 * differs per cloud (helm/jupyterhub/CloudMetadataValues):
 * <ul>
 *   <li>GKE: every node runs the GKE metadata server (GKE_METADATA), which conceals the node's
 *       credentials and answers with the pod's own Workload Identity: user pods may reach it.</li>
 *   <li>EKS and AKS: the metadata service hands out the node's identity, so no network policy of user
 *       servers or Dask pods admits 169.254.169.254; EKS nodes also answer IMDSv2 only, one hop away.</li>
 * </ul>
 */
final class CloudMetadataRule implements SecurityRule {

    private static final String GKE_METADATA = "GKE_METADATA";

    @Override
    public String id() {
        return "cloud-metadata";
    }

    @Override
    public String invariant() {
        return "user code cannot obtain the node's credentials from the cloud's metadata service";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource cluster : plan.ofType("gcp:container/cluster:Cluster")) {
            if (!GKE_METADATA.equals(cluster.input("/nodeConfig/workloadMetadataConfig/mode").asText())) {
                out.add(PlanIndex.violation(this, cluster, "nodes do not run the GKE metadata server: pods could read "
                        + "the node's credentials", "set nodeConfig.workloadMetadataConfig.mode GKE_METADATA"));
            }
        }
        for (PlanResource pool : plan.ofType("gcp:container/nodePool:NodePool")) {
            if (!GKE_METADATA.equals(pool.input("/nodeConfig/workloadMetadataConfig/mode").asText())) {
                out.add(PlanIndex.violation(this, pool, "nodes do not run the GKE metadata server: pods could read "
                        + "the node's credentials", "set nodeConfig.workloadMetadataConfig.mode GKE_METADATA"));
            }
        }
        if ("gcp".equals(plan.plan().cloud())) {
            return out;
        }
        for (PlanResource release : plan.releases("jupyterhub")) {
            JsonNode values = PlanIndex.values(release);
            JsonNode policy = values.at("/singleuser/networkPolicy");
            if (policy.at("/egressAllowRules/cloudMetadataServer").asBoolean(false)) {
                out.add(PlanIndex.violation(this, release, "user pods' network policy admits the metadata service",
                        "remove singleuser.networkPolicy.egressAllowRules.cloudMetadataServer from the hub's values:"));
            }
            if (!CloudMetadataValues.METADATA_IP.equals(values.at("/singleuser/cloudMetadata/ip").asText())) {
                out.add(PlanIndex.violation(this, release, "singleuser.cloudMetadata.ip is not " + CloudMetadataValues.METADATA_IP
                        + ", so the network policy does not except the metadata service", "remove the override from the hub's values:"));
            }
            if (admitsMetadata(policy.path("egress"))) {
                out.add(PlanIndex.violation(this, release, "an egress rule of user pods admits the metadata service",
                        "remove that rule from singleuser.networkPolicy.egress in the hub's values:"));
            }
        }
        for (PlanResource policy : plan.ofType("kubernetes:networking.k8s.io/v1:NetworkPolicy")) {
            if (admitsMetadata(policy.input("/spec/egress"))) {
                out.add(PlanIndex.violation(this, policy, "its pods may reach the metadata service",
                        "except " + CloudMetadataValues.METADATA_IP + "/32 from its ipBlocks"));
            }
        }
        for (PlanResource template : plan.ofType("aws:ec2/launchTemplate:LaunchTemplate")) {
            if (!"required".equals(template.input("/metadataOptions/httpTokens").asText())
                    || template.input("/metadataOptions/httpPutResponseHopLimit").asInt(2) > 1) {
                out.add(PlanIndex.violation(this, template, "pods can reach the instance metadata (IMDSv1, or more than one hop)",
                        "set metadataOptions httpTokens: required and httpPutResponseHopLimit: 1"));
            }
        }
        return out;
    }

    /** Whether an egress rule list lets traffic reach 169.254.169.254 (an ipBlock holding it, not excepted). */
    static boolean admitsMetadata(JsonNode egress) {
        for (JsonNode rule : egress) {
            if (!rule.has("to") || rule.path("to").isEmpty()) {
                return true;
            }
            for (JsonNode peer : rule.path("to")) {
                JsonNode block = peer.path("ipBlock");
                if (block.isObject() && contains(block.path("cidr").asText(), CloudMetadataValues.METADATA_IP)) {
                    boolean excepted = false;
                    for (JsonNode except : block.path("except")) {
                        excepted |= contains(except.asText(), CloudMetadataValues.METADATA_IP);
                    }
                    if (!excepted) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether an IPv4 CIDR holds the address. */
    static boolean contains(String cidr, String address) {
        String[] parts = cidr.split("/");
        if (parts.length != 2 || parts[0].contains(":")) {
            return false;
        }
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(address) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }
}
