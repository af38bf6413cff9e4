package io.hubfleet.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.cloud.HubHostFacts;
import io.hubfleet.cloud.aws.EksHostFacts;
import io.hubfleet.cloud.azure.AksHostFacts;
import io.hubfleet.cloud.gcp.GkeHostFacts;
import io.hubfleet.components.HubHostContract;
import io.hubfleet.config.HomeStorageKind;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each hub's home and its storage's backups in the offline plans: the stack's own (its hubs, their
 * volumes and, on disks, their disks) and its cluster stack's (the cluster's facts, and the managed file
 * service). Names are read from the resources the program declares, so a restore names what was deployed.
 */
public final class HubHomeReader {

    static final String HUB = "hubfleet:index:Hub";
    static final String VOLUME = "kubernetes:core/v1:PersistentVolume";
    private static final Pattern WORKFLOW_RETENTION = Pattern.compile("keeping (\\d+) days");
    private static final Pattern DURATION_DAYS = Pattern.compile("P(\\d+)D");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>> OUTPUT_TYPE =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private HubHomeReader() {
    }

    /**
     * Every hub of {@code stack}, in the stack file's order.
     *
     * @param stack   the stack's plan
     * @param cluster the plan of the stack that makes its cluster ({@code stack} itself, unless hub-only)
     */
    public static List<HubHome> read(Plan stack, Plan cluster) {
        JsonNode hubHost = cluster.outputs().path(HubHostContract.OUTPUT);
        // The contract is read where the program reads it, its cloud's facts by that cloud's record.
        HubHostContract contract = HubHostContract.fromOutput(JSON.convertValue(hubHost, OUTPUT_TYPE))
                .orElseThrow(() -> new IllegalStateException("the plan of " + cluster.stack() + " has no "
                        + HubHostContract.OUTPUT + " output (a cluster stack with hubfleet:ingress exports one)"));
        String cloud = cluster.cloud();
        Map<String, Object> facts = contract.facts();
        String systemNamespace = contract.systemNamespace();
        String clusterName = facts(cloud, facts).clusterName();
        HomeBackups shared = contract.homeStorageKind() == HomeStorageKind.MANAGED ? managed(cloud, cluster, facts) : null;
        List<HubHome> homes = new ArrayList<>();
        for (PlanResource hub : hubsInOrder(stack)) {
            String name = hub.name();
            String instance = hub.outputs().path("namespace").asText(name);
            PlanResource volume = PlanFacts.require(stack, VOLUME, name + "-home");
            HomeBackups backups = shared != null ? shared : disk(cloud, stack, cluster, facts, name);
            homes.add(new HubHome(stack.stack(), cluster.stack(), name, instance,
                    PlanFacts.text(volume, "/metadata/name"), PlanFacts.text(volume, "/spec/nfs/path"),
                    systemNamespace, clusterName, backups));
        }
        return homes;
    }

    /** Hubs in the order the stack file lists them (their secrets name their index there). */
    private static List<PlanResource> hubsInOrder(Plan stack) {
        return stack.ofType(HUB).stream()
                .sorted(java.util.Comparator.comparingInt(HubHomeReader::indexInStackFile)
                        .thenComparing(PlanResource::name))
                .toList();
    }

    private static int indexInStackFile(PlanResource hub) {
        Matcher index = Pattern.compile("hubfleet:hubs\\[(\\d+)]").matcher(hub.outputs().path("secretsNeeded").toString());
        return index.find() ? Integer.parseInt(index.group(1)) : Integer.MAX_VALUE;
    }

    /** The cluster's facts, read by its cloud's record. */
    private static HubHostFacts facts(String cloud, Map<String, Object> exported) {
        return switch (cloud) {
            case "gcp" -> GkeHostFacts.fromOutput(exported);
            case "aws" -> EksHostFacts.fromOutput(exported);
            case "azure" -> AksHostFacts.fromOutput(exported);
            default -> throw new IllegalStateException("no hub host facts on " + cloud);
        };
    }

