package io.hubfleet.cloud.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.AccountBackend;
import io.hubfleet.cloud.ProvisionedAccount;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.CloudAccountArgs;

import java.util.List;
import java.util.Map;

/**
 * Adopts an AWS account: a provider for the stack's region that refuses to act in any other account
 * (so credentials for the wrong account fail instead of building there) and tags everything it makes.
 */
final class AwsAccountBackend implements AccountBackend {

    @Override
    public ProvisionedAccount provision(CloudAccount component, String name, CloudAccountArgs args) {
        Provider provider = new Provider(name, ProviderArgs.builder()
                .region(args.region())
                .allowedAccountIds(List.of(args.accountId()))
                .defaultTags(ProviderDefaultTagsArgs.builder()
                        .tags(Map.of("managed-by", "hubfleet", "hubfleet-stack", args.stack()))
                        .build())
                .build(), CustomResourceOptions.builder().parent(component).build());
        return new ProvisionedAccount.Basic(provider, Output.of(args.accountId()));
    }
}
