package io.hubfleet.cloud;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;

/**
 * The cloud's own monitoring of an estate's hubs: an uptime check per hub domain from outside the
 * cloud's network, an alert when it fails, and e-mail to the operators.
 */
public interface CloudAlertsBackend {

    /**
     * Makes the checks, alerts and notification targets, parented to {@code component}.
     *
     * @param account the provider of the account the hubs run in
     * @param facts   the cluster's facts (project, account, resource group, region)
     */
    void create(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account, HubHostFacts facts);
}
