package io.hubfleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.machines.Allocatable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hubs on the cluster of their own stack: its providers, its home storage, its Gateway (one HTTPS
 * listener per hub, which {@link Support} already has).
 *
 * @param cluster     the cluster (required)
 * @param homes       where its hubs' homes live (required)
 * @param support     its shared services (required)
 * @param pools       its user pools
 */
public record LocalHubSite(Cluster cluster, HubHomes homes, Support support, List<NodePool> pools)
        implements HubSite {

    public LocalHubSite {
        Objects.requireNonNull(cluster, "LocalHubSite.cluster is required");
        Objects.requireNonNull(homes, "LocalHubSite.homes is required");
        Objects.requireNonNull(support, "LocalHubSite.support is required");
        pools = List.copyOf(pools);
        if (pools.stream().anyMatch(p -> p.spec().role() != NodeRole.USER)) {
            throw new IllegalArgumentException("LocalHubSite.pools takes pools of role USER only");
        }
    }

    @Override
    public CloudPlatform platform() {
        return cluster.account().platform();
    }

    @Override
    public ProviderResource accountProvider() {
        return cluster.account().provider();
    }

    @Override
    public ProviderResource kubernetesProvider() {
        return cluster.kubernetesProvider();
    }

    @Override
    public HubHostHandle facts() {
        return cluster.provisioned().hubHost(cluster);
    }

    @Override
    public HubHomes homes() {
        return homes;
    }

    @Override
    public List<UserPool> userPools() {
        return pools.stream().map(pool -> {
            NodePoolSpec spec = pool.spec();
            return new UserPool(spec.poolName(), spec.machine().type().name(),
                    Allocatable.of(cluster.account().cloud(), spec.machine().type()), spec.machine().gpu(),
                    spec.scheduling().poolSelector());
        }).toList();
    }

    @Override
    public String systemNamespace() {
        return support.systemNamespace();
    }

    @Override
    public Optional<HubValuesInput.MetricsScraper> metricsScraper() {
        return support.metricsScraper();
    }

    @Override
    public GatewayListener attach(Hub hub, String name, HubConfig config, Resource namespace) {
        return support.listenerFor(config.name());
    }

    @Override
    public List<Resource> readiness() {
        return List.of(support);
    }

    /**
     * What hub-only stacks on this cluster need, as the stack output {@code hubHost}
     * (docs/shared-clusters.md): plain values, no secret (the kubeconfig is its own secret output).
     */
    public Output<Map<String, Object>> export() {
        Output<String> sharedServer = homes instanceof HubHomes.Shared shared ? shared.share().server() : Output.of("");
        return Output.tuple(facts().export(), sharedServer, support.ingressAddresses()).applyValue(t -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("formatVersion", 1);
            out.put("cloud", cluster.account().cloud().configName());
            out.put("facts", t.t1);
            if (homes instanceof HubHomes.Shared shared) {
                out.put("homeShare", Map.of("server", t.t2, "exportRoot", shared.share().exportRoot(),
                        "mountOptions", shared.share().mountOptions()));
            }
            out.put("homeStorage", HubHostExport.homeStorage(homes));
            List<Map<String, Object>> userPools = new ArrayList<>();
            for (UserPool pool : userPools()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", pool.name());
                p.put("machineType", pool.machineType());
                p.put("gpuType", pool.hasGpu() ? pool.gpu().type() : "");
                p.put("gpuCount", pool.hasGpu() ? pool.gpu().count() : 0);
                p.put("nodeSelector", new TreeMap<>(pool.nodeSelector()));
                userPools.add(p);
            }
            out.put("userPools", userPools);
            out.put("systemNamespace", support.systemNamespace());
            out.put("gatewayClass", Support.GATEWAY_CLASS);
            out.put("clusterIssuer", Support.CLUSTER_ISSUER);
            out.put("acme", support.acme().export());
            out.put("metricsScraper", support.metricsScraper().map(m -> (Object) Map.of(
                    "namespace", m.namespace(), "podLabels", new TreeMap<>(m.podLabels()))).orElse(""));
            out.put("ingressAddresses", t.t3);
            return out;
        });
    }
}
