package io.hubfleet.config;

import java.util.Optional;

/**
 * How to create the account. Each cloud reads its own keys; the others are refused
 * ({@code AccountRules}).
 *
 * @param organizationId       GCP: the organisation the project is created in (or give folderId)
 * @param folderId             GCP: the folder the project is created in (or give organizationId)
 * @param email                AWS: the new member account's root e-mail address (required)
 * @param organizationalUnitId AWS: the organisational unit (ou-...) or root (r-...) the account joins (required)
 * @param accessRoleName       AWS: the role Organizations creates in the account, which hubfleet assumes.
 *                             Default: OrganizationAccountAccessRole
 * @param billingScope         Azure: the billing scope the subscription is billed to (required), such as
 *                             /providers/Microsoft.Billing/billingAccounts/.../invoiceSections/...
 * @param workload             Azure: Production (default) or DevTest
 * @param displayName          the account's display name. Default: hubfleet-&lt;stack&gt;
 */
public record AccountCreationConfig(
        String organizationId,
        String folderId,
        String email,
        String organizationalUnitId,
        String accessRoleName,
        String billingScope,
        String workload,
        String displayName) {

    public static final String DEFAULT_ACCESS_ROLE = "OrganizationAccountAccessRole";

    public AccountCreationConfig {
        accessRoleName = accessRoleName == null ? DEFAULT_ACCESS_ROLE : accessRoleName;
        workload = workload == null ? "Production" : workload;
    }

    public Optional<String> optionalOrganizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> optionalFolderId() {
        return Optional.ofNullable(folderId);
    }

    public Optional<String> optionalEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<String> optionalOrganizationalUnitId() {
        return Optional.ofNullable(organizationalUnitId);
    }

    public Optional<String> optionalBillingScope() {
        return Optional.ofNullable(billingScope);
    }

    public Optional<String> optionalDisplayName() {
        return Optional.ofNullable(displayName);
    }

    /** The display name, defaulting to {@code hubfleet-<stack>}. */
    public String displayNameOr(String stack) {
        return displayName == null ? "hubfleet-" + stack : displayName;
    }
}
