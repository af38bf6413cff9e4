package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.AccountSpec;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.DnsBackend;
import io.hubfleet.cloud.HubHostHandle;

import java.util.Map;

/** hubfleet on AWS: EKS with managed node groups, EFS, S3 and IAM roles for service accounts. */
public final class AwsPlatform implements CloudPlatform {

    public static final AwsPlatform INSTANCE = new AwsPlatform();

    private AwsPlatform() {
    }

    @Override
    public AccountHandle account(Resource component, String name, AccountSpec args) {
        return new AwsAccountBackend().provision(component, name, args);
    }

    @Override
    public HubHostHandle importHubHost(Map<String, Object> exported) {
        return EksHubHost.imported(exported);
    }

    @Override
    public boolean needsGpuDevicePlugin() {
        return true;
    }

    @Override
    public DnsBackend dns() {
        return new Route53Backend();
    }
}
