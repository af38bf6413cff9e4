package io.hubfleet.cloud.gcp;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.AccountSpec;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.DnsBackend;
import io.hubfleet.cloud.HubHostHandle;

import java.util.Map;

/** hubfleet on Google Cloud: GKE, Filestore, GCS and Workload Identity. */
public final class GcpPlatform implements CloudPlatform {

    public static final GcpPlatform INSTANCE = new GcpPlatform();

    private GcpPlatform() {
    }

    @Override
    public AccountHandle account(Resource component, String name, AccountSpec args) {
        return new GcpAccountBackend().provision(component, name, args);
    }

    @Override
    public HubHostHandle importHubHost(Map<String, Object> exported) {
        return GkeHubHost.imported(exported);
    }

    @Override
    public boolean needsGpuDevicePlugin() {
        return false;
    }

    @Override
    public DnsBackend dns() {
        return new CloudDnsBackend();
    }
}
