package io.hubfleet.cloud.azure;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.CloudAlertsSpec;
import io.hubfleet.cloud.HomeDiskSpec;
import io.hubfleet.cloud.HubIdentity;
import io.hubfleet.cloud.HubIdentitySpec;
import io.hubfleet.cloud.ProvisionedHomeDisk;
import com.pulumi.core.Output;
import io.hubfleet.cloud.HubHostHandle;

import java.util.Map;

/**
 * What hubs on an AKS cluster need to know about it.
 *
 * @param clusterName    the cluster's name
 * @param namingSeed     what globally unique names start from
 * @param location       the region
 * @param subscriptionId the subscription
 * @param resourceGroup  the estate's resource group (hubs' storage and identities live there)
 * @param issuerUrl      the cluster's OIDC issuer (federated credentials trust it)
 * @param nodeSubnetId   the node subnet (storage accounts admit only it)
 * @param homeZone       the availability zone of the core nodes and home disks, when the cluster is zonal
 * @param clusterPrincipalId the cluster's (control-plane) identity, which attaches disks
 */
record AksHubHost(String clusterName, String namingSeed, String location, Output<String> subscriptionId,
                  Output<String> resourceGroup, Output<String> issuerUrl, Output<String> nodeSubnetId,
                  java.util.Optional<String> homeZone, Output<String> clusterPrincipalId)
        implements HubHostHandle {

    @Override
    public Output<Map<String, Object>> export() {
        return Output.tuple(subscriptionId, resourceGroup, issuerUrl, nodeSubnetId, clusterPrincipalId).applyValue(t ->
                new AksHostFacts(clusterName, namingSeed, location, t.t1, t.t2, t.t3, t.t4, homeZone, t.t5).toOutput());
    }

    static AksHubHost imported(Map<String, Object> exported) {
        AksHostFacts facts = AksHostFacts.fromOutput(exported);
        return new AksHubHost(facts.clusterName(), facts.namingSeed(), facts.location(),
                Output.of(facts.subscriptionId()), Output.of(facts.resourceGroup()), Output.of(facts.issuerUrl()),
                Output.of(facts.nodeSubnetId()), facts.homeZone(), Output.of(facts.clusterPrincipalId()));
    }

    @Override
    public ProviderResource attachAccount(ComponentResource component, String name, String stack) {
        return new AzureAccountBackend().attach(component, name, this, stack);
    }

    @Override
    public ProvisionedHomeDisk homeDisk(Resource parent, String name, HomeDiskSpec spec, ProviderResource account) {
        return AzureHomeDisk.provision(parent, name, spec, account, this);
    }

    @Override
    public HubIdentity hubIdentity(Resource component, String name, HubIdentitySpec spec, ProviderResource account) {
        return new AzureHubIdentityBackend().provision(component, name, spec, account, this);
    }

    @Override
    public void cloudAlerts(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account) {
        new AzureCloudAlertsBackend().create(component, name, spec, account, this);
    }
}
