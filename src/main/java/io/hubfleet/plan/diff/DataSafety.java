package io.hubfleet.plan.diff;

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

    /** Warnings about a removed resource. */
    static List<String> removal(JsonNode resource) {
        List<String> out = new ArrayList<>();
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
        if (before.path("protect").asBoolean(false) && changes.stream().anyMatch(c -> c.path().equals("protect"))) {
            out.add("no longer protected: pulumi would delete it when it leaves the program");
        }
        return out;
    }
}
