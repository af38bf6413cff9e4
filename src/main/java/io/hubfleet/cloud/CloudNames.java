package io.hubfleet.cloud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Names the clouds limit, met deterministically: the same input always gives the same name. */
public final class CloudNames {

    private CloudNames() {
    }

    /**
     * A globally unique bucket name (GCS, S3): it starts with the account's own id (itself unique), then
     * the parts; 3 to 63 lowercase letters, digits and '-', shortened with a stable hash when too long.
     */
    public static String bucketName(String accountId, String... parts) {
        return fit((accountId + "-" + String.join("-", parts)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), 63);
    }

    /** A name cut to {@code max} characters, its tail replaced by a stable hash of the whole when cut. */
    public static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hash = shortHash(name);
        return name.substring(0, max - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
    }

    /** Six hex digits of SHA-256. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
