package io.hubfleet.cloud.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ProvisionedAccount;

import javax.annotation.Nullable;
import java.util.Optional;

/**
 * An AWS account as the other AWS backends need it.
 *
 * @param provider      the provider acting in the account (and refusing any other)
 * @param accountId     the account id
 * @param accessRoleArn the role hubfleet assumes into an account it created; null when adopted (the
 *                      operator's own credentials act there)
 */
record AwsAccount(ProviderResource provider, Output<String> accountId, @Nullable Output<String> accessRoleArn)
        implements ProvisionedAccount {

    Optional<Output<String>> assumedRole() {
        return Optional.ofNullable(accessRoleArn);
    }

    static AwsAccount of(ProvisionedAccount account) {
        if (account instanceof AwsAccount aws) {
            return aws;
        }
        throw new IllegalArgumentException("an AWS backend was given a " + account.getClass().getSimpleName());
    }
}