    private static HomeBackups disk(String cloud, Plan stack, Plan cluster, Map<String, Object> facts, String hub) {
        String diskName = hub + "-home-disk";
        switch (cloud) {
            case "gcp": {
                PlanResource disk = PlanFacts.require(stack, "gcp:compute/disk:Disk", diskName);
                Optional<PlanResource> schedule = stack.find("gcp:compute/resourcePolicy:ResourcePolicy", hub + "-home-snapshots");
                GkeHostFacts gke = GkeHostFacts.fromOutput(facts);
                return new GcpDiskSnapshots(gke.projectId(), PlanFacts.text(disk, "/zone"), gke.region(), PlanFacts.text(disk, "/name"), PlanFacts.text(disk, "/type"),
                        schedule.map(policy -> PlanFacts.text(policy, "/name")),
                        schedule.map(policy -> policy.input("/snapshotSchedulePolicy/retentionPolicy/maxRetentionDays").asInt()));
            }
            case "aws": {
                PlanResource volume = PlanFacts.require(stack, "aws:ebs/volume:Volume", diskName);
                Optional<PlanResource> policy = stack.find("aws:dlm/lifecyclePolicy:LifecyclePolicy", hub + "-home-snapshots");
                return new AwsEbsSnapshots(EksHostFacts.fromOutput(facts).region(),
                        PlanFacts.text(volume, "/availabilityZone"), PlanFacts.text(volume, "/tags/Name"),
                        PlanFacts.text(volume, "/type"),
                        policy.map(p -> p.input("/policyDetails/schedules/0/retainRule/count").asInt()));
            }
            case "azure": {
                PlanResource disk = PlanFacts.require(stack, "azure-native:compute:Disk", diskName);
                Optional<PlanResource> vault = stack.find("azure-native:dataprotection:BackupVault", hub + "-home-backups");
                Optional<PlanResource> policy = stack.find("azure-native:resources:Deployment", hub + "-home-backups-policy");
                JsonNode zones = disk.input("/zones");
                return new AzureDiskSnapshots(AzureAccountRef.of(AksHostFacts.fromOutput(facts).subscriptionId(),
                        cluster.stack()), PlanFacts.text(disk, "/resourceGroupName"), PlanFacts.text(disk, "/location"),
                        zones.isArray() && !zones.isEmpty() ? Optional.of(zones.get(0).asText()) : Optional.empty(),
                        PlanFacts.text(disk, "/diskName"), PlanFacts.text(disk, "/sku/name"),
                        vault.map(v -> PlanFacts.text(v, "/vaultName")), policy.map(HubHomeReader::diskRetention));
            }
            default:
                throw new IllegalStateException("no home disks on " + cloud);
        }
    }

    private static HomeBackups managed(String cloud, Plan cluster, Map<String, Object> facts) {
        switch (cloud) {
            case "gcp": {
                PlanResource instance = PlanFacts.requireSingle(cluster, "gcp:filestore/instance:Instance");
                Optional<PlanResource> workflow = PlanFacts.single(cluster, "gcp:workflows/workflow:Workflow");
                GkeHostFacts gke = GkeHostFacts.fromOutput(facts);
                return new GcpFilestoreBackups(gke.projectId(), PlanFacts.text(instance, "/location"), gke.region(),
                        PlanFacts.text(instance, "/name"), PlanFacts.text(instance, "/fileShares/name"),
                        PlanFacts.text(instance, "/tier"), instance.input("/fileShares/capacityGb").asLong(),
                        workflow.map(w -> days(WORKFLOW_RETENTION, PlanFacts.text(w, "/description"))));
            }
            case "aws": {
                PlanResource fileSystem = PlanFacts.requireSingle(cluster, "aws:efs/fileSystem:FileSystem");
                String name = PlanFacts.text(fileSystem, "/tags/Name");
                Optional<PlanResource> vault = PlanFacts.single(cluster, "aws:backup/vault:Vault");
                Optional<PlanResource> plan = PlanFacts.single(cluster, "aws:backup/plan:Plan");
                Optional<PlanResource> selection = PlanFacts.single(cluster, "aws:backup/selection:Selection");
                // Without backups the names are still hubfleet's (EfsBackend): a retained vault keeps its points.
                return new AwsEfsBackups(EksHostFacts.fromOutput(facts).region(), name,
                        vault.map(v -> PlanFacts.text(v, "/name")).orElse(name),
                        plan.map(p -> PlanFacts.text(p, "/name")).orElse(name + "-daily"),
                        selection.map(s -> PlanFacts.text(s, "/name")).orElse(name),
                        plan.map(p -> p.input("/rules/0/lifecycle/deleteAfter").asInt()));
            }
            case "azure": {
                PlanResource share = PlanFacts.requireSingle(cluster, "azure-native:storage:FileShare");
                Optional<Integer> retention = cluster.ofType("kubernetes:batch/v1:CronJob").stream()
                        .filter(job -> job.name().endsWith("-home-snapshots"))
                        .findFirst()
                        .map(HubHomeReader::cronJobRetention);
                return new AzureFilesSnapshots(AzureAccountRef.of(AksHostFacts.fromOutput(facts).subscriptionId(),
                        cluster.stack()), PlanFacts.text(share, "/resourceGroupName"), PlanFacts.text(share, "/accountName"),
                        PlanFacts.text(share, "/shareName"), retention);
            }
            default:
                throw new IllegalStateException("no managed home storage on " + cloud);
        }
    }

    private static int cronJobRetention(PlanResource job) {
        for (JsonNode env : job.input("/spec/jobTemplate/spec/template/spec/containers/0/env")) {
            if (env.path("name").asText().equals("RETENTION_DAYS")) {
                return Integer.parseInt(env.path("value").asText());
            }
        }
        throw new IllegalStateException("the CronJob " + job.name() + " has no RETENTION_DAYS");
    }

    /** The retention of Azure Disk Backup's policy template: its delete-after duration (P14D). */
    private static int diskRetention(PlanResource deployment) {
        String duration = deployment.input("/properties/template/resources/0/properties/policyRules").findValues("duration")
                .stream().map(JsonNode::asText).findFirst()
                .orElseThrow(() -> new IllegalStateException(deployment.name() + " has no retention"));
        return days(DURATION_DAYS, duration);
    }

    private static int days(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no retention in \"" + text + "\"");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
