package io.hubfleet.cloud.gcp;

import io.hubfleet.cloud.CloudNames;

import java.util.Locale;

/** GCP's naming limits, met deterministically. */
final class GcpNames {

    /** Service account ids: 6 to 30 characters. */
    static final int SERVICE_ACCOUNT_ID_MAX = 30;

    private GcpNames() {
    }

    /** A service account id from a readable base, shortened with a stable hash when too long. */
    static String serviceAccountId(String base) {
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (id.length() < 6) {
            return (id + "-hubfleet").substring(0, 6);
        }
        return CloudNames.fit(id, SERVICE_ACCOUNT_ID_MAX);
    }

    /** A label value: lowercase letters, digits, '-' and '_', at most 63 characters. */
    static String labelValue(String text) {
        String value = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return value.length() <= 63 ? value : value.substring(0, 63);
    }

    static String shortHash(String text) {
        return CloudNames.shortHash(text);
    }
}
