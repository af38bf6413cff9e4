package io.hubfleet.components;

import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.batch.v1.CronJob;
import com.pulumi.kubernetes.batch.v1.CronJobArgs;
import com.pulumi.kubernetes.batch.v1.inputs.CronJobSpecArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobSpecArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.inputs.AffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.CapabilitiesArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeAffinityArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorRequirementArgs;
import com.pulumi.kubernetes.core.v1.inputs.NodeSelectorTermArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.TolerationArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.rbac.v1.Role;
import com.pulumi.kubernetes.rbac.v1.RoleArgs;
import com.pulumi.kubernetes.rbac.v1.RoleBinding;
import com.pulumi.kubernetes.rbac.v1.RoleBindingArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.PolicyRuleArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.RoleRefArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.SubjectArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.config.hub.EventConfig;
import io.hubfleet.config.hub.EventRoom;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.helm.jupyterhub.UserPool;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hub's events (hubs[].events): per event, a Deployment of placeholder pods at 0 replicas whose count
 * Pulumi ignores, and two CronJobs that scale it up ahead of the start and down at the end. The jobs patch
 * only the Deployments' {@code scale} subresource, by name, in the hub's namespace (a Role of exactly that).
 * Cron has no year, so each job compares the year with its event's and does nothing in any other: a plan
 * never reads the clock (docs/components/hub.md, Events).
 */
final class EventPlaceholders {

    static final String SCALER = "event-scaler";
    /**
     * curl with a shell (Alpine's busybox sh), run as its non-root curl_user (uid 100): the one PATCH and the
     * year check the jobs need, and nothing more (no kubectl). Pinned by tag and digest (a tag can be moved;
     * the digest cannot): the multi-architecture index digest of 8.11.1, the same in several independent public
     * manifests that pin this tag (e.g. Kubernetes Pod specs and CI scripts found by code search on 2026-11-30);
     * it could not be pulled from here, so the first event's up job is its first real check.
     */
    static final String SCALER_IMAGE =
            "curlimages/curl:8.11.1@sha256:c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69";
    static final int SCALER_UID = 100;
    /** z2jh's placeholder image (jupyterhub-4.4.0 values.yaml, scheduling.userPlaceholder.image); a test holds them equal. */
    static final String PAUSE_IMAGE = "registry.k8s.io/pause:3.10.1";
    /** The pause image's user (z2jh runs its placeholders as nobody: values.yaml userPlaceholder.containerSecurityContext). */
    static final int PAUSE_UID = 65534;
    static final String COMPONENT_LABEL = "event-placeholder";
    static final String EVENT_LABEL = "hubfleet.io/event";

    /**
     * The job: exit in any year but the event's; otherwise one merge patch of the Deployment's scale with
     * the pod's own token (Kubernetes' documented in-cluster access: the service account's token and CA at
     * /var/run/secrets/kubernetes.io/serviceaccount, the API at kubernetes.default.svc).
     */
    static final String SCRIPT = """
            set -eu
            year="$(date -u +%Y)"
            if [ "$year" != "$EVENT_YEAR" ]; then
              echo "$DEPLOYMENT: it is $year, the event's $ACTION is in $EVENT_YEAR: nothing to do"
              exit 0
            fi
            sa=/var/run/secrets/kubernetes.io/serviceaccount
            curl -sS --fail-with-body --max-time 60 --cacert "$sa/ca.crt" \\
              -H "Authorization: Bearer $(cat "$sa/token")" \\
              -H "Content-Type: application/merge-patch+json" \\
              -X PATCH -d "{\\"spec\\":{\\"replicas\\":$REPLICAS}}" \\
              "https://kubernetes.default.svc/apis/apps/v1/namespaces/$NAMESPACE/deployments/$DEPLOYMENT/scale"
            echo
            echo "$DEPLOYMENT: $ACTION, scaled to $REPLICAS"
            """;

    /**
     * What one event makes, resolved: its placeholders' size and count and its two schedules.
     *
     * @param event        the event
     * @param deployment   its placeholder Deployment's name
     * @param room         the room: nodes, and what each placeholder asks for
     * @param nodeSelector its pool's node selector
     * @param up           when the placeholders go up, in UTC
     * @param down         when they go, in UTC
     */
    record Plan(EventConfig event, String deployment, EventRoom room, Map<String, String> nodeSelector,
                OffsetDateTime up, OffsetDateTime down) {

        String upSchedule() {
            return cron(up);
        }

        String downSchedule() {
            return cron(down);
        }
    }

    private EventPlaceholders() {
    }

    /** A cron schedule that fires at that minute of that day every year (cron has no year field). */
    static String cron(OffsetDateTime utc) {
        return String.format(Locale.ROOT, "%d %d %d %d *", utc.getMinute(), utc.getHour(), utc.getDayOfMonth(),
                utc.getMonthValue());
    }

