package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import io.hubfleet.cloud.IngressAddress;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.kubernetes.KubernetesObject;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's gateway and TLS: HTTPS for every served domain through one Gateway API Gateway (Envoy
 * Gateway) on a reserved public address, with certificates from Let's Encrypt (cert-manager, HTTP-01
 * through the Gateway), plain HTTP redirected to HTTPS. Each domain has its own HTTPS listener, which
 * only its own namespace can attach routes to.
 */
public final class IngressGateway extends ComponentResource {

    public static final String TYPE = "hubfleet:index:IngressGateway";
    public static final String SYSTEM_NAMESPACE = "hubfleet-system";
    public static final String GATEWAY = "hubfleet";
    public static final String GATEWAY_CLASS = "hubfleet";
    public static final String CLUSTER_ISSUER = "letsencrypt";
    public static final String HTTP_LISTENER = "http";

    static final String LETS_ENCRYPT_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory";
    static final String LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

    private static final HelmChart CERT_MANAGER = HelmChart.load("support/cert-manager");
    private static final HelmChart ENVOY_GATEWAY = HelmChart.load("support/envoy-gateway");

    private final List<GatewaySite> sites;
    private final IngressAddress address;
    private final AcmeAccount acme;
    private final List<Resource> routesReady;

    public IngressGateway(String name, IngressGatewayArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        Cluster cluster = args.cluster();
        this.sites = args.sites();
        this.address = cluster.provisioned().ingressAddress(this, name);
        CustomResourceOptions inCluster = CustomResourceOptions.builder().parent(this)
                .provider(cluster.kubernetesProvider()).build();

        Namespace system = new Namespace(name + "-system", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SYSTEM_NAMESPACE).build()).build(), inCluster);
        Release envoyGateway = release(name + "-envoy-gateway", "envoy-gateway", "envoy-gateway-system",
                ENVOY_GATEWAY, inCluster);
        // cert-manager watches Gateways only if their CRDs (from Envoy Gateway's chart) exist when it starts.
        Release certManager = release(name + "-cert-manager", "cert-manager", "cert-manager", CERT_MANAGER,
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetesProvider())
                        .dependsOn(envoyGateway).build());
        CustomResourceOptions afterCharts = CustomResourceOptions.builder().parent(this)
                .provider(cluster.kubernetesProvider())
                .dependsOn(List.of(system, certManager, envoyGateway)).build();

        KubernetesObject proxy = new KubernetesObject(name + "-envoy-proxy", KubernetesObject.Args.of(
                "gateway.envoyproxy.io/v1alpha1", "EnvoyProxy",
                metadata(GATEWAY, SYSTEM_NAMESPACE, Map.of()),
                envoyProxySpec(address)), afterCharts);
        KubernetesObject gatewayClass = new KubernetesObject(name + "-gateway-class", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "GatewayClass",
                Map.of("name", GATEWAY_CLASS),
                Map.of("controllerName", "gateway.envoyproxy.io/gatewayclass-controller",
                        "parametersRef", Map.of("group", "gateway.envoyproxy.io", "kind", "EnvoyProxy",
                                "name", GATEWAY, "namespace", SYSTEM_NAMESPACE))),
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetesProvider())
                        .dependsOn(List.of(proxy, envoyGateway)).build());
        this.acme = new AcmeAccount(args.ingress().letsEncryptEmail(),
                args.ingress().staging() ? LETS_ENCRYPT_STAGING : LETS_ENCRYPT_PRODUCTION);
        KubernetesObject issuer = new KubernetesObject(name + "-cluster-issuer", KubernetesObject.Args.of(
                "cert-manager.io/v1", "ClusterIssuer",
                Map.of("name", CLUSTER_ISSUER),
                acme.issuerSpec(CLUSTER_ISSUER + "-account", GATEWAY, SYSTEM_NAMESPACE, HTTP_LISTENER)),
                afterCharts);
        KubernetesObject gateway = new KubernetesObject(name + "-gateway", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "Gateway",
                metadata(GATEWAY, SYSTEM_NAMESPACE, Map.of("cert-manager.io/cluster-issuer", CLUSTER_ISSUER)),
                Map.of("gatewayClassName", GATEWAY_CLASS, "listeners", listeners(sites))),
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetesProvider())
                        .dependsOn(List.of(gatewayClass, issuer)).build());
        new KubernetesObject(name + "-https-redirect", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "HTTPRoute",
                metadata("https-redirect", SYSTEM_NAMESPACE, Map.of()),
                Map.of("parentRefs", List.of(Map.of("name", GATEWAY, "sectionName", HTTP_LISTENER)),
                        "rules", List.of(Map.of("filters", List.of(Map.of("type", "RequestRedirect",
                                "requestRedirect", Map.of("scheme", "https", "statusCode", 301))))))),
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetesProvider())
                        .dependsOn(gateway).build());
        this.routesReady = List.of(envoyGateway, gateway);
        registerOutputs(Map.of(
                "gateway", Output.of(SYSTEM_NAMESPACE + "/" + GATEWAY),
                "ingressAddresses", address.addresses()));
    }

    /** The listener serving a site's domain (a hub's name, or monitoring). */
    public GatewayListener listenerFor(String site) {
        GatewaySite served = sites.stream().filter(s -> s.name().equals(site)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the Gateway has no listener for " + site
                        + "; pass it in SupportArgs.hubs"));
        return new GatewayListener(GATEWAY, SYSTEM_NAMESPACE, served.listenerName());
    }

    /** The reserved public address, and how the load balancer's Service takes it. */
    public IngressAddress address() {
        return address;
    }

    /** The ACME account the cluster's issuer uses; hub-only stacks' issuers use the same. */
    public AcmeAccount acme() {
        return acme;
    }

    /** What a route to the Gateway needs first: the Gateway API CRDs (Envoy Gateway's release) and the Gateway. */
    public List<Resource> routesReady() {
        return routesReady;
    }

    /** The installed chart that ships CRDs in crds/ (Helm never upgrades those), by component. */
    public Map<String, HelmChart> crdCharts() {
        return Map.of("envoy-gateway", ENVOY_GATEWAY);
    }

    static List<Map<String, Object>> listeners(List<GatewaySite> sites) {
        List<Map<String, Object>> listeners = new ArrayList<>();
        // Plain HTTP: ACME challenges (routes in the system namespace) and the redirect to HTTPS.
        listeners.add(Map.of("name", HTTP_LISTENER, "protocol", "HTTP", "port", 80,
                "allowedRoutes", Map.of("namespaces", Map.of("from", "Same"))));
        for (GatewaySite site : sites) {
            // Only the site's own namespace may route this domain.
            listeners.add(site.httpsListener(Map.of("namespaces", Map.of("from", "Selector",
                    "selector", Map.of("matchLabels", site.namespaceSelector())))));
        }
        return listeners;
    }

    private static Output<Map<String, Object>> envoyProxySpec(IngressAddress address) {
        Output<String> loadBalancerIP = address.loadBalancerIP().orElse(Output.of(""));
        return Output.tuple(address.serviceAnnotations(), loadBalancerIP).applyValue(t -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("type", "LoadBalancer");
            // Keeps clients' addresses (for the hub's logs) and skips a second hop between nodes.
            service.put("externalTrafficPolicy", "Local");
            if (!t.t1.isEmpty()) {
                service.put("annotations", new java.util.TreeMap<>(t.t1));
            }
            if (!t.t2.isEmpty()) {
                service.put("loadBalancerIP", t.t2);
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            // Gateways of hub-only stacks (one per hub, in its namespace) share this Envoy and its address.
            spec.put("mergeGateways", true);
            spec.put("provider", Map.of("type", "Kubernetes", "kubernetes", Map.of(
                    "envoyService", service,
                    "envoyDeployment", Map.of("replicas", 2, "pod", Map.of(
                            "nodeSelector", Map.of("hub.jupyter.org/node-purpose", "core"))))));
            return spec;
        });
    }

    private static Map<String, Object> metadata(String objectName, String namespace, Map<String, String> annotations) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", objectName);
        metadata.put("namespace", namespace);
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        return metadata;
    }

    private static Release release(String resourceName, String releaseName, String namespace, HelmChart chart,
                                   CustomResourceOptions options) {
        return HelmRelease.create(resourceName, releaseName, namespace, true, chart, Output.of(chart.baselineCopy()),
                900, options);
    }
}
