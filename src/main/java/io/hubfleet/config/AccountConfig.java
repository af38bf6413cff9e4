package io.hubfleet.config;

import java.util.Optional;

/**
 * The cloud account the estate lives in: adopted (the default) or created.
 *
 * @param id             a GCP project id, an AWS account id or an Azure subscription id. Required when
 *                       adopting, and on GCP when creating (the new project's id); absent when creating
 *                       on AWS or Azure, whose new account's id the cloud assigns
 * @param billingAccount GCP only: the billing account (012345-6789AB-CDEF01) a created project is linked
 *                       to and a budget is set on. Default: none
 * @param create         create the account instead of adopting it. Default: adopt
 */
public record AccountConfig(String id, String billingAccount, AccountCreationConfig create) {

    /** An adopted account. */
    public static AccountConfig adopt(String id) {
        return new AccountConfig(id, null, null);
    }

    public Optional<String> optionalId() {
        return Optional.ofNullable(id);
    }

    public Optional<String> optionalBillingAccount() {
        return Optional.ofNullable(billingAccount);
    }

    public Optional<AccountCreationConfig> creation() {
        return Optional.ofNullable(create);
    }

    public boolean creates() {
        return create != null;
    }
}
