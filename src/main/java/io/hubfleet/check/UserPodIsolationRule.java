package io.hubfleet.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A hub's raw {@code values:} cannot undo what isolates its users: in the final, merged values of every
 * hub release, no user pod (the default server, any profile, any choice) mounts a volume hubfleet did not
 * give it, mounts the hub's home volume whole, runs privileged, as root or with added capabilities, joins
 * the node's network or process space, or runs as another service account; the hub pod mounts nothing of
 * the node. (z2jh values: singleuser.*, and profiles' kubespawner_override keys, which KubeSpawner applies
 * as traits.) Beyond that, exactly what the typed settings add: group directories writable for their groups'
 * members ({@code hub.config.KubeSpawner.group_overrides} mounting only {@code _groups/<name>} of the home
 * volume at {@code ~/groups/<name>}), and admins' read-only view of the hub's own home volume
 * ({@code custom.hubfleet.adminVolumeMounts}); any other KubeSpawner trait set through {@code hub.config} that a
 * profile may not override is refused too
 * The one volume a profile or choice may add is memory or scratch: a mapping of emptyDir
 * volumes (hubfleet's /dev/shm), mounted only by mounts of those volumes; a mapping, because KubeSpawner
 * merges a mapping override into z2jh's volumes where a list would replace the home.
 */
final class UserPodIsolationRule implements SecurityRule {

    /** The one init container hubfleet adds to user pods (components/hub/values.yaml): root, to chown the home. */
    static final String HOME_OWNERSHIP = "home-ownership";
    static final String USER_SERVICE_ACCOUNT = "user-sa";
    static final String GROUP_PREFIX = "_groups/";
    static final java.util.regex.Pattern GROUP_DIRECTORY = java.util.regex.Pattern.compile("^_groups/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    static final String ALL_HOMES = "/home/jovyan/all-homes";
    /** KubeSpawner traits a profile may not override: they add volumes, containers, privileges or identities. */
    static final Set<String> REFUSED_OVERRIDES = Set.of("volumes", "volume_mounts", "init_containers", "extra_containers",
            "extra_pod_config", "service_account", "privileged", "container_security_context", "pod_security_context");

    @Override
    public String id() {
        return "user-pod-isolation";
    }

    @Override
    public String invariant() {
        return "hubs' raw values cannot give user pods more than hubfleet does";
    }

    @Override
    public List<Violation> check(PlanIndex plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanResource release : plan.releases("jupyterhub")) {
            JsonNode values = PlanIndex.values(release);
            JsonNode singleuser = values.path("singleuser");
            List<String> problems = new ArrayList<>();
            if (!singleuser.at("/storage/extraVolumes").isEmpty()) {
                problems.add("singleuser.storage.extraVolumes adds volumes to user pods");
            }
            for (var it = singleuser.at("/storage/extraVolumeMounts").elements(); it.hasNext(); ) {
                JsonNode mount = it.next();
                if (mount.path("subPath").asText("").isEmpty() || !mount.path("name").asText().equals("home")) {
                    problems.add("singleuser.storage.extraVolumeMounts mounts " + mount.path("name").asText()
                            + (mount.path("subPath").asText("").isEmpty() ? " whole (every user's home)" : ""));
                }
            }
            for (JsonNode init : singleuser.path("initContainers")) {
                if (!init.path("name").asText().equals(HOME_OWNERSHIP)) {
                    problems.add("singleuser.initContainers adds " + init.path("name").asText());
                }
            }
            if (!singleuser.path("extraContainers").isEmpty()) {
                problems.add("singleuser.extraContainers adds containers to user pods");
            }
            JsonNode podConfig = singleuser.path("extraPodConfig");
            for (String key : List.of("hostNetwork", "hostPID", "hostIPC", "volumes", "serviceAccountName",
                    "serviceAccount", "securityContext", "initContainers", "containers")) {
                if (podConfig.has(key)) {
                    problems.add("singleuser.extraPodConfig." + key + " changes what user pods may do");
                }
            }
            if (singleuser.path("uid").isNumber() && singleuser.path("uid").asInt() == 0) {
                problems.add("singleuser.uid 0 runs users as root");
            }
            if (singleuser.path("allowPrivilegeEscalation").asBoolean(false)) {
                problems.add("singleuser.allowPrivilegeEscalation lets user processes gain privileges");
            }
            securityContext(singleuser.path("containerSecurityContext"), "singleuser.containerSecurityContext", problems);
            securityContext(singleuser.path("extraContainerConfig").path("securityContext"),
                    "singleuser.extraContainerConfig.securityContext", problems);
            if (!USER_SERVICE_ACCOUNT.equals(singleuser.path("serviceAccountName").asText())) {
                problems.add("singleuser.serviceAccountName is not the hub's user account " + USER_SERVICE_ACCOUNT);
            }
            for (JsonNode profile : singleuser.path("profileList")) {
                String name = profile.path("slug").asText(profile.path("display_name").asText());
                JsonNode profileOverride = profile.path("kubespawner_override");
                overrides(profileOverride, JsonNodeFactoryHolder.EMPTY, "profile " + name, problems);
                for (JsonNode option : profile.path("profile_options")) {
                    option.path("choices").fields().forEachRemaining(choice ->
                            overrides(choice.getValue().path("kubespawner_override"), profileOverride,
                                    "profile " + name + " choice " + choice.getKey(), problems));
                }
            }
            JsonNode spawnerConfig = values.at("/hub/config/KubeSpawner");
            spawnerConfig.fieldNames().forEachRemaining(key -> {
                if (REFUSED_OVERRIDES.contains(key)) {
                    problems.add("hub.config.KubeSpawner." + key + " changes user pods past hubfleet's settings");
                }
            });
            spawnerConfig.path("group_overrides").fields().forEachRemaining(entry ->
                    groupOverride(entry.getKey(), entry.getValue(), problems));
            values.at("/custom/hubfleet/adminVolumeMounts").fields().forEachRemaining(entry ->
                    adminMount(entry.getKey(), entry.getValue(), problems));
            for (JsonNode volume : values.at("/hub/extraVolumes")) {
                if (volume.has("hostPath")) {
                    problems.add("hub.extraVolumes mounts the node's " + volume.at("/hostPath/path").asText() + " in the hub");
                }
            }
            for (String problem : problems) {
                out.add(PlanIndex.violation(this, release, problem,
                        "remove it from the hub's values: (a hub's own secrets go in secretEnv; docs/security.md)"));
            }
        }
        return out;
    }

    /** A group override may only make a group directory writable: {@code _groups/<name>} at {@code ~/groups/<name>}. */
    private static void groupOverride(String key, JsonNode override, List<String> problems) {
        String where = "hub.config.KubeSpawner.group_overrides." + key;
        override.path("spawner_override").fields().forEachRemaining(trait -> {
            if (!trait.getKey().equals("volume_mounts") || !trait.getValue().isObject()) {
                problems.add(where + " overrides " + trait.getKey() + " (group overrides may only mount group directories)");
                return;
            }
            trait.getValue().fields().forEachRemaining(mount -> {
                JsonNode value = mount.getValue();
                String subPath = value.path("subPath").asText("");
                boolean groupDirectory = value.path("name").asText().equals("home")
                        && GROUP_DIRECTORY.matcher(subPath).matches()
                        && value.path("mountPath").asText().equals("/home/jovyan/groups/" + subPath.substring(GROUP_PREFIX.length()));
                if (!groupDirectory) {
                    problems.add(where + " mounts " + value.path("name").asText() + " "
                            + (subPath.isEmpty() ? "whole" : subPath) + " at " + value.path("mountPath").asText()
                            + ", not a group directory (_groups/<name> of the home volume at /home/jovyan/groups/<name>)");
                }
            });
        });
    }

    /** Admins may see the hub's own home volume (its directory only: home-isolation) read-only, at ~/all-homes. */
    private static void adminMount(String key, JsonNode mount, List<String> problems) {
        boolean allHomes = mount.path("name").asText().equals("home") && mount.path("readOnly").asBoolean(false)
                && mount.path("subPath").asText("").isEmpty() && mount.path("mountPath").asText().equals(ALL_HOMES)
                && mount.size() == 3;
        if (!allHomes) {
            problems.add("custom.hubfleet.adminVolumeMounts." + key + " mounts " + mount.path("name").asText()
                    + " at " + mount.path("mountPath").asText() + (mount.path("readOnly").asBoolean(false) ? "" : " writable")
                    + " (admins may only read the hub's homes, at " + ALL_HOMES + ")");
        }
    }

    private static void overrides(JsonNode override, JsonNode profileOverride, String where, List<String> problems) {
        override.fieldNames().forEachRemaining(key -> {
            if (REFUSED_OVERRIDES.contains(key) && !scratchVolumes(key, override, profileOverride)) {
                problems.add(where + " overrides " + key);
            }
        });
        if (override.path("uid").isNumber() && override.path("uid").asInt() == 0) {
            problems.add(where + " runs users as root (uid 0)");
        }
        if (override.path("allow_privilege_escalation").asBoolean(false)) {
            problems.add(where + " lets user processes gain privileges");
        }
    }

    /**
     * Whether an override's volumes are a mapping of emptyDir volumes only, or its volume_mounts a mapping
     * of mounts of such volumes (declared by the same override or, for a choice, its profile's).
     */
    static boolean scratchVolumes(String key, JsonNode override, JsonNode profileOverride) {
        if (key.equals("volumes")) {
            return override.path("volumes").isObject() && emptyDirs(override).size() == override.path("volumes").size();
        }
        if (key.equals("volume_mounts")) {
            Set<String> scratch = new java.util.HashSet<>(emptyDirs(override));
            scratch.addAll(emptyDirs(profileOverride));
            JsonNode mounts = override.path("volume_mounts");
            if (!mounts.isObject()) {
                return false;
            }
            for (JsonNode mount : mounts) {
                if (!scratch.contains(mount.path("name").asText())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The names of an override's volumes whose only source is an emptyDir. */
    private static Set<String> emptyDirs(JsonNode override) {
        Set<String> names = new java.util.HashSet<>();
        JsonNode volumes = override.path("volumes");
        if (volumes.isObject()) {
            for (JsonNode volume : volumes) {
                java.util.Set<String> fields = new java.util.HashSet<>();
                volume.fieldNames().forEachRemaining(fields::add);
                if (fields.equals(Set.of("name", "emptyDir")) && volume.path("emptyDir").isObject()) {
                    names.add(volume.path("name").asText());
                }
            }
        }
        return names;
    }

    private static final class JsonNodeFactoryHolder {
        static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static void securityContext(JsonNode context, String where, List<String> problems) {
        if (context.path("privileged").asBoolean(false)) {
            problems.add(where + " is privileged");
        }
        if (context.path("runAsUser").isNumber() && context.path("runAsUser").asInt() == 0) {
            problems.add(where + " runs as root");
        }
        if (!context.at("/capabilities/add").isEmpty()) {
            problems.add(where + " adds capabilities");
        }
    }
}
