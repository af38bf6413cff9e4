package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a hub needs for its Dask Gateway: the gateway as a hub service (whose API token z2jh generates
 * into the hub's Secret, where the dask-gateway chart reads it), the scope to use it for users and
 * their servers, the client settings in user pods, and the network path from user pods to the
 * gateway's proxy.
 */
final class DaskClientValues {

    private DaskClientValues() {
    }

    static void apply(ObjectNode values, HubValuesInput.DaskGatewayRef dask) {
        String service = dask.serviceName();
        String access = "access:services!service=" + service;
        ObjectNode hub = values.withObject("/hub");
        hub.withObject("/services").putObject(service).put("display", false).put("url", dask.proxyUrl());
        ObjectNode roles = hub.withObject("/loadRoles");
        roles.putObject("user").putArray("scopes").add("self").add(access);
        // Kernels authenticate with their server's token, so the server role needs the scope too.
        roles.putObject("server").putArray("scopes").add("users:activity!user").add("access:servers!server").add(access);

        ObjectNode singleuser = values.withObject("/singleuser");
        singleuser.withObject("/extraLabels").put("hub.jupyter.org/network-access-proxy-http", "true");
        ObjectNode env = singleuser.withObject("/extraEnv");
        env.put("DASK_GATEWAY__ADDRESS", "http://proxy-public/services/" + service);
        env.put("DASK_GATEWAY__PROXY_ADDRESS", dask.proxyAddress());
        env.put("DASK_GATEWAY__PUBLIC_ADDRESS", "/services/" + service + "/");
        env.put("DASK_GATEWAY__AUTH__TYPE", "jupyterhub");
        // KubeSpawner formats {{...}} to {...}: clusters default to the user's own image.
        env.put("DASK_GATEWAY__CLUSTER__OPTIONS__IMAGE", "{{JUPYTER_IMAGE_SPEC}}");
        // User pods may not reach private addresses; the gateway's proxy is the exception.
        singleuser.withObject("/networkPolicy").withArray("/egress").add(toTraefik(dask));
        // The hub's proxy routes /services/dask-gateway to Traefik. z2jh's own rule for that is an ipBlock
        // on private ranges, which Cilium (GKE Dataplane V2, AKS) does not apply to pod addresses
        // (docs.cilium.io, "ipBlock ... does not select pods"): name the pods instead.
        values.withObject("/proxy/chp/networkPolicy").withArray("/egress").add(toTraefik(dask));
    }

    /** An egress rule to this hub's Dask Gateway Traefik pods (and no other gateway's), on its web port. */
    static ObjectNode toTraefik(HubValuesInput.DaskGatewayRef dask) {
        ObjectNode rule = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        rule.putArray("to").addObject().putObject("podSelector").putObject("matchLabels")
                .put("app.kubernetes.io/component", "traefik")
                .put("gateway.dask.org/instance", dask.instance());
        rule.putArray("ports").addObject().put("port", 8000).put("protocol", "TCP");
        return rule;
    }
}
