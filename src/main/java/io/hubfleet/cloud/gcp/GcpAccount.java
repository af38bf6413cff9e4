package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;
import io.hubfleet.cloud.ProvisionedAccount;

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
                  ProviderResource bootstrap) implements ProvisionedAccount {

    Optional<Output<String>> number() {
        return Optional.ofNullable(createdNumber);
    }

    static GcpAccount of(ProvisionedAccount account) {
        if (account instanceof GcpAccount gcp) {
            return gcp;
        }
        throw new IllegalArgumentException("a GCP backend was given a " + account.getClass().getSimpleName());
    }
}
