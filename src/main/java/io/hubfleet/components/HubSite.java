package io.hubfleet.components;

import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.HubHostHandle;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.helm.jupyterhub.HubValuesInput;
import io.hubfleet.helm.jupyterhub.UserPool;

import java.util.List;
import java.util.Optional;

/**
 * Where a hub lives, as the hub needs it: the cluster of its own stack ({@link LocalHubSite}), or a
 * shared cluster of another stack ({@link SharedCluster}). Everything a {@link Hub} makes goes through
 * these providers, onto this storage, behind this ingress.
 */
public interface HubSite {

    /** The cluster's cloud ({@code hubfleet:cloud}). */
    Cloud cloud();

    CloudPlatform platform();

    /** The provider scoped to the cluster's account: the hub's identity and buckets are made with it. */
    ProviderResource accountProvider();

    /** The cluster's Kubernetes provider. */
    ProviderResource kubernetesProvider();

    /** The cluster as its cloud's hub resources need it; it builds hub identities and home disks. */
    HubHostHandle facts();

    /** Where the hubs' home directories live: a shared file service, or a disk per hub. */
    HubHomes homes();

    /** The cluster's user pools, for generated profiles and declared ones' placement. */
    List<UserPool> userPools();

    /** The namespace of cluster-wide jobs (a hub's home directory is made there). */
    String systemNamespace();

    /** The cluster's Prometheus, when monitoring is on. */
    Optional<HubValuesInput.MetricsScraper> metricsScraper();

    /**
     * Serves the hub's domain over HTTPS; returns the listener its HTTPRoute attaches to. Resources it
     * makes are parented to the hub and wait for {@code namespace}.
     */
    GatewayListener attach(Hub hub, String name, HubConfig config, Resource namespace);

    /** What a hub's in-cluster resources wait for (the cluster's shared services). */
    List<Resource> readiness();
}
