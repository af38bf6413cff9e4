package io.hubfleet.config.hub;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/**
 * Data the hub does not own, reached through the hub's cloud identity: a bucket by URL ({@code gs://} on GCP,
 * {@code s3://} on AWS) or, on Azure, a storage account by resource id, optionally one container of it.
 * Exactly one of {@code bucket} and {@code storageAccount}; checked by {@code config.DataAccessRules}.
 *
 * @param bucket         {@code gs://<name>} or {@code s3://<name>}: the whole bucket
 * @param storageAccount Azure: the storage account's resource id
 * @param container      Azure: one container of the account; default none (every container of the account)
 * @param access         {@code read} or {@code read-write}; default read
 * @param requesterPays  the bucket bills requests to the requester (GCS and S3 only); default false
 */
public record DataAccessConfig(String bucket, String storageAccount, String container, Access access,
                               Boolean requesterPays) {

    public DataAccessConfig {
        access = access == null ? Access.READ : access;
        requesterPays = requesterPays != null && requesterPays;
    }

    /** The scheme of the bucket's URL ({@code gs}, {@code s3}, ...), when it has one. */
    public Optional<String> bucketScheme() {
        if (bucket == null || !bucket.contains("://")) {
            return Optional.empty();
        }
        return Optional.of(bucket.substring(0, bucket.indexOf("://")));
    }

    /** The bucket's name: its URL without the scheme. */
    public Optional<String> bucketName() {
        return Optional.ofNullable(bucket).map(b -> b.contains("://") ? b.substring(b.indexOf("://") + 3) : b);
    }

    /** What the grant reaches, compared without case where the cloud ignores it (Azure resource ids). */
    public String target() {
        if (bucket != null) {
            return bucket;
        }
        String account = storageAccount == null ? "" : storageAccount.toLowerCase(Locale.ROOT);
        return container == null ? account : account + "/blobservices/default/containers/" + container;
    }

    /** How far the hub's identity may go. */
    public enum Access {
        READ("read"), READ_WRITE("read-write");

        private final String configName;

        Access(String configName) {
            this.configName = configName;
        }

        @JsonValue
        public String configName() {
            return configName;
        }

        @JsonCreator
        public static Access fromConfigName(String name) {
            for (Access access : values()) {
                if (access.configName.equals(name)) {
                    return access;
                }
            }
            throw new IllegalArgumentException("unknown value " + name);
        }
    }
}
