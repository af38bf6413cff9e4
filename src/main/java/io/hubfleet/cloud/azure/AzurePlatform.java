package io.hubfleet.cloud.azure;

import io.hubfleet.cloud.AccountBackend;
import io.hubfleet.cloud.BudgetBackend;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.DnsBackend;
import io.hubfleet.cloud.ClusterBackend;
import io.hubfleet.cloud.HomeStorageBackend;
import io.hubfleet.cloud.HubIdentityBackend;
import io.hubfleet.cloud.NodePoolBackend;
import io.hubfleet.cloud.SupportBackend;
import io.hubfleet.config.Cloud;


/** hubfleet on Azure: AKS, Azure Files NFS, Blob storage and workload identity. */
public final class AzurePlatform implements CloudPlatform {

    public static final AzurePlatform INSTANCE = new AzurePlatform();

    private AzurePlatform() {
    }

    @Override
    public Cloud cloud() {
        return Cloud.AZURE;
    }

    @Override
    public AccountBackend accounts() {
        return new AzureAccountBackend();
    }

    @Override
    public BudgetBackend budgets() {
        return new AzureBudgetBackend();
    }

    @Override
    public ClusterBackend clusters() {
        return new AksClusterBackend();
    }

    @Override
    public NodePoolBackend nodePools() {
        return new AksNodePoolBackend();
    }

    @Override
    public HomeStorageBackend homeStorage() {
        return new AzureFilesBackend();
    }

    @Override
    public HubIdentityBackend hubIdentities() {
        return new AzureHubIdentityBackend();
    }

    @Override
    public SupportBackend support() {
        return new AzureSupportBackend();
    }

    @Override
    public DnsBackend dns() {
        return new AzureDnsBackend();
    }

    @Override
    public io.hubfleet.cloud.CloudAlertsBackend alerts() {
        return new AzureCloudAlertsBackend();
    }
}
