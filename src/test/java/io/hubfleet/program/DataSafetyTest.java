package io.hubfleet.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.JsonPlanRenderer;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.diff.PlanDiffer;
import io.hubfleet.plan.diff.ResourceChange;
import io.hubfleet.plan.diff.StackDiff;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nothing that holds users' work is deleted by the tool: on every cloud it is protected and retained,
 * and removing or renaming a hub or changing storage settings never plans its deletion or replacement
 * without saying so (and pulumi up then stops at the protection).
 */
class DataSafetyTest {

    /** Types that hold users' work (or its backups), by cloud. Scratch buckets are the documented exception. */
    static final Set<String> DATA_TYPES = Set.of(
            "gcp:filestore/instance:Instance", "gcp:storage/bucket:Bucket",
            "aws:efs/fileSystem:FileSystem", "aws:backup/vault:Vault", "aws:s3/bucketV2:BucketV2",
            "azure-native:storage:FileShare", "azure-native:recoveryservices:Vault", "azure-native:resources:ResourceGroup",
            "azure-native:storage:BlobContainer", "gcp:compute/disk:Disk", "aws:ebs/volume:Volume",
            "azure-native:compute:Disk", "azure-native:dataprotection:BackupVault");

    private static boolean scratch(PlanResource resource) {
        return resource.name().endsWith("-scratch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure", "canary-gcp"})
    void everythingHoldingUsersWorkIsProtectedAndRetained(String stack) {
        Plan plan = Stacks.example(stack);
        List<PlanResource> data = plan.resources().stream()
                .filter(r -> DATA_TYPES.contains(r.type()) && !scratch(r)).toList();
        assertThat(data).as(stack).isNotEmpty();
        assertThat(data).allSatisfy(r -> {
            assertThat(r.protect()).as(r.type() + " " + r.name() + " protected").isTrue();
            assertThat(r.retainOnDelete()).as(r.type() + " " + r.name() + " retained").isTrue();
        });
        // Storage accounts holding a kept container or the home share are kept with it.
        plan.ofType("azure-native:storage:StorageAccount").stream()
                .filter(a -> a.name().endsWith("-home") || plan.childrenOf(a.parent()).stream()
                        .anyMatch(c -> c.name().endsWith("-persistent") && c.type().equals("azure-native:storage:BlobContainer")))
                .forEach(a -> assertThat(a.protect() && a.retainOnDelete()).as(a.name()).isTrue());
        // Home volumes in Kubernetes keep the directory when the object goes.
        assertThat(plan.ofType("kubernetes:core/v1:PersistentVolume")).allSatisfy(pv ->
                assertThat(pv.input("/spec/persistentVolumeReclaimPolicy").asText()).isEqualTo("Retain"));
        // The only buckets that are not kept are scratch buckets, whose objects expire by design.
        assertThat(plan.resources().stream().filter(r -> DATA_TYPES.contains(r.type()) && !r.protect()))
                .allSatisfy(r -> assertThat(scratch(r)).as(r.name()).isTrue());
    }

    private static StackDiff diff(String before, String after) {
        List<JsonNode> old = List.of(JsonPlanRenderer.toJson(Stacks.plan(before)));
        List<JsonNode> now = List.of(JsonPlanRenderer.toJson(Stacks.plan(after)));
        return PlanDiffer.diff(old, now).stacks().get(0);
    }

