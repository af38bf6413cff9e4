package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a diff means for kept data: removing a protected resource, or changing an input that makes the
 * cloud replace it (a new, empty one), stops {@code pulumi up}. The diff says so before anyone runs it.
 * The inputs listed are those each provider replaces the resource for (its "forces new" inputs).
 */
final class DataSafety {

    /** Per type of resource that holds data, the inputs whose change replaces it. */
    static final Map<String, List<String>> REPLACING_INPUTS = Map.ofEntries(
            Map.entry("gcp:filestore/instance:Instance", List.of("/tier", "/location", "/zone", "/name",
                    "/fileShares/name", "/networks", "/project")),
            Map.entry("gcp:storage/bucket:Bucket", List.of("/name", "/location", "/project")),
            Map.entry("aws:efs/fileSystem:FileSystem", List.of("/encrypted", "/performanceMode", "/creationToken",
                    "/kmsKeyId", "/availabilityZoneName")),
            Map.entry("aws:s3/bucketV2:BucketV2", List.of("/bucket", "/bucketPrefix")),
            Map.entry("aws:backup/vault:Vault", List.of("/name", "/kmsKeyArn")),
            Map.entry("azure-native:storage:StorageAccount", List.of("/accountName", "/resourceGroupName", "/location",
                    "/kind", "/isHnsEnabled", "/enableNfsV3")),
            Map.entry("azure-native:storage:FileShare", List.of("/shareName", "/accountName", "/resourceGroupName",
                    "/enabledProtocols")),
            Map.entry("azure-native:storage:BlobContainer", List.of("/containerName", "/accountName", "/resourceGroupName")),
            Map.entry("azure-native:recoveryservices:Vault", List.of("/vaultName", "/resourceGroupName", "/location")),
            Map.entry("azure-native:resources:ResourceGroup", List.of("/resourceGroupName", "/location")),
            // Home disks: terraform-provider-google and the EBS and Azure Disk APIs make a new disk for these.
            Map.entry("gcp:compute/disk:Disk", List.of("/name", "/zone", "/type", "/project", "/snapshot", "/image")),
            Map.entry("aws:ebs/volume:Volume", List.of("/availabilityZone", "/encrypted", "/kmsKeyId", "/snapshotId",
                    "/outpostArn")),
            Map.entry("azure-native:compute:Disk", List.of("/diskName", "/resourceGroupName", "/location", "/zones",
                    "/creationData")),
            Map.entry("azure-native:dataprotection:BackupVault", List.of("/vaultName", "/resourceGroupName", "/location")));

    static final String HELM_RELEASE = "kubernetes:helm.sh/v3:Release";

    /** Each kind of disk's size input, in GiB: disks only grow. */
    static final Map<String, String> DISK_SIZE = Map.of(
            "gcp:compute/disk:Disk", "/size",
            "aws:ebs/volume:Volume", "/size",
            "azure-native:compute:Disk", "/diskSizeGB");

    private DataSafety() {
    }

