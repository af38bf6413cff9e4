package io.hubfleet.cloud;

import com.pulumi.core.Output;
import com.pulumi.resources.ProviderResource;

/**
 * What an account backend made.
 *
 * @param provider  the provider scoped to the account (and region) that every resource uses
 * @param accountId the project id, account id or subscription id
 */
public record ProvisionedAccount(ProviderResource provider, Output<String> accountId) {
}
