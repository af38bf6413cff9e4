package io.hubfleet.cloud.aws;

import io.hubfleet.cloud.ClusterHandle;
import io.hubfleet.components.CloudAccount;
import io.hubfleet.components.Cluster;
import io.hubfleet.components.ClusterArgs;
import io.hubfleet.config.BudgetConfig;
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
record AwsAccount(ProviderResource provider, Output<String> accountId, @Nullable Output<String> accessRoleArn)
        implements AccountHandle {

    Optional<Output<String>> assumedRole() {
        return Optional.ofNullable(accessRoleArn);
    }

    @Override
    public ClusterHandle cluster(Cluster component, String name, ClusterArgs args) {
        return new EksClusterBackend().provision(component, name, args, this);
    }

    @Override
    public void budget(CloudAccount component, String name, BudgetConfig budget) {
        new AwsBudgetBackend().create(component, name, budget);
    }
}
