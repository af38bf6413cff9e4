package io.hubfleet.cloud;

import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;

/**
 * What an account backend made. Each cloud's implementation may carry more (Azure: the resource group
 * everything lives in) for that cloud's other backends.
 */
public interface ProvisionedAccount {

    /** The provider scoped to the account (and region) that every resource uses. */
    ProviderResource provider();

    /** The project id, account id or subscription id. */
    Output<String> accountId();

    /** An account that is a provider and an id, nothing more (GCP, AWS). */
    record Basic(ProviderResource provider, Output<String> accountId) implements ProvisionedAccount {
    }
}
