package io.hubfleet.components;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.cloud.NodePoolSpec;
import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.machines.Allocatable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    public Cloud cloud() {
        return cluster.account().cloud();
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
        return cluster.provisioned().hubHost();
    }

    @Override
    public HubHomes homes() {
        return homes;
    }

    @Override
    public List<UserPool> userPools() {
        return pools.stream().map(pool -> {
            NodePoolSpec spec = pool.spec();
            return new UserPool(spec.poolName(), pool.machine().type().name(),
                    Allocatable.of(cluster.account().cloud(), pool.machine().type()), pool.machine().gpu(),
                    spec.scheduling().poolSelector(), !spec.spot() && spec.minNodes() >= 1);
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
     * What hub-only stacks on this cluster need, as the stack output {@code hubHost} ({@link HubHostContract})
     * (docs/shared-clusters.md): plain values, no secret (the kubeconfig is its own secret output).
     */
    public Output<Map<String, Object>> export() {
        Output<String> sharedServer = homes instanceof HubHomes.Shared shared ? shared.share().server() : Output.of("");
        return Output.tuple(facts().export(), sharedServer, support.ingressAddresses()).applyValue(t ->
                HubHostContract.of(cluster.account().cloud(), t.t1, homes, t.t2, userPools(), support.systemNamespace(),
                        support.acme(), support.metricsScraper(), t.t3).toOutput());
    }
}
