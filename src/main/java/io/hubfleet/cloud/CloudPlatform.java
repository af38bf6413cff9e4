package io.hubfleet.cloud;

import io.hubfleet.config.Cloud;

/**
 * One cloud's implementation of hubfleet's components. The components ({@code io.hubfleet.components})
 * hold the public shape and the cloud-neutral decisions; each backend here builds that shape from the
 * cloud's own resources, parented to the component and created through the account's provider.
 */
public interface CloudPlatform {

    Cloud cloud();

    AccountBackend accounts();

    BudgetBackend budgets();

    ClusterBackend clusters();

    NodePoolBackend nodePools();

    HomeStorageBackend homeStorage();

    HubIdentityBackend hubIdentities();

    SupportBackend support();

    DnsBackend dns();

    /** The cloud's own monitoring: uptime checks of the hubs' domains, alerts, e-mail. */
    CloudAlertsBackend alerts();
}
