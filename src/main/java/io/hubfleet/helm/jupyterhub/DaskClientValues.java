package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
        ArrayNode egress = singleuser.withObject("/networkPolicy").withArray("/egress");
        egress.addObject().putArray("to").addObject().putObject("podSelector").putObject("matchLabels")
                .put("app.kubernetes.io/component", "traefik");
    }
}
