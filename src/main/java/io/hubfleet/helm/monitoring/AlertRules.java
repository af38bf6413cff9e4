package io.hubfleet.helm.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The cluster's alerting rules (Prometheus' rule-file format), evaluated by its Prometheus and sent
 * through its Alertmanager. Each rule names the metric it reads and who exports it:
 * <ul>
 *   <li>kube-state-metrics: deployments' available replicas, nodes' conditions, containers waiting in
 *       CrashLoopBackOff, and the {@code hubfleet.io/hub} label of hub namespaces (allow-listed in the
 *       baseline values), which confines rules to hub namespaces, other stacks' hubs on a shared cluster
 *       included;</li>
 *   <li>the kubelet: {@code kubelet_volume_stats_*} of every mounted claim, here each hub's home claim
 *       (mounted by its home usage exporter at all times), for disks and NFS shares alike (the NFS
 *       client reports the share's filesystem);</li>
 *   <li>each hub's home usage exporter (prometheus-dirsize-exporter): {@code dirsize_total_size_bytes}
 *       per user directory, against the hub's per-user quota on disks;</li>
 *   <li>cert-manager's controller: {@code certmanager_certificate_expiration_timestamp_seconds}
 *       (cert-manager v1.21 internal/collectors/certificate_collector.go).</li>
 * </ul>
 * The thresholds and waits are 2i2c's (2i2c-org/infrastructure helm-charts/support/values.jsonnet): 90 %
 * full, five minutes down; certificates renew 30 days before they expire, so 14 days left means renewal
 * has failed for two weeks.
 */
public final class AlertRules {

    /** The hub's home claim (Hub.HOME_CLAIM). */
    static final String HOME_CLAIM = "home-nfs";
    /** kube-state-metrics' name for the {@code hubfleet.io/hub} namespace label. */
    static final String HUB_NAMESPACE = "kube_namespace_labels{label_hubfleet_io_hub=\"true\"}";

    private AlertRules() {
    }

    /**
     * A hub's per-user quota, on disks.
     *
     * @param namespace the hub's namespace
     * @param quotaGiB  the most each user's home may hold
     */
    public record HubQuota(String namespace, int quotaGiB) {
    }

    /**
     * The rules.
     *
     * @param quotas          the stack's own hubs' quotas (homes on disks)
     * @param defaultQuotaGiB the cluster's default quota, for hubs other stacks put on the cluster; empty
     *                        when homes are on a managed file service (no per-user quotas)
     */
    public static ObjectNode of(List<HubQuota> quotas, OptionalInt defaultQuotaGiB) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        ArrayNode groups = file.putArray("groups");
        ArrayNode hubs = group(groups, "hubfleet-hubs");
        for (String deployment : List.of("hub", "proxy")) {
            rule(hubs, capitalise(deployment) + "Down",
                    "(max by (namespace) (kube_deployment_status_replicas_available{deployment=\"" + deployment + "\"})"
                            + " * on (namespace) group_left () max by (namespace) (" + HUB_NAMESPACE + ")) < 1",
                    "5m", "critical",
                    "The hub in {{ $labels.namespace }} has no running " + deployment + " pod",
                    "Users cannot " + (deployment.equals("hub") ? "log in or start servers" : "reach the hub or their servers")
                            + ". kubectl -n {{ $labels.namespace }} describe deployment " + deployment
                            + "; see docs/alerts.md, \"Hub down\".");
        }
        rule(hubs, "PodCrashLooping",
                "max by (namespace, pod, container) (kube_pod_container_status_waiting_reason{reason=\"CrashLoopBackOff\"})"
                        + " * on (namespace) group_left () max by (namespace) (" + HUB_NAMESPACE + ") > 0",
                "15m", "warning",
                "{{ $labels.pod }} ({{ $labels.container }}) in {{ $labels.namespace }} is crash-looping",
                "kubectl -n {{ $labels.namespace }} logs {{ $labels.pod }} -c {{ $labels.container }} --previous");

        ArrayNode homes = group(groups, "hubfleet-homes");
        rule(homes, "HomeStorageAlmostFull",
                // Only in hub namespaces: a hub's disk has a claim of the same name in its NFS server's.
                "max by (namespace) (kubelet_volume_stats_used_bytes{persistentvolumeclaim=\"" + HOME_CLAIM + "\"})"
                        + " / max by (namespace) (kubelet_volume_stats_capacity_bytes{persistentvolumeclaim=\"" + HOME_CLAIM
                        + "\"}) * on (namespace) group_left () max by (namespace) (" + HUB_NAMESPACE + ") > 0.9",
                "15m", "warning",
                "The home storage of the hub in {{ $labels.namespace }} is {{ $value | humanizePercentage }} full",
                "Grow it (hubfleet:homeStorage.capacityGiB, or the hub's own): docs/alerts.md, \"Home storage almost full\".");
        // One rule per quota (Prometheus refuses two rules of one name and labels): the hubs with that quota,
        // and, where the cluster's default is that quota, the hubs other stacks put on the cluster.
        java.util.SortedSet<Integer> sizes = new java.util.TreeSet<>();
        quotas.forEach(q -> sizes.add(q.quotaGiB()));
        defaultQuotaGiB.ifPresent(sizes::add);
        for (int quotaGiB : sizes) {
            List<String> clauses = new java.util.ArrayList<>();
            String own = quotas.stream().filter(q -> q.quotaGiB() == quotaGiB).map(HubQuota::namespace)
                    .collect(Collectors.joining("|"));
            if (!own.isEmpty()) {
                clauses.add(userUsage("namespace=~\"" + own + "\"", ""));
            }
            if (defaultQuotaGiB.isPresent() && defaultQuotaGiB.getAsInt() == quotaGiB) {
                String others = quotas.isEmpty() ? "" : "namespace!~\"" + quotas.stream().map(HubQuota::namespace)
                        .collect(Collectors.joining("|")) + "\"";
                clauses.add(userUsage(others, " * on (namespace) group_left () max by (namespace) (" + HUB_NAMESPACE + ")"));
            }
            String usage = clauses.size() == 1 ? clauses.get(0)
                    : clauses.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" or "));
            ObjectNode rule = rule(homes, "UserQuotaAlmostFull", "(" + usage + ") > " + ninetyPercent(quotaGiB),
                    "30m", "warning", quotaSummary(quotaGiB), quotaHelp());
            ((ObjectNode) rule.path("labels")).put("quota_gib", String.valueOf(quotaGiB));
        }

        ArrayNode cluster = group(groups, "hubfleet-cluster");
        rule(cluster, "NodeNotReady",
                "max by (node) (kube_node_status_condition{condition=\"Ready\", status=\"true\"}) == 0",
                "10m", "warning", "Node {{ $labels.node }} has not been ready for 10 minutes",
                "kubectl describe node {{ $labels.node }}; the autoscaler replaces nodes it cannot use.");
        rule(cluster, "CertificateExpiresSoon",
                "max by (namespace, name) (certmanager_certificate_expiration_timestamp_seconds) - time() < 14 * 86400",
                "1h", "warning",
                "The certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}",
                "cert-manager renews 30 days ahead, so renewal has failed: kubectl -n {{ $labels.namespace }} describe "
                        + "certificate {{ $labels.name }}; see docs/alerts.md, \"Certificate expires soon\".");
        return file;
    }

    private static String userUsage(String selector, String join) {
        String labels = "directory!=\"_shared\"" + (selector.isEmpty() ? "" : ", " + selector);
        return "max by (namespace, directory) (dirsize_total_size_bytes{" + labels + "})" + join;
    }

    /** 90 % of a quota in bytes, as an integer literal. */
    static String ninetyPercent(int quotaGiB) {
        return String.valueOf(quotaGiB * 1024L * 1024L * 1024L * 9 / 10);
    }

    /** The quota is spelt out: a rule's own labels are not among the {@code $labels} its annotations see. */
    private static String quotaSummary(int quotaGiB) {
        return "{{ $labels.directory }}'s home in {{ $labels.namespace }} holds {{ $value | humanize1024 }}B of its "
                + quotaGiB + " GiB quota";
    }

    private static String quotaHelp() {
        return "At the quota the user's writes fail. Ask them to tidy up, or raise it: docs/alerts.md, \"User quota almost full\".";
    }

    private static ArrayNode group(ArrayNode groups, String name) {
        ObjectNode group = groups.addObject();
        group.put("name", name);
        return group.putArray("rules");
    }

    private static ObjectNode rule(ArrayNode rules, String alert, String expr, String forDuration, String severity,
                             String summary, String description) {
        ObjectNode rule = rules.addObject();
        rule.put("alert", alert);
        rule.put("expr", expr);
        rule.put("for", forDuration);
        rule.putObject("labels").put("severity", severity);
        ObjectNode annotations = rule.putObject("annotations");
        annotations.put("summary", summary);
        annotations.put("description", description);
        return rule;
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
