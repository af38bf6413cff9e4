package io.hubfleet.cloud.gcp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** GCP's naming limits, met deterministically: the same input always gives the same name. */
final class GcpNames {

    /** Service account ids: 6 to 30 characters. */
    static final int SERVICE_ACCOUNT_ID_MAX = 30;

    private GcpNames() {
    }

    /** A service account id from a readable base, shortened with a stable hash when too long. */
    static String serviceAccountId(String base) {
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (id.length() <= SERVICE_ACCOUNT_ID_MAX) {
            return id.length() >= 6 ? id : (id + "-hubfleet").substring(0, Math.max(6, id.length()));
        }
        String hash = shortHash(id);
        String head = id.substring(0, SERVICE_ACCOUNT_ID_MAX - hash.length() - 1).replaceAll("-+$", "");
        return head + "-" + hash;
    }

    /**
     * A bucket name: globally unique, so it starts with the project id (itself globally unique);
     * 3 to 63 lowercase letters, digits and '-', shortened with a stable hash when too long.
     */
    static String bucketName(String project, String... parts) {
        String name = (project + "-" + String.join("-", parts)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (name.length() <= 63) {
            return name;
        }
        String hash = shortHash(name);
        return name.substring(0, 63 - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
    }

    /** A label value: lowercase letters, digits, '-' and '_', at most 63 characters. */
    static String labelValue(String text) {
        String value = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return value.length() <= 63 ? value : value.substring(0, 63);
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
