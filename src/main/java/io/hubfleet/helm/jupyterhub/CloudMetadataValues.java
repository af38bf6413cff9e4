package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.portable.Cloud;

/**
 * How user pods meet the cloud's instance metadata service. The property kept on every cloud: user code
 * cannot obtain the node's credentials. How it is kept differs:
 * <ul>
 *   <li>GKE: the metadata server (GKE_METADATA mode on every pool) conceals the node's credentials and
 *       hands out the pod's Workload Identity token: user pods must reach it at 169.254.169.254:80, and
 *       with Dataplane V2 also at 169.254.169.252:988
 *       (cloud.google.com/kubernetes-engine/docs/how-to/network-policy#network-policy-and-workload-identity).</li>
 *   <li>EKS and AKS: the instance metadata service hands out the node's role, so the network policy
 *       keeps user pods from it (z2jh's non-private rule excepts 169.254.169.254/32); EKS nodes also
 *       answer IMDSv2 only, one hop away. Pods get their own identity from IRSA or Azure Workload
 *       Identity, through public endpoints.</li>
 * </ul>
 * z2jh's iptables init container ({@code cloudMetadata.blockWithIptables}) runs privileged as root in
 * every user pod; the network policy does the same job without it, so it is off everywhere
 * (components/hub/values.yaml).
 */
public final class CloudMetadataValues {

    /** The link-local address of every cloud's instance metadata service. */
    public static final String METADATA_IP = "169.254.169.254";
    /** GKE Dataplane V2's metadata server endpoint for Workload Identity. */
    public static final String GKE_DATAPLANE_V2_METADATA_IP = "169.254.169.252";
    public static final int GKE_DATAPLANE_V2_METADATA_PORT = 988;

    private CloudMetadataValues() {
    }

    static void apply(ObjectNode values, Cloud cloud) {
        ObjectNode networkPolicy = values.withObject("/singleuser/networkPolicy");
        boolean reachable = cloud == Cloud.GCP;
        networkPolicy.withObject("/egressAllowRules").put("cloudMetadataServer", reachable);
        if (reachable) {
            networkPolicy.withArray("/egress").add(gkeDataplaneV2Rule());
        }
    }

    /** Egress to GKE Dataplane V2's metadata endpoint, which z2jh's metadata rule does not cover. */
    public static ObjectNode gkeDataplaneV2Rule() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        rule.putArray("to").addObject().putObject("ipBlock").put("cidr", GKE_DATAPLANE_V2_METADATA_IP + "/32");
        ArrayNode ports = rule.putArray("ports");
        ports.addObject().put("port", GKE_DATAPLANE_V2_METADATA_PORT).put("protocol", "TCP");
        return rule;
    }
}
