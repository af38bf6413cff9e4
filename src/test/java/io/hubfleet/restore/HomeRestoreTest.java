package io.hubfleet.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.render.KubernetesApi;
import io.hubfleet.render.PodSecurityBaseline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.hubfleet.restore.RestoreFixtures.commands;
import static io.hubfleet.restore.RestoreFixtures.manifests;
import static io.hubfleet.restore.RestoreFixtures.ofKind;
import static io.hubfleet.restore.RestoreFixtures.podScript;
import static io.hubfleet.restore.RestoreFixtures.restore;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cloud and home kind, from the example stacks: a user's restore copies that user's directory and
 * nothing else, a hub's restore the hub's, into the hub's live directory on the cluster; no step deletes or
 * overwrites the live disk or share; what the restore pod is made of is what the Kubernetes API accepts.
 */
class HomeRestoreTest {

    /**
     * One cloud and kind.
     *
     * @param stack     the example
     * @param hub       a hub of it
     * @param from      a backup of the form its cloud lists
     * @param live      the names of the live storage, which nothing may delete or replace
     * @param source    how the copy's source is set in the pod, {user} standing for "/alice" (or nothing)
     * @param namespace where the restore pod runs
     * @param livePath  the hub's directory on the live server
     */
    record Case(String stack, String hub, String from, List<String> live, String source, String namespace,
                String livePath) {
        @Override
        public String toString() {
            return stack + "/" + hub;
        }

        HubHome home() {
            return RestoreFixtures.home(stack, hub);
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("small-gcp", "hub", "small-gcp-hub-home-us-central1-a-20250601030000", List.of("small-gcp-hub-home"),
                        "src=/backup/hub{user}", "hub-home-nfs", "/hub"),
                new Case("small-aws", "hub", "snap-0123456789abcdef0", List.of("small-aws-hub-home"),
                        "src=/backup/hub{user}", "hub-home-nfs", "/hub"),
                new Case("small-azure", "hub", "AzureBackup_small-azure-hub-home_2025-06-01", List.of("small-azure-hub-home"),
                        "src=/backup/hub{user}", "hub-home-nfs", "/hub"),
                new Case("demo-gcp", "prod", "home-5f3a1c-20250601030000", List.of("demo-gcp-home"),
                        "src=/backup{user}", "hubfleet-system", "/homes/prod"),
                new Case("college-b", "college-b", "home-5f3a1c-20250601030000", List.of("shared-gcp-home"),
                        "src=/backup{user}", "hubfleet-system", "/homes/college-b-9a51"),
                new Case("demo-aws", "prod", "arn:aws:backup:us-west-2:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45",
                        List.of("demo-aws-home"),
                        "src=\"$(ls -d /backup/aws-backup-restore_*/prod{user} 2>/dev/null | sort | tail -n 1)\"",
                        "hubfleet-system", "/prod"),
                new Case("demo-azure", "prod", "2025-06-01T03:00:05.0000000Z", List.of("hfdemoazurehome747f37", "homes"),
                        "src=\"$snap/prod{user}\"", "hubfleet-system", "/hfdemoazurehome747f37/homes/prod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aUsersRestoreCopiesThatUsersDirectoryIntoTheirLiveHomeOnly(Case c) {
        List<Step> steps = restore(c.home(), "alice", c.from());

        List<Step> copies = RestoreFixtures.ofKind(steps, StepKind.COPY);
        assertThat(copies).hasSize(1);
        String script = podScript(copies.get(0));
        assertThat(script.lines()).contains(c.source().replace("{user}", "/alice"));
        assertThat(script.lines().filter(line -> line.startsWith("rsync")).toList()).singleElement()
                .satisfies(rsync -> assertThat(rsync).matches("rsync -aH --numeric-ids --backup "
                        + "--suffix=\"\\.before-restore-[0-9a-f]{6}-\\$stamp\" --info=stats1 \"\\$src\"/ /live/alice/"));
        assertThat(script.lines()).contains("stamp=\"$(date -u +%Y%m%dT%H%M%SZ)\"");
        assertThat(commands(copies).get(0).argv()).containsSequence("--namespace", c.namespace());
        // What the operator looks at before copying is that same directory.
        assertThat(podScript(RestoreFixtures.ofKind(steps, StepKind.CHECK).stream()
                .filter(step -> step.title().startsWith("See what the backup holds")).findFirst().orElseThrow()).lines())
                .contains(c.source().replace("{user}", "/alice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHubsRestoreCopiesTheHubsDirectoryIntoItsLiveDirectory(Case c) {
        List<Step> steps = restore(c.home(), null, c.from());

        String script = podScript(RestoreFixtures.ofKind(steps, StepKind.COPY).get(0));
        assertThat(script.lines()).contains(c.source().replace("{user}", ""));
        String rsync = script.lines().filter(line -> line.startsWith("rsync")).findFirst().orElseThrow();
        assertThat(rsync).endsWith(" \"$src\"/ /live/");
        // On disks the quota enforcer's own files stay as they are.
        assertThat(rsync.contains("--exclude=/.projects --exclude=/.projid")).isEqualTo(c.home().backups().kind().equals("disk"));
        // The live volume is the hub's directory on its live server, as the hub's own volume names it.
        JsonNode pod = ofKind(manifests(steps), "Pod").findFirst().orElseThrow();
        assertThat(pod.at("/spec/volumes").findValues("nfs")).anySatisfy(nfs -> {
            assertThat(nfs.path("server").asText()).isEqualTo("found-live_server");
            assertThat(nfs.path("path").asText()).isEqualTo(c.livePath());
        });
        assertThat(pod.at("/metadata/namespace").asText()).isEqualTo(c.namespace());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noStepDeletesOrOverwritesTheLiveStorage(Case c) {
        for (String user : new String[] {"alice", null}) {
            List<Step> steps = restore(c.home(), user, c.from());
            for (ShellCommand command : commands(steps)) {
                List<String> argv = command.argv();
                if (isDestructive(argv)) {
                    // A delete names the restore's copy, or a value found by a lookup of the copy by its name.
                    List<String> named = new java.util.ArrayList<>(argv);
                    commands(steps).stream().filter(lookup -> lookup.capture() != null
                                    && command.reads().contains(lookup.capture()))
                            .forEach(lookup -> named.addAll(lookup.argv()));
                    assertThat(named).as("a delete must name a temporary restore object: " + command.line())
                            .doesNotContainAnyElementsOf(c.live())
                            .anyMatch(token -> token.contains("-restore-"));
                }
                // Restoring a backup over a Filestore instance or a deleted share would replace the live one.
                assertThat(command.line()).doesNotContain("instances restore").doesNotContain("share-rm restore");
            }
            for (Step step : steps) {
                boolean runsInPod = step.commands().stream().anyMatch(command -> command.argv().contains("exec"));
                if (!runsInPod) {
                    continue;
                }
                String script = podScript(step);
                assertThat(script).doesNotContain("--delete").doesNotContain("rm ").doesNotContain("mv ");
                if (step.kind() != StepKind.COPY) {
                    assertThat(script).as("only the copy writes to the live home").doesNotContain("/live");
                } else {
                    assertThat(script).contains("--backup --suffix=\".before-restore-");
                }
            }
            // The backup's copy is mounted read-only; a disk's PersistentVolume keeps the disk when removed.
            List<ObjectNode> objects = manifests(steps);
            JsonNode pod = ofKind(objects, "Pod").findFirst().orElseThrow();
            JsonNode backup = pod.at("/spec/volumes/0");
            assertThat(backup.path("name").asText()).isEqualTo("backup");
            assertThat(backup.findValue("readOnly").asBoolean()).isTrue();
            assertThat(pod.at("/spec/containers/0/volumeMounts/0/readOnly").asBoolean()).isTrue();
            ofKind(objects, "PersistentVolume").forEach(volume -> {
                assertThat(volume.at("/spec/persistentVolumeReclaimPolicy").asText()).isEqualTo("Retain");
                assertThat(volume.at("/spec/mountOptions").toString()).contains("\"ro\"").contains("\"nouuid\"");
                assertThat(volume.at("/spec/csi/volumeHandle").asText()).doesNotEndWith("/" + c.live().get(0));
            });
            // Only the operator runs what writes to the live home or removes anything.
            steps.stream().filter(step -> step.kind().runs()).flatMap(step -> step.commands().stream())
                    .forEach(command -> assertThat(command.argv()).as(command.line()).doesNotContain("delete")
                            .noneMatch(token -> token.contains("rsync")));
        }
    }

    private static boolean isDestructive(List<String> argv) {
        return argv.stream().anyMatch(token -> Pattern.matches("delete|delete-volume|rm|restore|update|resize|"
                + "detach-volume|remove|replace|patch", token));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRestorePodAndItsVolumesAreObjectsTheKubernetesApiAccepts(Case c) {
        List<ObjectNode> objects = manifests(restore(c.home(), "alice", c.from()));

        assertThat(objects).isNotEmpty();
        objects.forEach(object -> assertThat(KubernetesApi.problems(object)).as(object.toString()).isEmpty());
        JsonNode pod = ofKind(objects, "Pod").findFirst().orElseThrow();
        assertThat(pod.at("/spec/nodeSelector/hub.jupyter.org~1node-purpose").asText()).isEqualTo("core");
        assertThat(pod.at("/metadata/labels/hubfleet.io~1restore").isTextual()).isTrue();
        // Hub namespaces enforce Baseline; the restore pod passes it wherever it runs.
        assertThat(PodSecurityBaseline.violations(pod.path("spec"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMalformedBackupOrUserIsRefusedBeforeAnyStep(Case c) {
        HubHome home = c.home();
        for (String from : List.of("x; rm -rf /", "../other", "")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RestoreRequest(home, java.util.Optional.empty(), from))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--from");
        }
        for (String user : List.of("../bob", "a/b", ".", "..", "alice bob", "$(id)")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RestoreRequest(home, java.util.Optional.of(user), c.from()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--user");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameBackupAlwaysGetsTheSameTemporaryNames(Case c) {
        List<Step> first = restore(c.home(), "alice", c.from());
        List<Step> again = restore(c.home(), "alice", c.from());
        List<Step> other = restore(c.home(), "alice", c.from().replace("2025", "2024").replace("0123", "0124")
                .replace("1EB3", "1EB4"));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }
}
