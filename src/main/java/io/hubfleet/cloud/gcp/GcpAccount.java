package io.hubfleet.cloud.gcp;

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
 * A GCP project as the other GCP backends need it.
 *
 * @param provider      the provider pinned to the project, depending on its APIs
 * @param accountId     the project id
 * @param createdNumber the project number, when hubfleet created the project
 * @param bootstrap     the provider that created the project and enabled its APIs
 */
record GcpAccount(ProviderResource provider, Output<String> accountId, @Nullable Output<String> createdNumber,
                  ProviderResource bootstrap) implements AccountHandle {

    Optional<Output<String>> number() {
        return Optional.ofNullable(createdNumber);
    }

    @Override
    public ClusterHandle cluster(Cluster component, String name, ClusterArgs args) {
        return new GkeClusterBackend().provision(component, name, args, this);
    }

    @Override
    public void budget(CloudAccount component, String name, BudgetConfig budget) {
        new GcpBudgetBackend().create(component, name, budget, this);
    }
}