    /** Each event of the hub resolved against its pools (the stack's rules have checked they resolve). */
    static List<Plan> plans(HubConfig hub, List<UserPool> pools) {
        List<Plan> plans = new ArrayList<>();
        for (EventConfig event : hub.events()) {
            String poolName;
            EventRoom.PerUser perUser = null;
            if (hub.generatedProfiles()) {
                poolName = event.profile();
            } else {
                ProfileConfig profile = hub.profiles().stream().filter(p -> p.name().equals(event.profile())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("event " + event.name() + ": no profile " + event.profile()));
                poolName = profile.pool();
                perUser = EventRoom.PerUser.of(profile, hub.defaultResources());
            }
            UserPool pool = pools.stream().filter(p -> p.name().equals(poolName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("event " + event.name() + ": no user pool " + poolName));
            if (perUser == null) {
                perUser = EventRoom.smallestShare(pool.allocatable());
            }
            EventRoom room = EventRoom.of(event.expectedUsers(), perUser, pool.allocatable())
                    .orElseThrow(() -> new IllegalArgumentException("event " + event.name() + ": a user does not fit a node"));
            plans.add(new Plan(event, "event-" + event.name(), room, pool.nodeSelector(),
                    event.upTime().orElseThrow().withOffsetSameInstant(ZoneOffset.UTC),
                    event.endTime().orElseThrow().withOffsetSameInstant(ZoneOffset.UTC)));
        }
        return plans;
    }

    /** Makes the hub's event objects; nothing when it has no events. */
    static void create(String name, HubConfig hub, String namespace, String releaseName, List<UserPool> pools,
                       CustomResourceOptions inNamespace, CustomResourceOptions afterRelease) {
        List<Plan> plans = plans(hub, pools);
        if (plans.isEmpty()) {
            return;
        }
        Map<String, String> scalerLabels = Map.of("app", "jupyterhub", "component", SCALER);
        ServiceAccount account = new ServiceAccount(name + "-event-scaler", ServiceAccountArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SCALER).namespace(namespace).labels(scalerLabels).build())
                .build(), inNamespace);
        Role role = new Role(name + "-event-scaler", RoleArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SCALER).namespace(namespace).labels(scalerLabels).build())
                .rules(PolicyRuleArgs.builder()
                        .apiGroups("apps")
                        .resources("deployments/scale")
                        .resourceNames(plans.stream().map(Plan::deployment).toList())
                        .verbs("patch")
                        .build())
                .build(), inNamespace);
        new RoleBinding(name + "-event-scaler", RoleBindingArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(SCALER).namespace(namespace).labels(scalerLabels).build())
                .roleRef(RoleRefArgs.builder().apiGroup("rbac.authorization.k8s.io").kind("Role").name(SCALER).build())
                .subjects(SubjectArgs.builder().kind("ServiceAccount").name(SCALER).namespace(namespace).build())
                .build(), CustomResourceOptions.merge(inNamespace, CustomResourceOptions.builder()
                .dependsOn(List.of(account, role)).build()));

        for (Plan plan : plans) {
            Deployment deployment = placeholders(name, plan, namespace, releaseName,
                    CustomResourceOptions.merge(afterRelease, CustomResourceOptions.builder()
                            // The CronJobs own the count: a deploy during an event must not put it back to 0.
                            .ignoreChanges("spec.replicas").build()));
            CustomResourceOptions afterDeployment = CustomResourceOptions.merge(inNamespace,
                    CustomResourceOptions.builder().dependsOn(List.of(deployment, account)).build());
            scaler(name, plan, namespace, "up", plan.up(), plan.upSchedule(), plan.room().nodes(), afterDeployment);
            scaler(name, plan, namespace, "down", plan.down(), plan.downSchedule(), 0, afterDeployment);
        }
    }

    private static Deployment placeholders(String name, Plan plan, String namespace, String releaseName,
                                           CustomResourceOptions options) {
        Map<String, String> labels = new TreeMap<>(Map.of("app", "jupyterhub", "component", COMPONENT_LABEL,
                EVENT_LABEL, plan.event().name()));
        long memory = plan.room().podMemoryMiB();
        return new Deployment(name + "-" + plan.deployment(), DeploymentArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(plan.deployment()).namespace(namespace).labels(labels).build())
                .spec(DeploymentSpecArgs.builder()
                        .replicas(0)
                        .selector(LabelSelectorArgs.builder().matchLabels(labels).build())
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder().labels(labels).build())
                                .spec(PodSpecArgs.builder()
                                        // z2jh's user-placeholder PriorityClass (scheduling.podPriority and
                                        // userPlaceholder are on in the baseline): -10, below every user pod,
                                        // above the cluster autoscaler's cutoff, so these still add nodes.
                                        .priorityClassName(releaseName + "-user-placeholder-priority")
                                        .nodeSelector(new TreeMap<>(plan.nodeSelector()))
                                        .affinity(userNodes())
                                        .tolerations(userTolerations())
                                        .terminationGracePeriodSeconds(0)
                                        .automountServiceAccountToken(false)
                                        .securityContext(PodSecurityContextArgs.builder()
                                                .runAsNonRoot(true)
                                                .runAsUser(PAUSE_UID)
                                                .runAsGroup(PAUSE_UID)
                                                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build())
                                                .build())
                                        .containers(ContainerArgs.builder()
                                                .name("pause")
                                                .image(PAUSE_IMAGE)
                                                .resources(ResourceRequirementsArgs.builder()
                                                        .requests(Map.of("cpu", millis(plan.room().podCpu()),
                                                                "memory", memory + "Mi"))
                                                        .limits(Map.of("memory", memory + "Mi"))
                                                        .build())
                                                .securityContext(restricted())
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build(), options);
    }

    private static void scaler(String name, Plan plan, String namespace, String action, OffsetDateTime when,
                               String schedule, int replicas, CustomResourceOptions options) {
        String cronJob = plan.deployment() + "-" + action;
        Map<String, String> labels = new TreeMap<>(Map.of("app", "jupyterhub", "component", SCALER,
                EVENT_LABEL, plan.event().name()));
        new CronJob(name + "-" + cronJob, CronJobArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(cronJob).namespace(namespace).labels(labels).build())
                .spec(CronJobSpecArgs.builder()
                        .schedule(schedule)
                        // The schedule is written in UTC; without timeZone it is the controller manager's zone.
                        .timeZone("Etc/UTC")
                        .concurrencyPolicy("Forbid")
                        // A controller that was down at the minute still acts within the hour.
                        .startingDeadlineSeconds(3600)
                        .successfulJobsHistoryLimit(1)
                        .failedJobsHistoryLimit(1)
                        .jobTemplate(JobTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder().labels(labels).build())
                                .spec(JobSpecArgs.builder()
                                        .backoffLimit(3)
                                        .activeDeadlineSeconds(600)
                                        .template(PodTemplateSpecArgs.builder()
                                                .metadata(ObjectMetaArgs.builder().labels(labels).build())
                                                .spec(PodSpecArgs.builder()
                                                        .serviceAccountName(SCALER)
                                                        .automountServiceAccountToken(true)
                                                        .restartPolicy("Never")
                                                        .nodeSelector(new TreeMap<>(NodeRole.CORE.labels()))
                                                        .securityContext(PodSecurityContextArgs.builder()
                                                                .runAsNonRoot(true)
                                                                .runAsUser(SCALER_UID)
                                                                .runAsGroup(SCALER_UID + 1)
                                                                .seccompProfile(SeccompProfileArgs.builder()
                                                                        .type("RuntimeDefault").build())
                                                                .build())
                                                        .containers(ContainerArgs.builder()
                                                                .name("scale")
                                                                .image(SCALER_IMAGE)
                                                                .command("/bin/sh", "-c", SCRIPT)
                                                                .env(env("EVENT_YEAR", String.valueOf(when.getYear())),
                                                                        env("ACTION", action + " at " + when),
                                                                        env("REPLICAS", String.valueOf(replicas)),
                                                                        env("NAMESPACE", namespace),
                                                                        env("DEPLOYMENT", plan.deployment()))
                                                                .resources(ResourceRequirementsArgs.builder()
                                                                        .requests(Map.of("cpu", "10m", "memory", "16Mi"))
                                                                        .limits(Map.of("memory", "64Mi"))
                                                                        .build())
                                                                .securityContext(restricted())
                                                                .build())
                                                        .build())
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build(), options);
    }

    private static EnvVarArgs env(String name, String value) {
        return EnvVarArgs.builder().name(name).value(value).build();
    }

    private static SecurityContextArgs restricted() {
        return SecurityContextArgs.builder()
                .allowPrivilegeEscalation(false)
                .readOnlyRootFilesystem(true)
                .capabilities(CapabilitiesArgs.builder().drop("ALL").build())
                .build();
    }

    /** As every user pod (components/hub/values.yaml, singleuser.extraNodeAffinity): user nodes without GPUs. */
    private static AffinityArgs userNodes() {
        return AffinityArgs.builder().nodeAffinity(NodeAffinityArgs.builder()
                .requiredDuringSchedulingIgnoredDuringExecution(NodeSelectorArgs.builder()
                        .nodeSelectorTerms(NodeSelectorTermArgs.builder().matchExpressions(
                                NodeSelectorRequirementArgs.builder().key("hub.jupyter.org/node-purpose")
                                        .operator("In").values("user").build(),
                                NodeSelectorRequirementArgs.builder().key("hubfleet.io/gpu")
                                        .operator("DoesNotExist").build()).build())
                        .build())
                .build()).build();
    }

    /**
     * As every user pod: z2jh's scheduling.userPods.tolerations (the user pools' taint, both spellings) and
     * the baseline's AKS spot taint (singleuser.extraTolerations).
     */
    private static List<TolerationArgs> userTolerations() {
        return List.of(
                TolerationArgs.builder().key("hub.jupyter.org/dedicated").operator("Equal").value("user")
                        .effect("NoSchedule").build(),
                TolerationArgs.builder().key("hub.jupyter.org_dedicated").operator("Equal").value("user")
                        .effect("NoSchedule").build(),
                TolerationArgs.builder().key("kubernetes.azure.com/scalesetpriority").operator("Equal").value("spot")
                        .effect("NoSchedule").build());
    }

    private static String millis(double cpu) {
        return Math.round(cpu * 1000) + "m";
    }
}
