package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/**
 * Users cannot mount the NFS server themselves or read other hubs' directories. Two layers: the
 * network (user pods may not reach private addresses, so not the file server; the server exports only
 * to the nodes' addresses or admits only the nodes' security group or subnet), and the mounts (each hub's
 * volume is its own directory of the share, and each user's home a sub-path of it, mounted by the
 * kubelet).
 */
final class HomeIsolationRule implements SecurityRule {

    @Override
    public String id() {
        return "home-isolation";
    }

    @Override
    public String invariant() {
        return "users cannot mount the file server or reach other hubs' directories";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource release : plan.releases("jupyterhub")) {
            JsonNode values = PlanIndex.values(release);
            if (values.at("/singleuser/networkPolicy/egressAllowRules/privateIPs").asBoolean(false)) {
                out.add(PlanIndex.violation(this, release, "user pods may reach private addresses, the file server's too",
                        "remove singleuser.networkPolicy.egressAllowRules.privateIPs from the hub's values:"));
            }
            for (JsonNode rule : values.at("/singleuser/networkPolicy/egress")) {
                for (JsonNode to : rule.path("to")) {
                    // Link-local blocks hold no file server: GKE's metadata server (CloudMetadataValues) lives there.
                    if (to.has("ipBlock") && !linkLocal(to.at("/ipBlock/cidr").asText())) {
                        out.add(PlanIndex.violation(this, release, "user pods' egress admits the address block "
                                + to.at("/ipBlock/cidr").asText(), "admit pods by selector, not by address"));
                    }
                }
            }
            if (!"{username}".equals(values.at("/singleuser/storage/static/subPath").asText())) {
                out.add(PlanIndex.violation(this, release, "users' homes are not each their own sub-path",
                        "keep singleuser.storage.static.subPath: {username}"));
            }
        }
        for (PlanResource volume : plan.ofType("kubernetes:core/v1:PersistentVolume")) {
            if (volume.input("/spec/csi").isObject()) {
                // A hub's disk (on AKS, where hubfleet makes its volume): only its NFS server may claim it.
                plan.hubOf(volume).ifPresent(hub -> {
                    String claimNamespace = volume.input("/spec/claimRef/namespace").asText();
                    if (!claimNamespace.equals(PlanIndex.clusterName(hub) + "-home-nfs")) {
                        out.add(PlanIndex.violation(this, volume, "hub " + PlanIndex.clusterName(hub) + "'s disk may be claimed by "
                                + (claimNamespace.isEmpty() ? "any claim" : "a claim in " + claimNamespace),
                                "bind it ahead to its NFS server's claim (claimRef " + PlanIndex.clusterName(hub) + "-home-nfs/home-nfs)"));
                    }
                });
                continue;
            }
            plan.hubOf(volume).ifPresent(hub -> {
                String path = volume.input("/spec/nfs/path").asText();
                if (!path.endsWith("/" + PlanIndex.clusterName(hub))) {
                    out.add(PlanIndex.violation(this, volume, "hub " + PlanIndex.clusterName(hub) + "'s volume is " + path
                            + ", not the hub's own directory", "mount only <share>/" + PlanIndex.clusterName(hub)));
                }
            });
        }
        for (PlanResource instance : plan.ofType("gcp:filestore/instance:Instance")) {
            for (JsonNode export : instance.input("/fileShares/nfsExportOptions")) {
                for (JsonNode range : export.path("ipRanges")) {
                    if (range.asText().endsWith("/0")) {
                        out.add(PlanIndex.violation(this, instance, "the share is exported to every address",
                                "export to the nodes' subnet only"));
                    }
                }
                if (export.path("ipRanges").isEmpty()) {
                    out.add(PlanIndex.violation(this, instance, "the share's export has no address limit",
                            "export to the nodes' subnet only"));
                }
            }
        }
        for (PlanResource group : plan.ofType("aws:ec2/securityGroup:SecurityGroup")) {
            for (JsonNode rule : group.input("/ingress")) {
                boolean nfs = rule.path("fromPort").asInt() <= 2049 && rule.path("toPort").asInt() >= 2049;
                if (nfs && rule.path("cidrBlocks").size() > 0) {
                    out.add(PlanIndex.violation(this, group, "NFS is open to address ranges " + rule.path("cidrBlocks"),
                            "admit the cluster's security group only"));
                }
            }
        }
        for (PlanResource account : plan.ofType("azure-native:storage:StorageAccount")) {
            if ("FileStorage".equals(account.input("/kind").asText())
                    && !"Deny".equals(account.input("/networkRuleSet/defaultAction").asText())) {
                out.add(PlanIndex.violation(this, account, "the home share's account admits any network",
                        "set networkRuleSet.defaultAction: Deny with the node subnet as the only rule"));
            }
        }
        return out;
    }

    /** Whether the CIDR lies inside 169.254.0.0/16, where no node, pod or file server has an address. */
    static boolean linkLocal(String cidr) {
        String[] parts = cidr.split("/");
        return parts.length == 2 && Integer.parseInt(parts[1]) >= 16 && CloudMetadataRule.contains("169.254.0.0/16", parts[0]);
    }
}
