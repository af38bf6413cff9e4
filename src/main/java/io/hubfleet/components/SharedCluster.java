package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import com.pulumi.resources.StackReference;
import com.pulumi.resources.StackReferenceArgs;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.kubernetes.KubernetesObject;

import javax.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * A cluster another stack makes and shares, as hub-only stacks attach to it: its {@code hubHost} and
 * {@code kubeconfig} outputs read through a StackReference, providers for its account and cluster,
 * and for each hub a Gateway of its own in the hub's namespace. The cluster's Envoy merges every
 * Gateway of its class, so all hubs share its one address.
 *
 * <p>Removal policy: holds no data; its hubs' data is kept as in any stack (docs/data-safety.md).
 */
public final class SharedCluster extends ComponentResource implements HubSite {

    public static final String TYPE = "hubfleet:index:SharedCluster";

    private final Cloud cloud;
    private final CloudPlatform platform;
    private final HubHostContract host;
    private final HubHostHandle facts;
    private final ProviderResource accountProvider;
    private final Provider kubernetesProvider;
    private final List<UserPool> userPools;

    public SharedCluster(String name, SharedClusterArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.cloud = args.cloud();
        this.platform = CloudPlatforms.of(cloud);
        StackReference reference = new StackReference(name + "-cluster", StackReferenceArgs.builder()
                .name(args.clusterStack()).build(), CustomResourceOptions.builder().parent(this).build());
        this.host = HubHostContract.fromOutput(read(reference, args.clusterStack())).orElseThrow(() ->
                new IllegalStateException("the stack " + args.clusterStack() + " exports no hubHost: it must be a "
                        + "hubfleet cluster stack with hubfleet:ingress, deployed with this version of hubfleet"));
        if (!host.cloud().equals(args.cloud().configName())) {
            throw new IllegalStateException("the stack " + args.clusterStack() + " is on " + host.cloud()
                    + ", but hubfleet:cloud says " + args.cloud().configName());
        }
        this.facts = platform.importHubHost(host.facts());
        this.accountProvider = facts.attachAccount(this, name + "-account", args.stack());
        @SuppressWarnings("unchecked")
        Output<String> kubeconfig = (Output<String>) reference.requireOutput("kubeconfig");
        this.kubernetesProvider = new Provider(name + "-kubernetes", ProviderArgs.builder()
                .kubeconfig(kubeconfig.asSecret())
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.userPools = host.userPools(args.cloud());
        registerOutputs(Map.of(
                "clusterStack", Output.of(args.clusterStack()),
                "ingressAddresses", Output.of(host.ingressAddresses())));
    }

    private static Map<String, Object> read(StackReference reference, String clusterStack) {
        try {
            Object value = reference.getValueAsync(HubHostContract.OUTPUT).join();
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> hubHost = (Map<String, Object>) map;
                return hubHost;
            }
            return Map.of();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot read the outputs of " + clusterStack + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }

    /** What the cluster stack exported for its hub-only stacks. */
    public HubHostContract hubHost() {
        return host;
    }

    /** The cluster's ingress addresses, for the hubs' DNS records. */
    public Output<List<String>> ingressAddresses() {
        return Output.of(host.ingressAddresses());
    }

    @Override
    public Cloud cloud() {
        return cloud;
    }

    @Override
    public CloudPlatform platform() {
        return platform;
    }

    @Override
    public ProviderResource accountProvider() {
        return accountProvider;
    }

    @Override
    public ProviderResource kubernetesProvider() {
        return kubernetesProvider;
    }

    @Override
    public HubHostHandle facts() {
        return facts;
    }

    @Override
    public HubHomes homes() {
        return host.homes(cloud);
    }

    @Override
    public List<UserPool> userPools() {
        return userPools;
    }

    @Override
    public String systemNamespace() {
        return host.systemNamespace();
    }

    @Override
    public Optional<HubValuesInput.MetricsScraper> metricsScraper() {
        return host.metricsScraper();
    }

    /**
     * The hub's own Gateway in its namespace: an HTTP listener for ACME challenges and the redirect, an
     * HTTPS listener with its certificate, both taking routes from the hub's namespace only. The
     * certificate comes from an issuer of the hub's own, in its namespace, under the cluster's ACME
     * account: the cluster's issuer would attach the challenge route (made in this namespace, next to
     * the Gateway) to the cluster Gateway's listener, which admits no route from here, while requests
     * for the hub's domain on port 80 reach this Gateway's more specific listener
     * (docs/shared-clusters.md#certificates).
     */
    @Override
    public GatewayListener attach(Hub hub, String name, HubConfig config, Resource namespace) {
        String gatewayName = "hubfleet-" + config.name();
        String issuerName = "hubfleet-" + config.name();
        GatewaySite site = GatewaySite.namespace(config.name(), config.domain(), config.name());
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().parent(hub).provider(kubernetesProvider)
                .dependsOn(namespace).build();
        KubernetesObject issuer = new KubernetesObject(name + "-issuer", KubernetesObject.Args.of(
                "cert-manager.io/v1", "Issuer",
                Map.of("name", issuerName, "namespace", config.name()),
                host.requireAcme().issuerSpec(issuerName + "-account", gatewayName, config.name(), IngressGateway.HTTP_LISTENER)),
                inNamespace);
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("name", IngressGateway.HTTP_LISTENER);
        http.put("protocol", "HTTP");
        http.put("port", 80);
        http.put("hostname", config.domain());
        http.put("allowedRoutes", Map.of("namespaces", Map.of("from", "Same")));
        Map<String, Object> https = site.httpsListener(Map.of("namespaces", Map.of("from", "Same")));
        KubernetesObject gateway = new KubernetesObject(name + "-gateway", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "Gateway",
                Map.of("name", gatewayName, "namespace", config.name(),
                        "annotations", Map.of("cert-manager.io/issuer", issuerName)),
                Map.of("gatewayClassName", host.gatewayClass(), "listeners", List.of(http, https))),
                CustomResourceOptions.builder().parent(hub).provider(kubernetesProvider)
                        .dependsOn(List.of(namespace, issuer)).build());
        // The redirect is a prefix match: the challenge route's exact path takes precedence over it
        // (Gateway API HTTPRoute matching precedence).
        new KubernetesObject(name + "-https-redirect", KubernetesObject.Args.of(
                "gateway.networking.k8s.io/v1", "HTTPRoute",
                Map.of("name", "https-redirect", "namespace", config.name()),
                Map.of("parentRefs", List.of(Map.of("name", gatewayName, "sectionName", IngressGateway.HTTP_LISTENER)),
                        "rules", List.of(Map.of("filters", List.of(Map.of("type", "RequestRedirect",
                                "requestRedirect", Map.of("scheme", "https", "statusCode", 301))))))),
                CustomResourceOptions.builder().parent(hub).provider(kubernetesProvider).dependsOn(gateway).build());
        return new GatewayListener(gatewayName, config.name(), site.listenerName());
    }

    @Override
    public List<Resource> readiness() {
        return List.of();
    }
}
