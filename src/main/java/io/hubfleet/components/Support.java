package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmRelease;
import io.hubfleet.kubernetes.KubernetesObject;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's shared services: HTTPS for every hub through one Gateway API Gateway (Envoy Gateway)
 * with certificates from Let's Encrypt (cert-manager, HTTP-01 through the Gateway), plain HTTP
 * redirected to HTTPS, and what the cloud's managed Kubernetes lacks (the cluster autoscaler on EKS).
 * Each hub has its own HTTPS listener, which only the hub's namespace can attach routes to.
 */
public final class Support extends ComponentResource {

    public static final String TYPE = "hubfleet:index:Support";
    public static final String SYSTEM_NAMESPACE = "hubfleet-system";
    public static final String GATEWAY = "hubfleet";
    public static final String GATEWAY_CLASS = "hubfleet";
    public static final String CLUSTER_ISSUER = "letsencrypt";
    public static final String HTTP_LISTENER = "http";

    static final String LETS_ENCRYPT_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory";
    static final String LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

    private static final HelmChart CERT_MANAGER = HelmChart.load("support/cert-manager");
    private static final HelmChart ENVOY_GATEWAY = HelmChart.load("support/envoy-gateway");
    private static final HelmChart GPU_DEVICE_PLUGIN = HelmChart.load("support/nvidia-device-plugin");

    private final List<SupportArgs.HubDomain> hubs;

    public Support(String name, SupportArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.hubs = args.hubs();
        Cluster cluster = args.cluster();
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
                envoyProxySpec(cluster.account().platform().support().loadBalancerAnnotations())), afterCharts);
        KubernetesObject gatewayClass = new KubernetesObject(name + "-gateway-class", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "GatewayClass",
                Map.of("name", GATEWAY_CLASS),
                Map.of("controllerName", "gateway.envoyproxy.io/gatewayclass-controller",
                        "parametersRef", Map.of("group", "gateway.envoyproxy.io", "kind", "EnvoyProxy",
                                "name", GATEWAY, "namespace", SYSTEM_NAMESPACE))),
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetesProvider())
                        .dependsOn(List.of(proxy, envoyGateway)).build());
        KubernetesObject issuer = new KubernetesObject(name + "-cluster-issuer", KubernetesObject.Args.of(
                "cert-manager.io/v1", "ClusterIssuer",
                Map.of("name", CLUSTER_ISSUER),
                Map.of("acme", Map.of(
                        "email", args.ingress().letsEncryptEmail(),
                        "server", args.ingress().staging() ? LETS_ENCRYPT_STAGING : LETS_ENCRYPT_PRODUCTION,
                        "privateKeySecretRef", Map.of("name", CLUSTER_ISSUER + "-account"),
                        "solvers", List.of(Map.of("http01", Map.of("gatewayHTTPRoute", Map.of("parentRefs",
                                List.of(Map.of("name", GATEWAY, "namespace", SYSTEM_NAMESPACE, "kind", "Gateway",
                                        "sectionName", HTTP_LISTENER))))))))),
                afterCharts);
        KubernetesObject gateway = new KubernetesObject(name + "-gateway", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "Gateway",
                metadata(GATEWAY, SYSTEM_NAMESPACE, Map.of("cert-manager.io/cluster-issuer", CLUSTER_ISSUER)),
                Map.of("gatewayClassName", GATEWAY_CLASS, "listeners", listeners(hubs))),
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

        if (args.gpus() && cluster.account().platform().support().needsGpuDevicePlugin()) {
            release(name + "-nvidia-device-plugin", "nvidia-device-plugin", "kube-system", GPU_DEVICE_PLUGIN, inCluster);
        }
        cluster.account().platform().support().addClusterServices(this, name, cluster, inCluster);
        registerOutputs(Map.of("gateway", Output.of(SYSTEM_NAMESPACE + "/" + GATEWAY)));
    }

    /** The listener serving a hub's domain. */
    public GatewayListener listenerFor(String hub) {
        if (hubs.stream().noneMatch(h -> h.hub().equals(hub))) {
            throw new IllegalArgumentException("the Gateway has no listener for hub " + hub
                    + "; pass it in SupportArgs.hubs");
        }
        return new GatewayListener(GATEWAY, SYSTEM_NAMESPACE, httpsListener(hub));
    }

    /** The namespace of cluster-wide jobs and the Gateway. */
    public String systemNamespace() {
        return SYSTEM_NAMESPACE;
    }

    static String httpsListener(String hub) {
        return "https-" + hub;
    }

    static List<Map<String, Object>> listeners(List<SupportArgs.HubDomain> hubs) {
        List<Map<String, Object>> listeners = new ArrayList<>();
        // Plain HTTP: ACME challenges (routes in the system namespace) and the redirect to HTTPS.
        listeners.add(Map.of("name", HTTP_LISTENER, "protocol", "HTTP", "port", 80,
                "allowedRoutes", Map.of("namespaces", Map.of("from", "Same"))));
        for (SupportArgs.HubDomain hub : hubs) {
            Map<String, Object> listener = new LinkedHashMap<>();
            listener.put("name", httpsListener(hub.hub()));
            listener.put("protocol", "HTTPS");
            listener.put("port", 443);
            listener.put("hostname", hub.domain());
            listener.put("tls", Map.of("mode", "Terminate",
                    "certificateRefs", List.of(Map.of("kind", "Secret", "name", hub.hub() + "-tls"))));
            // Only the hub's own namespace may route this domain.
            listener.put("allowedRoutes", Map.of("namespaces", Map.of("from", "Selector",
                    "selector", Map.of("matchLabels", Map.of("hubfleet.io/hub-name", hub.hub())))));
            listeners.add(listener);
        }
        return listeners;
    }

    private static Map<String, Object> envoyProxySpec(Map<String, String> serviceAnnotations) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("type", "LoadBalancer");
        // Keeps clients' addresses (for the hub's logs) and skips a second hop between nodes.
        service.put("externalTrafficPolicy", "Local");
        if (!serviceAnnotations.isEmpty()) {
            service.put("annotations", serviceAnnotations);
        }
        return Map.of("provider", Map.of("type", "Kubernetes", "kubernetes", Map.of(
                "envoyService", service,
                "envoyDeployment", Map.of("replicas", 2, "pod", Map.of(
                        "nodeSelector", Map.of("hub.jupyter.org/node-purpose", "core"))))));
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
