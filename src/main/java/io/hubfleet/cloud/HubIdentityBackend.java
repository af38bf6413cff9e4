package io.hubfleet.cloud;

import io.hubfleet.components.HubSite;
import io.hubfleet.components.Hub;

/**
 * A hub's own cloud identity and buckets: an identity its users' pods assume through workload
 * identity (never a key), with access to its own buckets and nothing else.
 */
public interface HubIdentityBackend {

    HubIdentity provision(Hub component, String name, HubIdentitySpec spec, HubSite site);
}
