package io.hubfleet.cloud;

import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;

/** Makes the provider through which every other resource of the estate is created. */
public interface AccountBackend {

    ProvisionedAccount provision(CloudAccount component, String name, CloudAccountArgs args);
}
