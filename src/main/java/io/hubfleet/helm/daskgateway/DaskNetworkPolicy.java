package io.hubfleet.helm.daskgateway;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.helm.jupyterhub.CloudMetadataValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network policy of a gateway's schedulers and workers, which run user code and which the chart
 * leaves unguarded. Labels are the ones dask-gateway's controller puts on them
 * (dask_gateway_server/backends/kubernetes/controller.py, get_labels and make_pod, at 2026.3.0).
 * <ul>
 *   <li>In: from the gateway's own schedulers and workers (a cluster's scheduler and workers talk on
 *       ports they choose); from its Traefik to the scheduler (8786) and dashboard (8787); from its
 *       API server and controller to the scheduler's API (8788).</li>
 *   <li>Out: to the gateway's own schedulers and workers and its API server (8000, heartbeats); DNS in
 *       kube-system; the internet, but no private address. The metadata service as for user servers
 *       ({@link CloudMetadataValues}): reachable on GKE, where it conceals the node's credentials, kept
 *       out on EKS and AKS.</li>
 * </ul>
 * One policy per gateway, not per Dask cluster: NetworkPolicy cannot say "the same cluster label as
 * mine". Clusters of one hub can open connections to each other, and each cluster's TLS credentials
 * (the controller makes a certificate per cluster) are what keeps them apart.
 */
public final class DaskNetworkPolicy {

    static final List<String> PRIVATE_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
    static final List<String> DASK_PODS = List.of("dask-scheduler", "dask-worker");

    private DaskNetworkPolicy() {
    }

    /** The policy's spec for the gateway instance on the cloud. */
    public static Map<String, Object> spec(String instance, Cloud cloud) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("podSelector", pods(instance, DASK_PODS));
        spec.put("policyTypes", List.of("Ingress", "Egress"));
        spec.put("ingress", List.of(
                Map.of("from", List.of(Map.of("podSelector", pods(instance, DASK_PODS)))),
                Map.of("from", List.of(Map.of("podSelector", pods(instance, List.of("traefik")))),
                        "ports", tcp(8786, 8787)),
                Map.of("from", List.of(Map.of("podSelector", pods(instance, List.of("gateway", "controller")))),
                        "ports", tcp(8788))));
        List<Object> egress = new ArrayList<>();
        egress.add(Map.of("to", List.of(Map.of("podSelector", pods(instance, DASK_PODS)))));
        egress.add(Map.of("to", List.of(Map.of("podSelector", pods(instance, List.of("gateway")))), "ports", tcp(8000)));
        egress.add(Map.of("to", List.of(Map.of("namespaceSelector",
                        Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "kube-system")))),
                "ports", List.of(Map.of("port", 53, "protocol", "UDP"), Map.of("port", 53, "protocol", "TCP"))));
        List<String> except = new ArrayList<>(PRIVATE_RANGES);
        if (cloud != Cloud.GCP) {
            except.add(CloudMetadataValues.METADATA_IP + "/32");
        }
        egress.add(Map.of("to", List.of(Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0", "except", except)))));
        if (cloud == Cloud.GCP) {
            egress.add(Map.of("to", List.of(Map.of("ipBlock",
                            Map.of("cidr", CloudMetadataValues.GKE_DATAPLANE_V2_METADATA_IP + "/32"))),
                    "ports", tcp(CloudMetadataValues.GKE_DATAPLANE_V2_METADATA_PORT)));
        }
        spec.put("egress", egress);
        return spec;
    }

    private static Map<String, Object> pods(String instance, List<String> components) {
        return Map.of("matchLabels", Map.of("gateway.dask.org/instance", instance),
                "matchExpressions", List.of(Map.of("key", "app.kubernetes.io/component", "operator", "In",
                        "values", components)));
    }

    private static List<Object> tcp(int... ports) {
        List<Object> list = new ArrayList<>();
        for (int port : ports) {
            list.add(Map.of("port", port, "protocol", "TCP"));
        }
        return list;
    }
}
