package io.hubfleet.cloud.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderAssumeRoleArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Providers for an account hubfleet already has: pinned to it, tagging everything, assuming its access role. */
final class AwsProviders {

    private AwsProviders() {
    }

    /**
     * A provider for the account in a region: the hub account's region, or another where a service keeps
     * what hubfleet needs (Route 53's health-check metrics are only in us-east-1).
     */
    static Provider inRegion(Resource parent, String name, String region, Output<String> accountId,
                             Optional<Output<String>> accessRoleArn, String stack) {
        ProviderArgs.Builder args = ProviderArgs.builder()
                .region(region)
                .allowedAccountIds(accountId.applyValue(List::of))
                .defaultTags(ProviderDefaultTagsArgs.builder()
                        .tags(Map.of("managed-by", "hubfleet", "hubfleet-stack", stack)).build());
        accessRoleArn.ifPresent(role -> args.assumeRole(ProviderAssumeRoleArgs.builder()
                .roleArn(role).sessionName("hubfleet-" + stack).build()));
        return new Provider(name, args.build(), CustomResourceOptions.builder().parent(parent).build());
    }
}
