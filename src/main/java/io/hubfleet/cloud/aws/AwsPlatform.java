package io.hubfleet.cloud.aws;

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

/** hubfleet on AWS: EKS with managed node groups, EFS, S3 and IAM roles for service accounts. */
public final class AwsPlatform implements CloudPlatform {

    public static final AwsPlatform INSTANCE = new AwsPlatform();

    private AwsPlatform() {
    }

    @Override
    public Cloud cloud() {
        return Cloud.AWS;
    }

    @Override
    public AccountBackend accounts() {
        return new AwsAccountBackend();
    }

    @Override
    public BudgetBackend budgets() {
        return new AwsBudgetBackend();
    }

    @Override
    public ClusterBackend clusters() {
        return new EksClusterBackend();
    }

    @Override
    public NodePoolBackend nodePools() {
        return new EksNodePoolBackend();
    }

    @Override
    public HomeStorageBackend homeStorage() {
        return new EfsBackend();
    }

    @Override
    public HubIdentityBackend hubIdentities() {
        return new AwsHubIdentityBackend();
    }

    @Override
    public SupportBackend support() {
        return new AwsSupportBackend();
    }

    @Override
    public DnsBackend dns() {
        return new Route53Backend();
    }

    @Override
    public io.hubfleet.cloud.CloudAlertsBackend alerts() {
        return new AwsCloudAlertsBackend();
    }
}
