package io.hubfleet.cloud.aws;

import com.pulumi.resources.Resource;
import io.hubfleet.cloud.ClusterSpec;
import io.hubfleet.cloud.AccountSpec;
import io.hubfleet.cloud.ClusterHandle;

import io.hubfleet.cloud.BudgetSpec;
import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.AccountHandle;

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
record AwsAccount(ProviderResource provider, Output<String> accountId, @Nullable Output<String> accessRoleArn,
                  AccountSpec spec)
        implements AccountHandle {

    Optional<Output<String>> assumedRole() {
        return Optional.ofNullable(accessRoleArn);
    }

    @Override
    public ClusterHandle cluster(Resource component, String name, ClusterSpec args) {
        return new EksClusterBackend().provision(component, name, args, this);
    }

    @Override
    public void budget(Resource component, String name, BudgetSpec budget) {
        new AwsBudgetBackend().create(component, name, budget, this);
    }
}
