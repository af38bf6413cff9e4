package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderAssumeRoleArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.aws.organizations.Account;
import com.pulumi.aws.organizations.AccountArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.AccountCreation;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.AccountSpec;

import java.util.List;
import java.util.Map;

/**
 * An AWS account: adopted by id, or created as a member of the operator's AWS Organization in the
 * given organisational unit. The account provider works in the stack's region, refuses to act in any
 * other account (credentials for the wrong account fail instead of building there), tags everything,
 * and for a created account assumes the access role Organizations puts in it.
 *
 * <p>A created account is protected and retained, and is never closed by hubfleet: closing an account
 * deletes everything in it, home directories included.
 */
final class AwsAccountBackend {
    public AccountHandle provision(Resource component, String name, AccountSpec args) {
        Map<String, String> tags = Map.of("managed-by", "hubfleet", "hubfleet-stack", args.stack());
        ProviderArgs.Builder account = ProviderArgs.builder()
                .region(args.region())
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(tags).build());
        if (!args.creates()) {
            Provider provider = new Provider(name, account.allowedAccountIds(List.of(args.requireId())).build(),
                    CustomResourceOptions.builder().parent(component).build());
            return new AwsAccount(provider, Output.of(args.requireId()), null, args);
        }

        AccountCreation create = args.creation().orElseThrow();
        // The operator's credentials in the organisation's management account; used for this one account.
        Provider management = new Provider(name + "-management", ProviderArgs.builder()
                .region(args.region())
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(tags).build())
                .build(), CustomResourceOptions.builder().parent(component).build());
        Account member = new Account(name, AccountArgs.builder()
                .name(create.displayName())
                .email(create.email().orElse(null))
                .parentId(create.organizationalUnitId().orElse(null))
                .roleName(create.accessRoleName())
                .closeOnDeletion(false)
                .iamUserAccessToBilling("ALLOW")
                .build(), ChildOptions.of(component, management)
                .protect(true).retainOnDelete(true)
                // Organizations does not report the role name back; changing it would replace the account.
                .ignoreChanges(List.of("roleName"))
                .build());
        Output<String> accessRole = member.id().applyValue(id -> "arn:aws:iam::" + id + ":role/" + create.accessRoleName());
        Provider provider = new Provider(name, account
                .allowedAccountIds(member.id().applyValue(List::of))
                .assumeRole(ProviderAssumeRoleArgs.builder()
                        .roleArn(accessRole)
                        .sessionName("hubfleet-" + args.stack())
                        .build())
                .build(), CustomResourceOptions.builder().parent(component).build());
        return new AwsAccount(provider, member.id(), accessRole, args);
    }

    /** The shared cluster's account and region, assuming its access role if hubfleet created it. */
    public com.pulumi.resources.ProviderResource attach(com.pulumi.resources.ComponentResource component, String name,
                                                        EksHubHost host, String stack) {
        return AwsProviders.inRegion(component, name, host.region(), host.accountId(), host.accessRoleArn(), stack);
    }
}