package io.hubfleet.cloud;

/**
 * What a hub needs from its cloud identity.
 *
 * @param hubName            the hub's name
 * @param namespace          the hub's Kubernetes namespace
 * @param serviceAccountName the Kubernetes service account its users' pods run as
 * @param scratchExpiryDays  scratch objects are deleted this many days after writing
 * @param persistentBucket   whether to make a persistent (protected, retained) bucket
 */
public record HubIdentitySpec(String hubName, String namespace, String serviceAccountName, int scratchExpiryDays,
                              boolean persistentBucket) {
}
