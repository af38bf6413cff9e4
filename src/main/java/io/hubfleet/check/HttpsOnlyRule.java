package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/**
 * Every public endpoint is HTTPS: the Gateway is the only public entry, its HTTP listener only redirects
 * (and answers ACME challenges), every other listener terminates TLS; no chart exposes a Service of its own.
 */
final class HttpsOnlyRule implements SecurityRule {

    /** Charts and the value that exposes their Service publicly when set to LoadBalancer or NodePort. */
    private static final List<String[]> SERVICES = List.of(
            new String[]{"jupyterhub", "/proxy/service/type"},
            new String[]{"dask-gateway", "/traefik/service/type"},
            new String[]{"grafana", "/service/type"},
            new String[]{"prometheus", "/server/service/type"});

    @Override
    public String id() {
        return "https-only";
    }

    @Override
    public String invariant() {
        return "every public endpoint is HTTPS (the Gateway's; plain HTTP only redirects)";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource gateway : plan.ofType("kubernetes:gateway.networking.k8s.io/v1:Gateway")) {
            for (JsonNode listener : gateway.input("/spec/listeners")) {
                String name = listener.path("name").asText();
                String protocol = listener.path("protocol").asText();
                if (protocol.equals("HTTPS")) {
                    if (!"Terminate".equals(listener.at("/tls/mode").asText()) || listener.at("/tls/certificateRefs").isEmpty()) {
                        out.add(PlanIndex.violation(this, gateway, "listener " + name + " has no certificate",
                                "terminate TLS with a certificate from cert-manager"));
                    }
                } else if (!(protocol.equals("HTTP") && "Same".equals(listener.at("/allowedRoutes/namespaces/from").asText()))) {
                    out.add(PlanIndex.violation(this, gateway, "listener " + name + " serves " + protocol
                            + " to routes of other namespaces", "serve hubs over HTTPS listeners only"));
                }
            }
        }
        boolean redirect = plan.ofType("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").stream()
                .anyMatch(route -> route.input("/spec/rules").toString().contains("\"scheme\":\"https\""));
        if (!plan.ofType("kubernetes:gateway.networking.k8s.io/v1:Gateway").isEmpty() && !redirect) {
            PlanResource gateway = plan.ofType("kubernetes:gateway.networking.k8s.io/v1:Gateway").get(0);
            out.add(PlanIndex.violation(this, gateway, "plain HTTP is not redirected to HTTPS",
                    "keep the https-redirect HTTPRoute"));
        }
        for (String[] service : SERVICES) {
            for (PlanResource release : plan.releases(service[0])) {
                String type = PlanIndex.values(release).at(service[1]).asText("ClusterIP");
                if (type.equals("LoadBalancer") || type.equals("NodePort")) {
                    out.add(PlanIndex.violation(this, release, service[1].substring(1).replace('/', '.') + " is " + type
                            + ": a public endpoint beside the Gateway, without its TLS", "keep the Service ClusterIP; "
                            + "it is reached through the Gateway"));
                }
            }
        }
        for (PlanResource release : plan.releases("jupyterhub")) {
            JsonNode values = PlanIndex.values(release);
            if (values.at("/ingress/enabled").asBoolean(false) && values.at("/ingress/tls").isEmpty()) {
                out.add(PlanIndex.violation(this, release, "an Ingress without TLS", "remove ingress from the hub's values:"));
            }
        }
        return out;
    }
}
