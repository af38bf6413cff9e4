package io.hubfleet.cloud;

import java.util.Optional;

/**
 * How a cloud creates the account hubfleet does not adopt. Each cloud reads its own keys; the stack's
 * rules require them and refuse the others'.
 *
 * @param displayName          the account's display name
 * @param organizationId       GCP: the organisation the project is created in (or a folder)
 * @param folderId             GCP: the folder the project is created in (or an organisation)
 * @param email                AWS: the new member account's root e-mail address
 * @param organizationalUnitId AWS: the organisational unit or root the account joins
 * @param accessRoleName       AWS: the role Organizations creates in the account, which hubfleet assumes
 * @param billingScope         Azure: the billing scope the subscription is billed to
 * @param workload             Azure: Production or DevTest
 */
public record AccountCreation(String displayName, Optional<String> organizationId, Optional<String> folderId,
                              Optional<String> email, Optional<String> organizationalUnitId, String accessRoleName,
                              Optional<String> billingScope, String workload) {
}
