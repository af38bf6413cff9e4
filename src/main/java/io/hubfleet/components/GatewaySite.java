package io.hubfleet.components;

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
}
