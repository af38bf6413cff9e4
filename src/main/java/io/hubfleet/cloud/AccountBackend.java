package io.hubfleet.cloud;

import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;

/** Makes the provider through which every other resource of the estate is created. */
public interface AccountBackend {

    ProvisionedAccount provision(CloudAccount component, String name, CloudAccountArgs args);

    /**
     * A provider scoped to a shared cluster's account, for a hub-only stack: what the cluster's stack
     * exported says which account, region and role.
     */
    com.pulumi.resources.ProviderResource attach(com.pulumi.resources.ComponentResource component, String name,
                                                 HubHostFacts facts, String stack);
}
