package io.hubfleet.cloud;

import java.util.Locale;
import java.util.Optional;

/**
 * Access for a hub's identity to data outside the hub: a bucket or storage account someone else owns
 * (docs/components/hub.md, Data beyond the hub's buckets). A grant never creates, changes or deletes the
 * data itself: removing it removes the access only.
 */
public sealed interface DataGrant {

    DataAccess access();

    /**
     * A GCS or S3 bucket by name (the bucket's cloud is the stack's).
     *
     * @param requesterPays the bucket bills requests to the requester (the hub's own project or account)
     */
    record Bucket(String name, DataAccess access, boolean requesterPays) implements DataGrant {
    }

    /**
     * An Azure storage account, or one container of it.
     *
     * @param accountId the storage account's resource id,
     *                  {@code /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>}
     * @param container one container; absent: every container of the account
     */
    record StorageAccount(String accountId, Optional<String> container, DataAccess access) implements DataGrant {

        /** The resource id the role assignment is scoped to: the container's, or the account's. */
        public String scope() {
            return container.map(c -> accountId + "/blobServices/default/containers/" + c).orElse(accountId);
        }

        /** The storage account's name, the id's last segment. */
        public String accountName() {
            return accountId.substring(accountId.lastIndexOf('/') + 1);
        }

        /** The subscription the account is in, from its id. */
        public String subscription() {
            String[] parts = accountId.split("/");
            for (int i = 0; i + 1 < parts.length; i++) {
                if (parts[i].toLowerCase(Locale.ROOT).equals("subscriptions")) {
                    return parts[i + 1];
                }
            }
            throw new IllegalArgumentException("no subscription in " + accountId);
        }
    }
}
