package io.hubfleet.cloud.azure;

import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.AccountBackend;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.ProvisionedAccount;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;

import java.util.Map;

/**
 * Adopts an Azure subscription: a provider pinned to it, and the resource group holding the estate.
 * The group holds user data (its storage accounts), so it is protected and retained: deleting a
 * resource group deletes everything in it.
 */
final class AzureAccountBackend implements AccountBackend {

    @Override
    public ProvisionedAccount provision(CloudAccount component, String name, CloudAccountArgs args) {
        Provider provider = new Provider(name, ProviderArgs.builder()
                .subscriptionId(args.accountId())
                .build(), CustomResourceOptions.builder().parent(component).build());
        ResourceGroup group = new ResourceGroup(name, ResourceGroupArgs.builder()
                .resourceGroupName("hubfleet-" + args.stack())
                .location(args.region())
                .tags(Map.of("managed-by", "hubfleet", "hubfleet-stack", args.stack()))
                .build(), ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build());
        return new AzureAccount(provider, Output.of(args.accountId()), group, args.region());
    }
}
