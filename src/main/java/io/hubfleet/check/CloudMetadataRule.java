package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/**
 * User pods cannot reach the cloud's instance metadata (the node's credentials): blocked by z2jh's
 * iptables rule and network policy, by GKE's metadata server, and on EKS by IMDSv2 with one hop.
 */
final class CloudMetadataRule implements SecurityRule {

    @Override
    public String id() {
        return "cloud-metadata";
    }

    @Override
    public String invariant() {
        return "user pods cannot reach the cloud's instance metadata";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource release : plan.releases("jupyterhub")) {
            JsonNode values = PlanIndex.values(release);
            if (!values.at("/singleuser/cloudMetadata/blockWithIptables").asBoolean(false)) {
                out.add(PlanIndex.violation(this, release, "singleuser.cloudMetadata.blockWithIptables is not true",
                        "remove the override from the hub's values:"));
            }
            if (values.at("/singleuser/networkPolicy/egressAllowRules/cloudMetadataServer").asBoolean(false)) {
                out.add(PlanIndex.violation(this, release, "user pods' network policy admits the metadata server",
                        "remove singleuser.networkPolicy.egressAllowRules.cloudMetadataServer from the hub's values:"));
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
}
