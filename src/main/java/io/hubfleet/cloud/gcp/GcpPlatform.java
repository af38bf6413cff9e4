package io.hubfleet.cloud.gcp;

import io.hubfleet.cloud.AccountBackend;
import io.hubfleet.cloud.BudgetBackend;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.DnsBackend;
import io.hubfleet.cloud.ClusterBackend;
import io.hubfleet.cloud.HomeStorageBackend;
import io.hubfleet.cloud.HubIdentityBackend;
import io.hubfleet.cloud.SupportBackend;
import io.hubfleet.cloud.NodePoolBackend;
import io.hubfleet.config.Cloud;

/** hubfleet on Google Cloud: GKE, Filestore, GCS and Workload Identity. */
public final class GcpPlatform implements CloudPlatform {

    public static final GcpPlatform INSTANCE = new GcpPlatform();

    private GcpPlatform() {
    }

    @Override
    public Cloud cloud() {
        return Cloud.GCP;
    }

    @Override
    public AccountBackend accounts() {
        return new GcpAccountBackend();
    }

    @Override
    public BudgetBackend budgets() {
        return new GcpBudgetBackend();
    }

    @Override
    public ClusterBackend clusters() {
        return new GkeClusterBackend();
    }

    @Override
    public NodePoolBackend nodePools() {
        return new GkeNodePoolBackend();
    }

    @Override
    public HomeStorageBackend homeStorage() {
        return new FilestoreBackend();
    }

    @Override
    public HubIdentityBackend hubIdentities() {
        return new GcpHubIdentityBackend();
    }

    @Override
    public SupportBackend support() {
        return new GcpSupportBackend();
    }

    @Override
    public DnsBackend dns() {
        return new CloudDnsBackend();
    }

    @Override
    public io.hubfleet.cloud.CloudAlertsBackend alerts() {
        return new GcpCloudAlertsBackend();
    }
}
