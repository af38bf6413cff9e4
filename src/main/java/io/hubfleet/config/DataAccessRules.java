package io.hubfleet.config;

import io.hubfleet.config.hub.DataAccessConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.portable.Cloud;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hubs' {@code dataAccess}: each entry one bucket of the stack's cloud (GCS on GCP, S3 on AWS) named as the
 * cloud's naming rules allow, or on Azure one storage account by resource id (optionally one container);
 * Requester Pays only for buckets; no target twice in a hub (nor a container of an account the hub already
 * reaches whole); and never a hub's own bucket, which it reaches already.
 */
final class DataAccessRules implements StackRule {

    /**
     * GCS bucket names: 3 to 63 characters of lowercase letters, digits, '-', '_' and '.', starting and ending
     * with a letter or digit; with dots up to 222, each dot-separated part at most 63; not an IP address; not
     * starting with "goog" nor containing "google" (cloud.google.com/storage/docs/buckets#naming).
     */
    static final Pattern GCS_NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$");
    /**
     * S3 general purpose bucket names: 3 to 63 characters of lowercase letters, digits, '.' and '-', starting and
     * ending with a letter or digit, no two adjacent periods, not an IP address, none of the reserved prefixes
     * and suffixes (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
     */
    static final Pattern S3_NAME = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
    static final List<String> S3_RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    static final List<String> S3_RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");
    static final Pattern IP_ADDRESS = Pattern.compile("^\\d+\\.\\d+\\.\\d+\\.\\d+$");
    /**
     * An Azure storage account's resource id; the account's name is 3 to 24 lowercase letters and digits
     * (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage).
     */
    static final Pattern STORAGE_ACCOUNT_ID = Pattern.compile("^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/"
            + "[-\\w._()]{1,90}/providers/Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}$", Pattern.CASE_INSENSITIVE);
    /**
     * A blob container's name: 3 to 63 lowercase letters, digits and '-', starting with a letter or digit, no
     * two hyphens in a row (learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata).
     */
    static final Pattern CONTAINER = Pattern.compile("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$");

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<String> hubNames = config.hubs().stream().map(h -> h.value().name()).toList();
        for (BoundConfig.Indexed<HubConfig> indexed : config.hubs()) {
            HubConfig hub = indexed.value();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < hub.dataAccess().size(); i++) {
                DataAccessConfig entry = hub.dataAccess().get(i);
                ConfigPath at = BoundConfig.hub(indexed.index()).child("dataAccess").index(i);
                List<ConfigProblem> own = entry(at, entry, config.cloud(), hubNames);
                problems.addAll(own);
                if (own.isEmpty()) {
                    Integer earlier = seen.putIfAbsent(entry.target(), i);
                    if (earlier != null) {
                        problems.add(ConfigProblem.of(at, "grants " + described(entry) + " again (dataAccess["
                                + earlier + "])", "each bucket, storage account or container once per hub, with the "
                                + "widest access it needs"));
                    }
                }
            }
            for (int i = 0; i < hub.dataAccess().size(); i++) {
                DataAccessConfig entry = hub.dataAccess().get(i);
                if (entry.storageAccount() != null && entry.container() != null) {
                    Integer whole = seen.get(entry.storageAccount().toLowerCase(Locale.ROOT));
                    if (whole != null) {
                        problems.add(ConfigProblem.of(BoundConfig.hub(indexed.index()).child("dataAccess").index(i)
                                .child("container"), "the container is within storage account " + entry.storageAccount()
                                + ", which dataAccess[" + whole + "] grants whole", "the whole account once, or its "
                                + "containers one by one"));
                    }
                }
            }
        }
        return problems;
    }

    private static String described(DataAccessConfig entry) {
        return entry.bucket() != null ? entry.bucket() : entry.target();
    }

    private static List<ConfigProblem> entry(ConfigPath at, DataAccessConfig entry, Optional<Cloud> cloud,
                                             List<String> hubNames) {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean bucket = entry.bucket() != null;
        boolean account = entry.storageAccount() != null;
        if (bucket == account) {
            problems.add(ConfigProblem.of(at, bucket ? "names both a bucket and a storage account"
                    : "names neither a bucket nor a storage account", "one of bucket (gs:// on GCP, s3:// on AWS) "
                    + "and storageAccount (Azure)"));
            return problems;
        }
        if (entry.container() != null && !account) {
            problems.add(ConfigProblem.of(at.child("container"), "a container belongs to an Azure storage account",
                    "container only with storageAccount"));
        }
        if (bucket) {
            problems.addAll(bucket(at.child("bucket"), entry, cloud, hubNames));
        } else {
            problems.addAll(storageAccount(at, entry, cloud));
        }
        return problems;
    }

    private static List<ConfigProblem> bucket(ConfigPath at, DataAccessConfig entry, Optional<Cloud> cloud,
                                              List<String> hubNames) {
        List<ConfigProblem> problems = new ArrayList<>();
        Optional<String> scheme = entry.bucketScheme();
        String expected = cloud.map(c -> switch (c) {
            case GCP -> "gs";
            case AWS -> "s3";
            case AZURE -> "";
        }).orElse(null);
        if (cloud.isPresent() && cloud.get() == Cloud.AZURE) {
            problems.add(ConfigProblem.of(at, "\"" + entry.bucket() + "\" is a bucket, and an Azure hub reaches "
                    + "storage accounts", "storageAccount: <resource id> (and container) on Azure"));
            return problems;
        }
        if (scheme.isEmpty() || !(scheme.get().equals("gs") || scheme.get().equals("s3"))) {
            problems.add(ConfigProblem.of(at, "\"" + entry.bucket() + "\" is not a bucket URL",
                    expected == null ? "gs://<bucket> or s3://<bucket>" : expected + "://<bucket>"));
            return problems;
        }
        if (expected != null && !scheme.get().equals(expected)) {
            problems.add(ConfigProblem.of(at, "\"" + entry.bucket() + "\" is a bucket of another cloud than the "
                    + "stack's (" + cloud.get().configName() + ")", expected + "://<bucket>: a hub's identity reaches "
                    + "its own cloud's buckets"));
            return problems;
        }
        String name = entry.bucketName().orElse("");
        if (name.contains("/")) {
            problems.add(ConfigProblem.of(at, "\"" + entry.bucket() + "\" names a path within the bucket",
                    scheme.get() + "://" + name.substring(0, name.indexOf('/')) + ": grants are on whole buckets"));
            return problems;
        }
        Optional<String> wrong = scheme.get().equals("gs") ? gcsNameProblem(name) : s3NameProblem(name);
        wrong.ifPresent(problem -> problems.add(ConfigProblem.of(at, "\"" + name + "\" " + problem,
                scheme.get().equals("gs") ? "a GCS bucket name (cloud.google.com/storage/docs/buckets#naming)"
                        : "an S3 bucket name (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)")));
        for (String hub : hubNames) {
            if (name.endsWith("-" + hub + "-scratch") || name.endsWith("-" + hub + "-persistent")) {
                problems.add(ConfigProblem.of(at, "\"" + name + "\" is hub " + hub + "'s own bucket",
                        "buckets hubfleet does not make: a hub reaches its own buckets already, and another hub's "
                                + "never"));
            }
        }
        return problems;
    }

    static Optional<String> gcsNameProblem(String name) {
        if (!GCS_NAME.matcher(name).matches()) {
            return Optional.of("is not 3 to 63 lowercase letters, digits, '-', '_' and '.', starting and ending with "
                    + "a letter or digit");
        }
        if (!name.contains(".") && name.length() > 63) {
            return Optional.of("is longer than 63 characters (only names with dots may be longer, up to 222)");
        }
        for (String part : name.split("\\.")) {
            if (part.length() > 63) {
                return Optional.of("has a dot-separated part longer than 63 characters");
            }
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            return Optional.of("is an IP address");
        }
        if (name.startsWith("goog") || name.contains("google")) {
            return Optional.of("starts with \"goog\" or contains \"google\"");
        }
        return Optional.empty();
    }

    static Optional<String> s3NameProblem(String name) {
        if (!S3_NAME.matcher(name).matches()) {
            return Optional.of("is not 3 to 63 lowercase letters, digits, '.' and '-', starting and ending with a "
                    + "letter or digit");
        }
        if (name.contains("..")) {
            return Optional.of("has two adjacent periods");
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            return Optional.of("is an IP address");
        }
        for (String prefix : S3_RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Optional.of("starts with the reserved prefix " + prefix);
            }
        }
        for (String suffix : S3_RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return Optional.of("ends with the reserved suffix " + suffix);
            }
        }
        return Optional.empty();
    }

    private static List<ConfigProblem> storageAccount(ConfigPath at, DataAccessConfig entry, Optional<Cloud> cloud) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (cloud.isPresent() && cloud.get() != Cloud.AZURE) {
            problems.add(ConfigProblem.of(at.child("storageAccount"), "storage accounts are Azure's, and this "
                    + "stack is on " + cloud.get().configName(), "bucket: " + (cloud.get() == Cloud.GCP ? "gs" : "s3")
                    + "://<bucket>"));
            return problems;
        }
        if (!STORAGE_ACCOUNT_ID.matcher(entry.storageAccount()).matches()) {
            problems.add(ConfigProblem.of(at.child("storageAccount"), "\"" + entry.storageAccount()
                    + "\" is not a storage account's resource id", "/subscriptions/<subscription id>/resourceGroups/"
                    + "<group>/providers/Microsoft.Storage/storageAccounts/<3 to 24 lowercase letters and digits>"));
        }
        if (entry.container() != null && !CONTAINER.matcher(entry.container()).matches()) {
            problems.add(ConfigProblem.of(at.child("container"), "\"" + entry.container()
                    + "\" is not a container name", "3 to 63 lowercase letters, digits and '-', starting and ending "
                    + "with a letter or digit, no two '-' in a row"));
        }
        if (entry.requesterPays()) {
            problems.add(ConfigProblem.of(at.child("requesterPays"), "Azure Storage has no Requester Pays: the "
                    + "account's owner pays for reads", "leave requesterPays out on Azure"));
        }
        return problems;
    }
}
