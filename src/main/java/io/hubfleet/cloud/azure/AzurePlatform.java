package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.AccountSpec;
import io.hubfleet.cloud.CloudPlatform;
import io.hubfleet.cloud.DnsBackend;
import io.hubfleet.cloud.HubHostHandle;

import java.util.Map;


/** hubfleet on Azure: AKS, Azure Files NFS, Blob storage and workload identity. */
public final class AzurePlatform implements CloudPlatform {

    public static final AzurePlatform INSTANCE = new AzurePlatform();

    private AzurePlatform() {
    }

    @Override
    public AccountHandle account(Resource component, String name, AccountSpec args) {
        return new AzureAccountBackend().provision(component, name, args);
    }

    @Override
    public HubHostHandle importHubHost(Map<String, Object> exported) {
        return AksHubHost.imported(exported);
    }

    @Override
    public boolean needsGpuDevicePlugin() {
        return true;
    }

    @Override
    public DnsBackend dns() {
        return new AzureDnsBackend();
    }
}
