package io.hubfleet.components;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain the cluster's Gateway serves over HTTPS: its own listener and certificate, and the one
 * namespace whose routes may serve it.
 *
 * @param name              what is served (a hub's name, or {@code monitoring})
 * @param domain            the domain
 * @param namespaceSelector labels selecting the namespace allowed to attach routes
 */
public record GatewaySite(String name, String domain, Map<String, String> namespaceSelector) {

    public GatewaySite {
        namespaceSelector = Map.copyOf(namespaceSelector);
    }

    /** A hub's domain: only the hub's namespace (labelled with its name) may route it. */
    public static GatewaySite hub(String hub, String domain) {
        return new GatewaySite(hub, domain, Map.of(Hub.HUB_NAME_LABEL, hub));
    }

    /** A domain served from one namespace, selected by the name label Kubernetes sets on every namespace. */
    public static GatewaySite namespace(String name, String domain, String namespace) {
        return new GatewaySite(name, domain, Map.of("kubernetes.io/metadata.name", namespace));
    }

    /** The HTTPS listener serving the domain. */
    public String listenerName() {
        return "https-" + name;
    }

    /** The Secret the certificate is kept in, next to the Gateway. */
    public String tlsSecretName() {
        return name + "-tls";
    }

    /**
     * The Gateway API listener serving the domain over HTTPS with the site's certificate, taking routes as
     * {@code allowedRoutes} says (the cluster's Gateway: the site's namespace by selector; a hub's own Gateway:
     * its own namespace).
     */
    public Map<String, Object> httpsListener(Map<String, Object> allowedRoutes) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("name", listenerName());
        listener.put("protocol", "HTTPS");
        listener.put("port", 443);
        listener.put("hostname", domain);
        listener.put("tls", Map.of("mode", "Terminate",
                "certificateRefs", List.of(Map.of("kind", "Secret", "name", tlsSecretName()))));
        listener.put("allowedRoutes", allowedRoutes);
        return listener;
    }
}