    private static String demo(String stack) throws Exception {
        return Files.readString(Stacks.exampleFile(stack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure"})
    void removingAHubDeletesNoneOfItsUsersWork(String stack) throws Exception {
        String before = demo(stack);
        String after = before.substring(0, before.indexOf("    - name: prod\n"));
        StackDiff diff = diff(before, after);
        List<ResourceChange> removed = diff.resources().stream()
                .filter(r -> r.action() == ResourceChange.Action.REMOVE).toList();
        assertThat(removed).extracting(ResourceChange::name).contains("prod");
        // The shared home storage and its backups are untouched: the hub's directory stays on it.
        assertThat(diff.resources()).noneMatch(r -> r.type().matches(".*(filestore|efs/fileSystem|FileShare|backup|recoveryservices).*"));
        // Whatever holds the hub's kept data is protected: pulumi up stops, and retainOnDelete keeps it.
        for (ResourceChange r : removed) {
            if (DATA_TYPES.contains(r.type()) && !r.name().endsWith("-scratch")) {
                assertThat(r.warnings()).as(r.type() + " " + r.name()).singleElement().asString()
                        .startsWith("protected: pulumi up stops here").contains("stays in the cloud");
            }
        }
        assertThat(removed).anyMatch(r -> r.name().equals("prod-persistent") && !r.warnings().isEmpty());
    }

    /** Grants on data the hub does not own hold no data: removing them removes the access, nothing else, silently. */
    @ParameterizedTest
    @ValueSource(strings = {"demo-gcp", "demo-aws", "demo-azure"})
    void removingAHubsDataAccessRemovesTheGrantsOnly(String stack) throws Exception {
        String before = demo(stack);
        List<String> lines = new java.util.ArrayList<>(before.lines().toList());
        int start = lines.indexOf("      dataAccess:");
        assertThat(start).as(stack + " declares dataAccess").isPositive();
        lines.remove(start);
        while (lines.get(start).startsWith("        ")) {
            lines.remove(start);
        }
        String after = String.join("\n", lines) + "\n";
        StackDiff diff = diff(before, after);
        List<ResourceChange> changed = diff.resources().stream()
                .filter(r -> r.action() != ResourceChange.Action.UPDATE || !r.type().equals("hubfleet:index:Hub")).toList();
        assertThat(changed).as(stack).isNotEmpty().allSatisfy(r -> {
            assertThat(r.action()).as(r.type() + " " + r.name()).isEqualTo(ResourceChange.Action.REMOVE);
            assertThat(r.type()).isIn("gcp:storage/bucketIAMMember:BucketIAMMember", "gcp:projects/iAMMember:IAMMember",
                    "aws:iam/rolePolicy:RolePolicy", "azure-native:authorization:RoleAssignment");
            assertThat(r.warnings()).as(r.name()).isEmpty();
        });
    }

    @Test
    void renamingAHubKeepsTheOldHubsDataAndSaysSo() throws Exception {
        String before = demo("demo-gcp");
        StackDiff diff = diff(before, before.replace("    - name: prod\n", "    - name: research\n"));
        ResourceChange bucket = diff.resources().stream().filter(r -> r.name().equals("prod-persistent")).findFirst()
                .orElseThrow();
        assertThat(bucket.action()).isEqualTo(ResourceChange.Action.REMOVE);
        assertThat(bucket.warnings()).singleElement().asString().contains("protected");
        assertThat(diff.resources()).anyMatch(r -> r.name().equals("research-persistent")
                && r.action() == ResourceChange.Action.ADD);
    }

    @Test
    void aStorageChangeThatWouldReplaceTheHomeShareIsFlagged() throws Exception {
        String before = demo("demo-gcp");
        StackDiff tier = diff(before, before.replace("    tier: standard\n    capacityGiB: 1024\n",
                "    tier: premium\n    capacityGiB: 2560\n"));
        ResourceChange instance = tier.resources().stream()
                .filter(r -> r.type().equals("gcp:filestore/instance:Instance")).findFirst().orElseThrow();
        assertThat(instance.action()).isEqualTo(ResourceChange.Action.UPDATE);
        assertThat(instance.warnings()).containsExactly("changing /tier replaces it with a new, empty one: it is "
                + "protected, so pulumi up stops; move the data first (docs/data-safety.md)");

        StackDiff bigger = diff(before, before.replace("capacityGiB: 1024", "capacityGiB: 2048"));
        assertThat(bigger.resources()).filteredOn(r -> r.type().equals("gcp:filestore/instance:Instance"))
                .singleElement().satisfies(r -> assertThat(r.warnings()).isEmpty());
    }

    @Test
    void anEstateDeployedWithTheOldReleaseNameIsToldHowToKeepItsHubDatabase() throws Exception {
        // Before hubfleet named hub releases after their hub, every hub's release was "jupyterhub".
        JsonNode now = JsonPlanRenderer.toJson(Stacks.example("demo-gcp"));
        JsonNode old = now.deepCopy();
        for (JsonNode resource : old.path("resources")) {
            if (resource.path("type").asText().equals("kubernetes:helm.sh/v3:Release")
                    && resource.at("/inputs/chart").asText().equals("jupyterhub")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) resource.path("inputs")).put("name", "jupyterhub");
            }
        }
        StackDiff upgrade = PlanDiffer.diff(List.of(old), List.of(now)).stacks().get(0);
        assertThat(upgrade.resources()).filteredOn(r -> r.type().equals("kubernetes:helm.sh/v3:Release")
                        && !r.warnings().isEmpty())
                .extracting(ResourceChange::name).containsExactlyInAnyOrder("prod", "staging");
        assertThat(upgrade.resources()).filteredOn(r -> r.name().equals("prod") && !r.warnings().isEmpty())
                .singleElement().satisfies(r -> assertThat(r.warnings()).singleElement().asString()
                        .contains("hub database (PVC hub-db-dir)").contains("docs/upgrading.md"));
    }

    @Test
    void aSmallerHomeDiskIsFlaggedAsRefusedAndABiggerOneIsNot() throws Exception {
        String before = demo("small-gcp");
        StackDiff smaller = diff(before, before.replace("capacityGiB: 50", "capacityGiB: 30"));
        ResourceChange disk = smaller.resources().stream()
                .filter(r -> r.type().equals("gcp:compute/disk:Disk")).findFirst().orElseThrow();
        assertThat(disk.warnings()).containsExactly("shrinking the disk from 50 to 30 GiB is refused: disks only "
                + "grow (GCP would replace it with an empty one, AWS and Azure refuse); keep capacityGiB at 50 or more");

        StackDiff bigger = diff(before, before.replace("capacityGiB: 50", "capacityGiB: 80"));
        assertThat(bigger.resources()).filteredOn(r -> r.type().equals("gcp:compute/disk:Disk"))
                .singleElement().satisfies(r -> assertThat(r.warnings()).isEmpty());
    }

    @Test
    void movingHomesToDisksKeepsTheOldFileServiceAndSaysSo() throws Exception {
        String before = demo("demo-gcp");
        StackDiff toDisks = diff(before, before.replace("    kind: managed\n    tier: standard\n    capacityGiB: 1024\n",
                "    kind: disk\n"));
        ResourceChange filestore = toDisks.resources().stream()
                .filter(r -> r.type().equals("gcp:filestore/instance:Instance")).findFirst().orElseThrow();
        assertThat(filestore.action()).isEqualTo(ResourceChange.Action.REMOVE);
        assertThat(filestore.warnings()).singleElement().asString()
                .contains("protected: pulumi up stops here").contains("stays in the cloud");
        assertThat(toDisks.resources()).filteredOn(r -> r.type().equals("gcp:compute/disk:Disk"))
                .extracting(ResourceChange::action).containsOnly(ResourceChange.Action.ADD).hasSize(2);
    }

    @Test
    void theDeployedProgramRefusesASmallerDiskThanItsLastDeployment() {
        var raw = Stacks.raw(Stacks.GCP_WITH_HUB + "  hubfleet:homeStorage: {capacityGiB: 40}\n");
        var config = io.hubfleet.config.StackConfigReader.read(raw);
        var previous = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        previous.putObject("homeDisks").put("alpha", 60);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThatThrownBy(() -> io.hubfleet.plan.PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(json),
                raw.secretKeys(), java.util.Map.of("test", previous), ctx -> EstateProgram.define(ctx, config)))
                .hasMessageContaining("hubfleet:homeStorage.capacityGiB")
                .hasMessageContaining("the home disk of hub alpha is 60 GiB, and disks only grow")
                .hasMessageContaining("at least 60 GiB");
        // Growing, or a hub that was not there before, is fine.
        previous.putObject("homeDisks").put("alpha", 30).put("gone", 500);
        var plan = io.hubfleet.plan.PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(json), raw.secretKeys(),
                java.util.Map.of("test", previous), ctx -> EstateProgram.define(ctx, config));
        assertThat(plan.outputs().at("/homeDisks/alpha").asInt()).isEqualTo(40);
    }

    /** Shortening a backup retention deletes the older backups at the next run: flagged, on every cloud. */
    @Test
    void aShorterBackupRetentionIsFlagged() throws Exception {
        List<String[]> pairs = new java.util.ArrayList<>();
        for (String stack : List.of("demo-gcp", "demo-azure")) {
            String before = demo(stack);
            pairs.add(new String[]{stack, before, before.replaceFirst("retentionDays: 14", "retentionDays: 3")});
        }
        // Disks: GCP snapshot schedules, AWS Data Lifecycle Manager.
        for (String stack : List.of(Stacks.GCP_WITH_HUB, Stacks.AWS_WITH_HUB)) {
            pairs.add(new String[]{"disks", Stacks.with(stack, "  hubfleet:homeStorage: {backups: {retentionDays: 30}}"),
                    Stacks.with(stack, "  hubfleet:homeStorage: {backups: {retentionDays: 3}}")});
        }
        for (String[] pair : pairs) {
            StackDiff shorter = diff(pair[1], pair[2]);
            assertThat(shorter.resources()).as(pair[0]).anySatisfy(r -> assertThat(r.warnings())
                    .anySatisfy(w -> assertThat(w).startsWith("backups are kept 3 days instead of")));
        }
    }

    /** Turning backups off stops them: the resources that made them go, each flagged. */
    @Test
    void turningBackupsOffIsFlagged() throws Exception {
        String before = demo("demo-gcp");
        StackDiff off = diff(before, before.replace("backups: {timeUtc: \"03:00\", retentionDays: 14}", "backups: {enabled: false}"));
        assertThat(off.resources()).filteredOn(r -> r.action() == ResourceChange.Action.REMOVE)
                .anySatisfy(r -> assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("backups stop")));
        String markdown = io.hubfleet.plan.diff.MarkdownDiffRenderer.render(
                PlanDiffer.diff(List.of(JsonPlanRenderer.toJson(Stacks.plan(before))),
                        List.of(JsonPlanRenderer.toJson(Stacks.plan(before.replace(
                                "backups: {timeUtc: \"03:00\", retentionDays: 14}", "backups: {enabled: false}"))))));
        // Listed before the tables' details, each marked !.
        assertThat(markdown.indexOf("> - ! `")).isPositive().isLessThan(markdown.indexOf("<details>"));
    }

    /** A region change would replace every resource, protected data included: flagged, and refused when deployed. */
    @Test
    void aRegionChangeIsFlaggedAndRefusedWhenDeployed() throws Exception {
        String before = demo("small-aws");
        StackDiff moved = diff(before, before.replace("hubfleet:region: us-west-2", "hubfleet:region: us-east-1")
                .replace("us-west-2a", "us-east-1a"));
        assertThat(moved.resources()).filteredOn(r -> r.type().startsWith("pulumi:providers:"))
                .anySatisfy(r -> assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("changing the region")));
        var raw = Stacks.raw(Stacks.AWS_WITH_HUB);
        var config = io.hubfleet.config.StackConfigReader.read(raw);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThatThrownBy(() -> io.hubfleet.plan.PlanEngine.run("hubfleet", "test", raw.asPulumiConfig(json),
                raw.secretKeys(), java.util.Map.of("test", json.createObjectNode().put("region", "eu-west-1")),
                ctx -> EstateProgram.define(ctx, config)))
                .hasMessageContaining("hubfleet:region").hasMessageContaining("was deployed in eu-west-1");
    }
}
