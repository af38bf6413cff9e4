package io.hubfleet.cloud.gcp;

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
 * A GCP project as the other GCP backends need it.
 *
 * @param provider      the provider pinned to the project, depending on its APIs
 * @param accountId     the project id
 * @param createdNumber the project number, when hubfleet created the project
 * @param bootstrap     the provider that created the project and enabled its APIs
 */
record GcpAccount(ProviderResource provider, Output<String> accountId, @Nullable Output<String> createdNumber,
                  ProviderResource bootstrap, AccountSpec spec) implements AccountHandle {

    Optional<Output<String>> number() {
        return Optional.ofNullable(createdNumber);
    }

    @Override
    public ClusterHandle cluster(Resource component, String name, ClusterSpec args) {
        return new GkeClusterBackend().provision(component, name, args, this);
    }

    @Override
    public void budget(Resource component, String name, BudgetSpec budget) {
        new GcpBudgetBackend().create(component, name, budget, this);
    }
}
