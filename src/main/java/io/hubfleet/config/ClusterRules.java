package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.net.Ipv4Cidr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The cluster's name, core pool, maintenance window and address ranges. */
final class ClusterRules implements StackRule {

    static final Pattern DNS_LABEL = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");
    static final int MAX_NAME_LENGTH = 40;

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.cluster().isEmpty()) {
            return problems;
        }
        ClusterConfig cluster = config.cluster().get();
        ConfigPath at = BoundConfig.CLUSTER;
        if (cluster.name() == null && !isName(config.stack())) {
            problems.add(ConfigProblem.of(at.child("name"),
                    "missing: the cluster is named after the stack by default, but \"" + config.stack()
                            + "\" is not a DNS-1123 label of at most " + MAX_NAME_LENGTH + " characters",
                    "a name of lowercase letters, digits and '-', starting with a letter"));
        }
        config.cloud().ifPresent(cloud -> {
            List<String> supported = KubernetesVersions.supported(cloud);
            if (!supported.contains(cluster.kubernetesVersion())) {
                problems.add(new ConfigProblem(at.child("kubernetesVersion"), "Kubernetes " + cluster.kubernetesVersion()
                        + " is not a version hubfleet deploys on " + cloud.configName(),
                        "one of " + String.join(", ", supported) + " (components/kubernetes/versions.yaml)",
                        Suggestions.didYouMean(cluster.kubernetesVersion(), supported)));
            }
        });
        config.cloud().ifPresent(cloud -> {
            CloudConventions conventions = CloudConventions.of(cloud);
            for (int i = 0; i < cluster.adminPrincipals().size(); i++) {
                String principal = cluster.adminPrincipals().get(i);
                if (!conventions.isAdminPrincipal(principal)) {
                    problems.add(ConfigProblem.of(at.child("adminPrincipals").index(i), "\"" + principal
                            + "\" is not a " + cloud.configName() + " principal", conventions.adminPrincipalAllowed()));
                }
            }
        });
        ConfigPath core = at.child("corePool");
        CorePoolConfig corePool = cluster.corePool();
        MachineRules.exactlyOne(core, corePool.machine(), corePool.machineType(), false).ifPresentOrElse(
                problems::add,
                () -> config.cloud().filter(cloud -> !corePool.unsized()).flatMap(cloud -> MachineRules.resolvable(core,
                        cloud, corePool.machine(), corePool.machineType(), null)).ifPresent(problems::add));
        problems.addAll(MachineRules.minMax(core, corePool.min(), corePool.max()));
        config.cloud().ifPresent(cloud -> problems.addAll(maintenance(at.child("maintenanceWindow"),
                cluster.maintenanceWindow(), CloudConventions.of(cloud))));
        problems.addAll(network(at, cluster, config.cloud()));
        problems.addAll(upgrades(at, cluster, config.cloud()));
        problems.addAll(awsOnly(at, cluster, config.cloud(), config.raw().config().path("hubfleet:cluster")));
        return problems;
    }

    /** GKE's release channel and maintenance exclusions: GKE settings, with the values GKE takes. */
    private static List<ConfigProblem> upgrades(ConfigPath at, ClusterConfig cluster, Optional<Cloud> cloud) {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean gke = cloud.map(c -> c == Cloud.GCP).orElse(true);
        if (cluster.releaseChannel() != null) {
            if (!gke) {
                problems.add(ConfigProblem.of(at.child("releaseChannel"), "a GKE setting, and this stack is on "
                        + cloud.get().configName(), "leave it out: hubfleet upgrades EKS and AKS only when kubernetesVersion changes"));
            } else if (!ClusterConfig.RELEASE_CHANNELS.contains(cluster.releaseChannel())) {
                problems.add(ConfigProblem.of(at.child("releaseChannel"), "\"" + cluster.releaseChannel()
                        + "\" is not a GKE release channel", String.join(", ", ClusterConfig.RELEASE_CHANNELS)));
            }
        }
        List<MaintenanceWindowConfig.MaintenanceExclusion> exclusions = cluster.maintenanceWindow().exclusions();
        for (int i = 0; i < exclusions.size(); i++) {
            MaintenanceWindowConfig.MaintenanceExclusion exclusion = exclusions.get(i);
            ConfigPath path = at.child("maintenanceWindow").child("exclusions").index(i);
            if (!gke) {
                problems.add(ConfigProblem.of(path, "maintenance exclusions are a GKE setting, and this stack is on "
                        + cloud.get().configName(), "leave them out"));
                continue;
            }
            if (exclusion.name() == null || exclusion.name().isBlank()) {
                problems.add(ConfigProblem.of(path.child("name"), "an exclusion needs a name", "what it is for, like exams"));
            }
            if (!MaintenanceWindowConfig.MaintenanceExclusion.SCOPES.containsKey(exclusion.scope())) {
                problems.add(ConfigProblem.of(path.child("scope"), "\"" + exclusion.scope() + "\" is not a scope",
                        String.join(", ", new java.util.TreeSet<>(MaintenanceWindowConfig.MaintenanceExclusion.SCOPES.keySet()))));
            }
            java.time.OffsetDateTime start = instant(exclusion.startUtc(), path.child("startUtc"), problems);
            java.time.OffsetDateTime end = instant(exclusion.endUtc(), path.child("endUtc"), problems);
            if (start != null && end != null) {
                long days = java.time.Duration.between(start, end).toDays();
                long most = exclusion.scope().equals("noUpgrades") ? 30 : 180;
                if (!end.isAfter(start)) {
                    problems.add(ConfigProblem.of(path.child("endUtc"), "it ends before it starts", "a time after startUtc"));
                } else if (days > most) {
                    problems.add(ConfigProblem.of(path.child("endUtc"), "a " + exclusion.scope() + " exclusion of "
                            + days + " days: GKE allows at most " + most, "an end at most " + most + " days after the start"));
                }
            }
        }
        return problems;
    }

    /** EKS's NAT gateways and control-plane logs: AWS settings, with the values AWS takes. */
    private static List<ConfigProblem> awsOnly(ConfigPath at, ClusterConfig cluster, Optional<Cloud> cloud,
                                               com.fasterxml.jackson.databind.JsonNode raw) {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean aws = cloud.map(c -> c == Cloud.AWS).orElse(true);
        ConfigPath nat = at.child("network").child("natGateways");
        if (raw.at("/network/natGateways").isTextual()) {
            if (!aws) {
                problems.add(ConfigProblem.of(nat, "an AWS setting, and this stack is on " + cloud.get().configName(),
                        "leave it out"));
            } else if (!ClusterNetworkConfig.NAT_GATEWAYS.contains(cluster.network().natGateways())) {
                problems.add(ConfigProblem.of(nat, "\"" + cluster.network().natGateways() + "\" is not a choice",
                        String.join(", ", ClusterNetworkConfig.NAT_GATEWAYS)));
            }
        }
        ConfigPath logs = at.child("controlPlaneLogs");
        if (!raw.path("controlPlaneLogs").isMissingNode()) {
            if (!aws) {
                problems.add(ConfigProblem.of(logs, "an EKS setting, and this stack is on " + cloud.get().configName(),
                        "leave it out"));
                return problems;
            }
            List<String> types = cluster.controlPlaneLogs().types();
            for (int i = 0; i < types.size(); i++) {
                if (!ClusterConfig.ControlPlaneLogsConfig.TYPES.contains(types.get(i))) {
                    problems.add(ConfigProblem.of(logs.child("types").index(i), "\"" + types.get(i) + "\" is not a log type",
                            String.join(", ", ClusterConfig.ControlPlaneLogsConfig.TYPES)));
                }
            }
            if (!ClusterConfig.ControlPlaneLogsConfig.RETENTIONS.contains(cluster.controlPlaneLogs().retentionDays())) {
                problems.add(ConfigProblem.of(logs.child("retentionDays"), cluster.controlPlaneLogs().retentionDays()
                        + " is not a CloudWatch retention", "one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, "
                        + "731, 1096, 1827, 2192, 2557, 2922, 3288, 3653"));
            }
        }
        return problems;
    }

    private static java.time.OffsetDateTime instant(String text, ConfigPath path, List<ConfigProblem> problems) {
        try {
            return java.time.OffsetDateTime.parse(text == null ? "" : text);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(ConfigProblem.of(path, "\"" + text + "\" is not a time", "ISO 8601 with an offset, like 2027-05-01T00:00:00Z"));
            return null;
        }
    }

    static boolean isName(String name) {
        return name.length() <= MAX_NAME_LENGTH && DNS_LABEL.matcher(name).matches();
    }

    private static List<ConfigProblem> maintenance(ConfigPath at, MaintenanceWindowConfig window,
                                                   CloudConventions conventions) {
        int hoursPerWeek = window.days().size() * window.durationHours();
        int floor = conventions.minimumMaintenanceHoursPerWeek();
        if (hoursPerWeek < floor) {
            return List.of(ConfigProblem.of(at.child("durationHours"),
                    "the window offers " + hoursPerWeek + " hours a week, fewer than "
                            + conventions.cloud().configName() + " needs",
                    "days × durationHours of at least " + floor + " (GKE wants 48 hours in any 32 days)"));
        }
        return List.of();
    }

    private static List<ConfigProblem> network(ConfigPath cluster, ClusterConfig config, Optional<Cloud> cloud) {
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigPath at = cluster.child("network");
        Map<String, String> ranges = new LinkedHashMap<>();
        ranges.put("nodeCidr", config.network().nodeCidr());
        ranges.put("podCidr", config.network().podCidr());
        ranges.put("serviceCidr", config.network().serviceCidr());
        ranges.put("controlPlaneCidr", config.network().controlPlaneCidr());
        Map<String, Ipv4Cidr> parsed = new LinkedHashMap<>();
        ranges.forEach((key, text) -> cidrProblem(at.child(key), text).ifPresentOrElse(problems::add,
                () -> parsed.put(key, Ipv4Cidr.parse(text).orElseThrow())));
        List<String> keys = List.copyOf(parsed.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (parsed.get(keys.get(i)).overlaps(parsed.get(keys.get(j)))) {
                    problems.add(ConfigProblem.of(at.child(keys.get(j)),
                            ranges.get(keys.get(j)) + " overlaps " + keys.get(i) + " (" + ranges.get(keys.get(i)) + ")",
                            "node, pod, service and control-plane ranges that do not overlap"));
                }
            }
        }
        cloud.ifPresent(c -> {
            Ipv4Cidr nodes = parsed.get("nodeCidr");
            int longest = CloudConventions.of(c).maximumNodeCidrPrefix();
            if (nodes != null && nodes.prefixLength() > longest) {
                problems.add(ConfigProblem.of(at.child("nodeCidr"), "a /" + nodes.prefixLength() + " is too small for "
                                + c.configName() + "'s node subnets",
                        "a block of /" + longest + " or larger, such as 10.0.0.0/16"));
            }
        });
        cloud.flatMap(c -> CloudConventions.of(c).controlPlanePrefixLength()).ifPresent(prefix -> {
            Ipv4Cidr controlPlane = parsed.get("controlPlaneCidr");
            if (controlPlane != null && controlPlane.prefixLength() != prefix) {
                problems.add(ConfigProblem.of(at.child("controlPlaneCidr"),
                        "GKE's private control plane needs a /" + prefix + ", got /" + controlPlane.prefixLength(),
                        "a /" + prefix + " block such as 172.16.0.0/28"));
            }
        });
        List<String> authorized = config.apiAuthorizedCidrs();
        for (int i = 0; i < authorized.size(); i++) {
            cidrProblem(cluster.child("apiAuthorizedCidrs").index(i), authorized.get(i)).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<ConfigProblem> cidrProblem(ConfigPath at, String text) {
        Optional<Ipv4Cidr> cidr = Ipv4Cidr.parse(text);
        if (cidr.isEmpty()) {
            return Optional.of(ConfigProblem.of(at, "\"" + text + "\" is not an IPv4 CIDR block",
                    "an IPv4 CIDR block such as 10.0.0.0/16, each number from 0 to 255"));
        }
        if (!cidr.get().isNetworkAddress()) {
            return Optional.of(ConfigProblem.of(at, "\"" + text + "\" has address bits set below its prefix",
                    "the block's network address, with zeros after the prefix"));
        }
        return Optional.empty();
    }
}
