package io.hubfleet.cloud;

import io.hubfleet.components.CloudAccount;
import io.hubfleet.config.BudgetConfig;

/** Sets a monthly budget with e-mail alerts on the account, in the cloud's own budget service. */
public interface BudgetBackend {

    void create(CloudAccount component, String name, BudgetConfig budget);
}
