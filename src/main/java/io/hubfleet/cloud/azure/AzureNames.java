package io.hubfleet.cloud.azure;

import io.hubfleet.cloud.CloudNames;

import java.util.Locale;

/** Azure's naming limits, met deterministically. */
final class AzureNames {

    private AzureNames() {
    }

    /**
     * A storage account name: globally unique, 3 to 24 lowercase letters and digits. A readable head
     * and a hash of everything that makes it unique (subscription, cluster, purpose).
     */
    static String storageAccount(String subscription, String cluster, String purpose) {
        String head = ("hf" + cluster + purpose).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String hash = CloudNames.shortHash(subscription + "/" + cluster + "/" + purpose);
        return (head.length() > 18 ? head.substring(0, 18) : head) + hash;
    }

    /** An AKS agent pool name: 1 to 12 lowercase letters and digits, starting with a letter. */
    static String agentPool(String pool) {
        return pool.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
