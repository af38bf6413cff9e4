package io.hubfleet.cloud;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * The cluster a hub runs on, as its cloud's hub resources need it (its names, its workload identity
 * issuer, ...): made from the cluster of the same stack, or from what a shared cluster's stack
 * exported. Each cloud's handle holds its own typed facts and builds the hub-level resources with
 * them: a hub's identity and buckets, a hub's home disk, the account provider of a hub-only stack and
 * the cloud's uptime checks.
 */
public interface HubHostHandle {

    /** The facts as a stack output, for hub-only stacks on this cluster: plain values, no secret. */
    Output<Map<String, Object>> export();

    /**
     * A provider scoped to the cluster's account, for a hub-only stack: what the cluster's stack
     * exported says which account, region and role.
     */
    ProviderResource attachAccount(ComponentResource component, String name, String stack);

    /**
     * A hub's own disk and its snapshot schedule, made through the site's account provider in the zone
     * the cluster keeps home storage in.
     *
     * @param parent where the cloud resources go (the hub's {@code Filestore})
     */
    ProvisionedHomeDisk homeDisk(Resource parent, String name, HomeDiskSpec spec, ProviderResource account);

    /**
     * A hub's own cloud identity and buckets: an identity its users' pods assume through workload
     * identity (never a key), with access to its own buckets and nothing else.
     */
    HubIdentity hubIdentity(Resource component, String name, HubIdentitySpec spec, ProviderResource account);

    /**
     * The cloud's own monitoring of the hubs: an uptime check per hub domain from outside the cloud's
     * network, an alert when it fails, and e-mail to the operators; parented to {@code component}.
     *
     * @param account the provider of the account the hubs run in
     */
    void cloudAlerts(ComponentResource component, String name, CloudAlertsSpec spec, ProviderResource account);
}
