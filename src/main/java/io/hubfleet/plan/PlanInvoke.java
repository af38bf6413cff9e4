package io.hubfleet.plan;

/**
 * A provider function the program called (a lookup, such as a project's number), and through which
 * provider: lookups must go through the account's provider like resources do.
 *
 * @param token    the function's token, such as {@code gcp:organizations/getProject:getProject}
 * @param provider the explicit provider's URN, or null for the default provider
 */
public record PlanInvoke(String token, String provider) {
}
