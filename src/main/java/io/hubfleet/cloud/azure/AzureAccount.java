package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ProvisionedAccount;

/**
 * An Azure subscription as the other Azure backends need it: the provider, and the resource group that
 * holds the whole estate.
 *
 * @param provider      the provider pinned to the subscription
 * @param accountId     the subscription id
 * @param resourceGroup the estate's resource group
 * @param location      the region every resource is created in
 */
record AzureAccount(ProviderResource provider, Output<String> accountId, ResourceGroup resourceGroup, String location)
        implements ProvisionedAccount {

    Output<String> resourceGroupName() {
        return resourceGroup.name();
    }

    static AzureAccount of(ProvisionedAccount account) {
        if (account instanceof AzureAccount azure) {
            return azure;
        }
        throw new IllegalArgumentException("an Azure backend was given a " + account.getClass().getSimpleName());
    }
}