    /**
     * How many days each kind of backup keeps, where it says: the Filestore workflow's program, GCP and
     * AWS snapshot schedules, AWS Backup plans, the Azure share snapshot job. A shorter retention deletes
     * the older backups at the next run.
     */
    static Optional<Integer> retentionDays(JsonNode resource) {
        JsonNode inputs = resource.path("inputs");
        JsonNode days = switch (resource.path("type").asText()) {
            case "gcp:workflows/workflow:Workflow" -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("keeping (\\d+) days")
                        .matcher(inputs.path("sourceContents").asText());
                yield m.find() ? JsonNodeFactory.instance.numberNode(Integer.parseInt(m.group(1))) : null;
            }
            case "gcp:compute/resourcePolicy:ResourcePolicy" -> inputs.at("/snapshotSchedulePolicy/retentionPolicy/maxRetentionDays");
            case "aws:backup/plan:Plan" -> inputs.at("/rules/0/lifecycle/deleteAfter");
            case "aws:dlm/lifecyclePolicy:LifecyclePolicy" -> inputs.at("/policyDetails/schedules/0/retainRule/count");
            case "kubernetes:batch/v1:CronJob" -> {
                JsonNode found = null;
                for (JsonNode env : inputs.at("/spec/jobTemplate/spec/template/spec/containers/0/env")) {
                    if (env.path("name").asText().equals("RETENTION_DAYS")) {
                        found = JsonNodeFactory.instance.numberNode(env.path("value").asInt());
                    }
                }
                yield found;
            }
            default -> null;
        };
        return days == null || !days.canConvertToInt() && !days.isTextual() || days.asInt(0) <= 0
                ? Optional.empty() : Optional.of(days.asInt());
    }

    private static Optional<String> retention(JsonNode before, List<InputChange> changes) {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        JsonNode after = before.deepCopy();
        for (InputChange change : changes) {
            if (change.path().startsWith("/") && after.path("inputs") instanceof com.fasterxml.jackson.databind.node.ObjectNode) {
                JsonNode parent = after.path("inputs").at(change.path().substring(0, change.path().lastIndexOf('/')));
                String field = change.path().substring(change.path().lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
                if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object && change.after() != null) {
                    object.set(field, change.after());
                } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array && change.after() != null
                        && field.matches("\\d+") && Integer.parseInt(field) < array.size()) {
                    array.set(Integer.parseInt(field), change.after());
                }
            }
        }
        Optional<Integer> was = retentionDays(before);
        Optional<Integer> is = retentionDays(after);
        if (was.isPresent() && is.isPresent() && is.get() < was.get()) {
            return Optional.of("backups are kept " + is.get() + " days instead of " + was.get() + ": the next run deletes "
                    + "every backup older than " + is.get() + " days (docs/data-safety.md#changes-that-lose-data)");
        }
        return Optional.empty();
    }

    /** Resources that make backups: removing one stops them. */
    static final java.util.Set<String> BACKUP_MAKERS = java.util.Set.of(
            "gcp:workflows/workflow:Workflow", "gcp:cloudscheduler/job:Job", "gcp:compute/resourcePolicy:ResourcePolicy",
            "aws:backup/plan:Plan", "aws:backup/selection:Selection", "aws:dlm/lifecyclePolicy:LifecyclePolicy",
            "azure-native:dataprotection:BackupInstance", "kubernetes:batch/v1:CronJob");

    /** Warnings about a removed resource. */
    static List<String> removal(JsonNode resource) {
        List<String> out = new ArrayList<>();
        String type = resource.path("type").asText();
        if (BACKUP_MAKERS.contains(type) && (!type.equals("kubernetes:batch/v1:CronJob")
                || resource.path("name").asText().endsWith("-snapshots"))) {
            out.add("backups stop: no new backup of the homes is made (the existing ones are kept until they expire); "
                    + "turn backups back on unless that is what you want (docs/data-safety.md#changes-that-lose-data)");
        }
        if (resource.path("protect").asBoolean(false)) {
            out.add("protected: pulumi up stops here until it is unprotected (pulumi state unprotect)"
                    + (resource.path("retainOnDelete").asBoolean(false)
                    ? "; then it leaves the stack and stays in the cloud (retainOnDelete)" : "; it would then be DELETED"));
        }
        return out;
    }

    /** Warnings about an updated resource. */
    static List<String> update(JsonNode before, List<InputChange> changes) {
        List<String> out = new ArrayList<>();
        List<String> replacing = REPLACING_INPUTS.getOrDefault(before.path("type").asText(), List.of());
        for (InputChange change : changes) {
            boolean replaces = replacing.stream().anyMatch(p -> change.path().equals(p) || change.path().startsWith(p + "/"));
            if (replaces) {
                out.add("changing " + change.path() + " replaces it with a new, empty one"
                        + (before.path("protect").asBoolean(false)
                        ? ": it is protected, so pulumi up stops; move the data first (docs/data-safety.md)" : ""));
            }
        }
        String size = DISK_SIZE.get(before.path("type").asText());
        for (InputChange change : changes) {
            if (change.path().equals(size) && change.before() != null && change.after() != null
                    && change.after().isNumber() && change.before().isNumber()
                    && change.after().asLong() < change.before().asLong()) {
                out.add("shrinking the disk from " + change.before().asLong() + " to " + change.after().asLong()
                        + " GiB is refused: disks only grow (GCP would replace it with an empty one, AWS and Azure "
                        + "refuse); keep capacityGiB at " + change.before().asLong() + " or more");
            }
        }
        if (before.path("type").asText().equals(HELM_RELEASE) && before.at("/inputs/chart").asText().equals("jupyterhub")
                && changes.stream().anyMatch(c -> c.path().equals("/name"))) {
            out.add("renaming the hub's release uninstalls the old one first, and with it the hub database (PVC "
                    + "hub-db-dir), unless it is annotated to be kept and adopted: docs/upgrading.md#hub-releases-named-after-their-hub");
        }
        retention(before, changes).ifPresent(out::add);
        String type = before.path("type").asText();
        if (type.startsWith("pulumi:providers:") && changes.stream().anyMatch(c -> c.path().equals("/region")
                || c.path().equals("/location"))) {
            out.add("changing the region replaces every resource this provider makes, homes, buckets and backups "
                    + "included: they are protected, so pulumi up stops midway. Make a new stack in the new region and "
                    + "move the data instead (docs/data-safety.md#changing-region)");
        }
        if (before.path("protect").asBoolean(false) && changes.stream().anyMatch(c -> c.path().equals("protect"))) {
            out.add("no longer protected: pulumi would delete it when it leaves the program");
        }
        return out;
    }
}
