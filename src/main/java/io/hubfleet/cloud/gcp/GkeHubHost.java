package io.hubfleet.cloud.gcp;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.CloudAlertsSpec;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.HubHostHandle;

import java.util.Map;
import java.util.Optional;

/**
 * What hubs on a GKE cluster need to know about it.
 *
 * @param projectId  the project
 * @param clusterName the cluster's name
 * @param region     the region (buckets live there)
 * @param zone       the zone of the project provider
 * @param namingSeed what globally unique names start from
 * @param cluster    the cluster resource, when in the same stack (Workload Identity bindings wait for it)
 */
record GkeHubHost(String projectId, String clusterName, String region, String zone, String namingSeed,
                  Optional<Resource> cluster) implements HubHostHandle {

    /** The Workload Identity pool hub identities bind in: the cluster's. */
    String workloadPool() {
        return workloadPool(projectId);
    }

    /**
     * A project's Workload Identity pool, {@code <project>.svc.id.goog}, the only one GKE accepts for a cluster
     * (cloud.google.com/kubernetes-engine/docs/how-to/workload-identity: {@code --workload-pool=PROJECT_ID.svc.id.goog}):
     * the cluster is given it and each binding names it.
     */
    static String workloadPool(String projectId) {
        return projectId + ".svc.id.goog";
    }

    @Override
    public Output<Map<String, Object>> export() {
        return Output.of(new GkeHostFacts(projectId, clusterName, region, zone, namingSeed).toOutput());
    }

    static GkeHubHost imported(Map<String, Object> exported) {
        GkeHostFacts facts = GkeHostFacts.fromOutput(exported);
        return new GkeHubHost(facts.projectId(), facts.clusterName(), facts.region(), facts.zone(), facts.namingSeed(),
                Optional.empty());
    }

    @Override
    public ProviderResource attachAccount(ComponentResource component, String name, String stack) {
        return new GcpAccountBackend().attach(component, name, this, stack);
    }

    @Override
    public ProvisionedHomeDisk homeDisk(Resource parent, String name, HomeDiskSpec spec, ProviderResource account) {
        return GcpHomeDisk.provision(parent, name, spec, account, this);
    }

    @Override
    public HubIdentity hubIdentity(Resource component, String name, HubIdentitySpec spec, ProviderResource account) {
        return new GcpHubIdentityBackend().provision(component, name, spec, account, this);
    }

    @Override
    public void cloudAlerts(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account) {
        new GcpCloudAlertsBackend().create(component, name, spec, account, this);
    }
}
