package io.hubfleet.cloud.azure;

import com.pulumi.resources.Resource;
import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.azurenative.subscription.Alias;
import com.pulumi.azurenative.subscription.AliasArgs;
import com.pulumi.azurenative.subscription.inputs.PutAliasRequestPropertiesArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.AccountCreation;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.AccountSpec;

import java.util.Map;

/**
 * An Azure subscription, adopted by id or created as a subscription alias under a billing scope; a
 * provider pinned to it; and the resource group holding the estate.
 *
 * <p>The group holds user data (its storage accounts), so it is protected and retained: deleting a
 * resource group deletes everything in it. A created subscription's alias is protected and retained
 * too: hubfleet never cancels a subscription.
 */
final class AzureAccountBackend {
    public AccountHandle provision(Resource component, String name, AccountSpec args) {
        Output<String> subscription;
        if (args.creates()) {
            AccountCreation create = args.creation().orElseThrow();
            // Subscription aliases are tenant-wide: the operator's own sign-in creates it.
            Provider tenant = new Provider(name + "-tenant", ProviderArgs.builder().build(),
                    CustomResourceOptions.builder().parent(component).build());
            Alias alias = new Alias(name, AliasArgs.builder()
                    .aliasName("hubfleet-" + args.stack())
                    .properties(PutAliasRequestPropertiesArgs.builder()
                            .billingScope(create.billingScope().orElse(null))
                            .displayName(create.displayName())
                            .workload(create.workload())
                            .build())
                    .build(), ChildOptions.of(component, tenant).protect(true).retainOnDelete(true).build());
            subscription = alias.properties().applyValue(properties -> properties.subscriptionId());
        } else {
            subscription = Output.of(args.requireId());
        }
        Provider provider = new Provider(name, ProviderArgs.builder()
                .subscriptionId(subscription)
                .build(), CustomResourceOptions.builder().parent(component).build());
        ResourceGroup group = new ResourceGroup(name, ResourceGroupArgs.builder()
                .resourceGroupName("hubfleet-" + args.stack())
                .location(args.region())
                .tags(Map.of("managed-by", "hubfleet", "hubfleet-stack", args.stack()))
                .build(), ChildOptions.of(component, provider).protect(true).retainOnDelete(true).build());
        return new AzureAccount(provider, subscription, group, args.region(), args);
    }

    /** The shared cluster's subscription; the estate's resource group belongs to the cluster's stack. */
    public com.pulumi.resources.ProviderResource attach(com.pulumi.resources.ComponentResource component, String name,
                                                        AksHubHost host, String stack) {
        return new Provider(name, ProviderArgs.builder()
                .subscriptionId(host.subscriptionId())
                .build(), CustomResourceOptions.builder().parent(component).build());
    }
}
