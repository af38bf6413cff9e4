package io.hubfleet.cloud;

import com.pulumi.resources.Resource;

import java.util.Map;

/**
 * One cloud's implementation of hubfleet's components. The components ({@code io.hubfleet.components})
 * hold the public shape and the cloud-neutral decisions; the cloud turns them into handles, each of
 * which builds the next level down (account → cluster → node pools, home storage, ingress address,
 * hub host → hub identities, home disks), parented to the component and created through the account's
 * provider. A platform knows no stack file: {@code components.CloudPlatforms} picks it by {@code hubfleet:cloud}.
 */
public interface CloudPlatform {

    /** Makes (or adopts) the account, and the provider through which every other resource is created. */
    AccountHandle account(Resource parent, String name, AccountSpec spec);

    /** The hub host a shared cluster's stack exported. */
    HubHostHandle importHubHost(Map<String, Object> exported);

    /** Whether GPUs need NVIDIA's device plugin installed (GKE installs its own). */
    boolean needsGpuDevicePlugin();

    DnsBackend dns();
}
