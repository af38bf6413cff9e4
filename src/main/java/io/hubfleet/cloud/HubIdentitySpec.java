package io.hubfleet.cloud;

/**
 * What a hub needs from its cloud identity.
 *
 * @param hubName            the hub's name
 * @param namespace          the hub's Kubernetes namespace
 * @param serviceAccountName the Kubernetes service account its users' pods run as
 * @param scratchExpiryDays  scratch objects are deleted this many days after writing
 * @param persistentBucket   whether to make a persistent (protected, retained) bucket
 * @param dataGrants         access to data the hub does not own, through the hub's identity (may be empty)
 */
public record HubIdentitySpec(String hubName, String namespace, String serviceAccountName, int scratchExpiryDays,
                              boolean persistentBucket, java.util.List<DataGrant> dataGrants) {

    public HubIdentitySpec {
        dataGrants = java.util.List.copyOf(dataGrants);
    }

    /** The bucket grants, in declared order. */
    public java.util.List<DataGrant.Bucket> bucketGrants() {
        return dataGrants.stream().filter(DataGrant.Bucket.class::isInstance).map(DataGrant.Bucket.class::cast).toList();
    }

    /** The storage account grants, in declared order. */
    public java.util.List<DataGrant.StorageAccount> storageAccountGrants() {
        return dataGrants.stream().filter(DataGrant.StorageAccount.class::isInstance)
                .map(DataGrant.StorageAccount.class::cast).toList();
    }
}
