package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.ClusterSpec;
import io.hubfleet.cloud.AccountSpec;
import io.hubfleet.cloud.ClusterHandle;

import io.hubfleet.cloud.BudgetSpec;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.AccountHandle;

/**
 * An Azure subscription as the other Azure backends need it: the provider, and the resource group that
 * holds the whole estate.
 *
 * @param provider      the provider pinned to the subscription
 * @param accountId     the subscription id
 * @param resourceGroup the estate's resource group
 * @param location      the region every resource is created in
 */
record AzureAccount(ProviderResource provider, Output<String> accountId, ResourceGroup resourceGroup, String location,
                    AccountSpec spec)
        implements AccountHandle {

    Output<String> resourceGroupName() {
        return resourceGroup.name();
    }

    @Override
    public ClusterHandle cluster(Resource component, String name, ClusterSpec args) {
        return new AksClusterBackend().provision(component, name, args, this);
    }

    @Override
    public void budget(Resource component, String name, BudgetSpec budget) {
        new AzureBudgetBackend().create(component, name, budget, this);
    }
}
