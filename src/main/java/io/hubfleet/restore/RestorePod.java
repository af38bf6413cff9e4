package io.hubfleet.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.cloud.CloudNames;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The temporary pod a restore copies through, the same on every cloud: it mounts the backup's copy
 * read-only at {@value #BACKUP} and the hub's live directory (from the NFS server the hub's own volume
 * names) at {@value #LIVE}, and rsync copies one directory from the first into the second. rsync never
 * deletes (no {@code --delete}), and a file it replaces is kept beside it, renamed
 * {@code <name>.before-restore-<label>-<time>}: the restore loses nothing that is in the live home now. The
 * time is the copy's own (taken in the pod), so running the copy again never overwrites what an earlier run kept.
 */
final class RestorePod {

    static final String BACKUP = "/backup";
    static final String LIVE = "/live";
    /** A small pinned image; rsync is installed when the pod starts (the core nodes reach the internet). */
    static final String IMAGE = "alpine:3.20.3";
    static final String CORE_NODES = "hub.jupyter.org/node-purpose";
    /** Labels the temporary objects, so what a restore made is found and told apart. */
    static final String LABEL = "hubfleet.io/restore";
    /** The pod ends by itself after a day, if nobody removes it. */
    static final int LIFETIME_SECONDS = 86_400;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // A label such as 123456 must stay a string: Kubernetes refuses a number there.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    /**
     * Where the pod runs and what it mounts.
     *
     * @param request      the restore
     * @param namespace    where the pod (and a disk's claim) lives
     * @param zone         the zone label value the pod must run in (a zonal disk's), or null
     * @param backupVolume the pod's volume holding the backup (a claim, or an NFS export)
     * @param before       objects the pod needs first (a disk's PersistentVolume and claim)
     * @param findSource   shell lines (run in the pod) that set {@code src} to the directory to copy
     * @param excludes     paths under the hub's directory a whole-hub restore leaves alone
     */
    record Spec(RestoreRequest request, String namespace, String zone, ObjectNode backupVolume, List<ObjectNode> before,
                String findSource, List<String> excludes) {
    }

    private RestorePod() {
    }

    static String podName(RestoreRequest request) {
        return CloudNames.fit(request.home().instance() + "-restore-" + request.label(), 63);
    }

    /**
     * The first kubectl step of every restore: the hub's own volume names its live NFS server, and finding
     * it proves kubectl talks to the right cluster and the hub has that name there.
     */
    static Step findLive(HubHome home) {
        return Step.of(StepKind.CHECK, "Find the NFS server of the hub's live home: its PersistentVolume "
                        + home.volumeName() + " names it (kubectl must be pointed at the cluster " + home.clusterName() + ")",
                ShellCommand.of("kubectl", "get", "persistentvolume", home.volumeName(), "--output",
                        "jsonpath={.spec.nfs.server}").capturing("LIVE_SERVER"))
                .noting("Not found? Point kubectl at the cluster: eval \"$(pulumi stack output credentialsCommand -s "
                        + home.clusterStack() + ")\"" + (home.hubOnly() ? "; and a hub deployed before hubfleet qualified "
                        + "hub-only stacks' hub names kept its plain name: pulumi stack output hubInstances -s "
                        + home.stack() + " says its name on the cluster." : ""));
    }

    /** The steps common to every cloud once the backup's copy exists: start the pod, look, copy, remove the pod. */
    static List<Step> steps(Spec spec) {
        RestoreRequest request = spec.request();
        String pod = podName(request);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(StepKind.PREPARE, "Start the temporary pod " + pod + " in " + spec.namespace()
                        + ": the backup read-only at " + BACKUP + ", the hub's live directory at " + LIVE,
                ShellCommand.of("kubectl", "apply", "--filename", "-").withStdin(manifest(spec, pod))));
        steps.add(Step.of(StepKind.CHECK, "Wait until the pod is ready (its volumes mounted, rsync installed)",
                ShellCommand.of("kubectl", "wait", "--namespace", spec.namespace(), "--for=condition=Ready",
                        "pod/" + pod, "--timeout=15m")));
        steps.add(Step.of(StepKind.CHECK, "See what the backup holds of " + request.what(),
                exec(spec.namespace(), pod, spec.findSource() + "\n" + requireSource() + "\necho \"$src\"\nls -la \"$src\"")));
        steps.add(Step.of(StepKind.COPY, "Copy " + request.what() + " back into the live home: nothing there is deleted, "
                        + "and each file the copy replaces is kept beside it as <name>.before-restore-" + request.label() + "-<time>",
                exec(spec.namespace(), pod, spec.findSource() + "\n" + requireSource() + "\n" + rsync(spec)))
                .noting(request.user().isPresent()
                        ? "Ask " + request.user().get() + " to stop their server first (File > Hub Control Panel > Stop "
                        + "My Server), so nothing writes while the copy runs."
                        : "Stop every user server of the hub first (the hub's admin page: Stop All), so nothing "
                        + "writes while the copy runs.",
                        "Files arrive with the owners and modes they had (uid 1000, gid 100 for z2jh users)."));
        List<ShellCommand> cleanup = new ArrayList<>();
        cleanup.add(ShellCommand.of("kubectl", "delete", "pod", pod, "--namespace", spec.namespace(), "--ignore-not-found"));
        for (ObjectNode object : spec.before()) {
            String kind = object.path("kind").asText();
            String name = object.at("/metadata/name").asText();
            cleanup.add(kind.equals("PersistentVolume")
                    ? ShellCommand.of("kubectl", "delete", "persistentvolume", name, "--ignore-not-found")
                    : ShellCommand.of("kubectl", "delete", "persistentvolumeclaim", name, "--namespace",
                    spec.namespace(), "--ignore-not-found"));
        }
        // Claims before volumes; the volume's reclaim policy is Retain, so removing it never touches the disk.
        cleanup.sort((a, b) -> Integer.compare(order(a), order(b)));
        steps.add(new Step(StepKind.CLEANUP, "Remove the temporary pod" + (spec.before().isEmpty() ? ""
                : " and its claim on the backup disk (the live home is not touched)"), cleanup, List.of(
                "Check the user's files first: once the temporary copy is gone, the backup itself is what remains.")));
        return steps;
    }

    private static int order(ShellCommand command) {
        return command.argv().get(2).equals("persistentvolume") ? 2 : command.argv().get(2).equals("pod") ? 0 : 1;
    }

    private static ShellCommand exec(String namespace, String pod, String script) {
        return ShellCommand.of("kubectl", "exec", "--namespace", namespace, pod, "--", "sh", "-c", "set -eu\n" + script);
    }

    private static String requireSource() {
        return "test -n \"$src\" && test -d \"$src\" || { echo \"not in the backup: ${src:-the directory}\" >&2; exit 1; }";
    }

    private static String rsync(Spec spec) {
        RestoreRequest request = spec.request();
        // The suffix has the copy's time: a second run keeps its own replaced files beside the first run's.
        StringBuilder command = new StringBuilder("stamp=\"$(date -u +%Y%m%dT%H%M%SZ)\"\n")
                .append("rsync -aH --numeric-ids --backup --suffix=\".before-restore-").append(request.label())
                .append("-$stamp\"");
        if (request.user().isEmpty()) {
            spec.excludes().forEach(path -> command.append(" --exclude=").append(path));
        }
        String target = LIVE + request.relative();
        return command.append(" --info=stats1 \"$src\"/ ").append(target).append('/').toString();
    }

    /** The pod (after the objects it needs), as the YAML {@code kubectl apply} reads. */
    static String manifest(Spec spec, String pod) {
        List<ObjectNode> objects = new ArrayList<>(spec.before());
        objects.add(pod(spec, pod));
        StringBuilder out = new StringBuilder();
        for (ObjectNode object : objects) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            try {
                out.append(YAML.writeValueAsString(object));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    private static ObjectNode pod(Spec spec, String name) {
        ObjectNode pod = NODES.objectNode();
        pod.put("apiVersion", "v1").put("kind", "Pod");
        ObjectNode metadata = pod.putObject("metadata");
        metadata.put("name", name).put("namespace", spec.namespace());
        metadata.putObject("labels").put(LABEL, spec.request().label())
                .put("hubfleet.io/hub-name", spec.request().home().instance());
        ObjectNode podSpec = pod.putObject("spec");
        podSpec.put("restartPolicy", "Never");
        Map<String, String> selector = new TreeMap<>();
        selector.put(CORE_NODES, "core");
        if (spec.zone() != null) {
            selector.put("topology.kubernetes.io/zone", spec.zone());
        }
        ObjectNode nodeSelector = podSpec.putObject("nodeSelector");
        selector.forEach(nodeSelector::put);
        ObjectNode container = podSpec.putArray("containers").addObject();
        container.put("name", "restore").put("image", IMAGE);
        container.putArray("command").add("sh").add("-c")
                .add("apk add --no-cache rsync && exec sleep " + LIFETIME_SECONDS);
        // Root: rsync keeps each file's owner (users' files are uid 1000, gid 100) and reads every home.
        container.putObject("securityContext").put("runAsUser", 0);
        container.putObject("readinessProbe").put("periodSeconds", 5)
                .putObject("exec").putArray("command").add("rsync").add("--version");
        ArrayNode mounts = container.putArray("volumeMounts");
        mounts.addObject().put("name", "backup").put("mountPath", BACKUP).put("readOnly", true);
        mounts.addObject().put("name", "live").put("mountPath", LIVE);
        ArrayNode volumes = podSpec.putArray("volumes");
        ObjectNode backup = volumes.addObject().put("name", "backup");
        backup.setAll(spec.backupVolume());
        volumes.addObject().put("name", "live").putObject("nfs")
                .put("server", "${LIVE_SERVER}").put("path", spec.request().home().livePath());
        return pod;
    }

    /** The backup as an NFS export, read-only. */
    static ObjectNode nfs(String server, String path) {
        ObjectNode volume = NODES.objectNode();
        volume.putObject("nfs").put("server", server).put("path", path).put("readOnly", true);
        return volume;
    }

    /** The backup as a claim on a disk made from it, read-only. */
    static ObjectNode claim(String claimName) {
        ObjectNode volume = NODES.objectNode();
        volume.putObject("persistentVolumeClaim").put("claimName", claimName).put("readOnly", true);
        return volume;
    }

    /**
     * A disk made from a snapshot, as a PersistentVolume bound ahead to its claim: XFS (what the home disk
     * holds), mounted read-only and with {@code nouuid}, since the copy has the live disk's filesystem
     * UUID and may be attached to the same node. Reclaim policy Retain: deleting the object leaves the disk.
     */
    static ObjectNode diskVolume(RestoreRequest request, String name, String namespace, String csiDriver,
                                 String volumeHandle, String zone) {
        ObjectNode volume = NODES.objectNode();
        volume.put("apiVersion", "v1").put("kind", "PersistentVolume");
        volume.putObject("metadata").put("name", name).putObject("labels").put(LABEL, request.label());
        ObjectNode spec = volume.putObject("spec");
        spec.putObject("capacity").put("storage", "1Gi");
        spec.putArray("accessModes").add("ReadWriteOnce");
        spec.put("persistentVolumeReclaimPolicy", "Retain").put("storageClassName", "").put("volumeMode", "Filesystem");
        spec.putArray("mountOptions").add("ro").add("nouuid");
        spec.putObject("claimRef").put("namespace", namespace).put("name", name);
        spec.putObject("csi").put("driver", csiDriver).put("fsType", "xfs").put("volumeHandle", volumeHandle);
        if (zone != null) {
            ObjectNode term = spec.putObject("nodeAffinity").putObject("required").putArray("nodeSelectorTerms").addObject();
            term.putArray("matchExpressions").addObject().put("key", "topology.kubernetes.io/zone").put("operator", "In")
                    .putArray("values").add(zone);
        }
        return volume;
    }

    static ObjectNode diskClaim(RestoreRequest request, String name, String namespace) {
        ObjectNode claim = NODES.objectNode();
        claim.put("apiVersion", "v1").put("kind", "PersistentVolumeClaim");
        claim.putObject("metadata").put("name", name).put("namespace", namespace).putObject("labels")
                .put(LABEL, request.label());
        ObjectNode spec = claim.putObject("spec");
        spec.putArray("accessModes").add("ReadWriteOnce");
        spec.put("storageClassName", "").put("volumeName", name);
        spec.putObject("resources").putObject("requests").put("storage", "1Gi");
        return claim;
    }
}
