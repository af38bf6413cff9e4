package io.hubfleet.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each pool's size, bounds and labels, and names unique across the stack. */
final class NodePoolRules implements StackRule {

    /** The core pool's name: scalable pools may not take it. */
    static final String CORE_POOL_NAME = "core";

    /** Label prefixes hubfleet, the charts and Kubernetes set themselves. */
    static final List<String> RESERVED_LABEL_PREFIXES = List.of(
            "hub.jupyter.org/", "k8s.dask.org/", "hubfleet.io/", "kubernetes.io/", "k8s.io/",
            "node-role.kubernetes.io/", "node.kubernetes.io/", "cloud.google.com/", "eks.amazonaws.com/",
            "kubernetes.azure.com/");

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Integer> firstUse = new HashMap<>();
        Map<String, Integer> cloudNames = new HashMap<>();
        for (BoundConfig.Indexed<NodePoolConfig> indexed : config.nodePools()) {
            NodePoolConfig pool = indexed.value();
            ConfigPath at = BoundConfig.pool(indexed.index());
            MachineRules.exactlyOne(at, pool.machine(), pool.machineType(), true).ifPresentOrElse(
                    problems::add,
                    () -> config.cloud().flatMap(cloud -> MachineRules.resolvable(at, cloud, pool.machine(),
                            pool.machineType(), pool.gpu())).ifPresent(problems::add));
            problems.addAll(MachineRules.minMax(at, pool.min(), pool.max()));
            if (CORE_POOL_NAME.equals(pool.name())) {
                problems.add(ConfigProblem.of(at.child("name"), "\"core\" is the core pool's name",
                        "any other DNS-1123 label; set the core pool under hubfleet:cluster.corePool"));
            }
            Integer earlier = firstUse.putIfAbsent(pool.name(), indexed.index());
            if (earlier != null) {
                problems.add(ConfigProblem.of(at.child("name"),
                        "\"" + pool.name() + "\" is already the name of " + BoundConfig.pool(earlier),
                        "a name no other pool of the stack has"));
            }
            config.cloud().flatMap(c -> CloudConventions.of(c).cloudPoolName(pool.name())).ifPresent(cloudName -> {
                if (cloudName.length() > 12) {
                    problems.add(ConfigProblem.of(at.child("name"), "AKS names agent pools with at most 12 letters and "
                            + "digits; \"" + pool.name() + "\" becomes \"" + cloudName + "\"",
                            "a name of at most 12 letters and digits, not counting '-'"));
                }
                Integer clash = cloudNames.putIfAbsent(cloudName, indexed.index());
                if (clash != null && !pool.name().equals(config.nodePools().stream()
                        .filter(p -> p.index() == clash).findFirst().map(p -> p.value().name()).orElse(""))) {
                    problems.add(ConfigProblem.of(at.child("name"), "\"" + pool.name() + "\" and "
                            + BoundConfig.pool(clash) + " are both \"" + cloudName + "\" on AKS",
                            "names that differ in more than their '-'"));
                }
            });
            pool.labels().keySet().stream()
                    .filter(key -> RESERVED_LABEL_PREFIXES.stream().anyMatch(key::startsWith))
                    .sorted()
                    .forEach(key -> problems.add(ConfigProblem.of(at.child("labels").child(key),
                            "label prefix of \"" + key + "\" is reserved: hubfleet, the charts or the cloud set it",
                            "labels outside " + String.join(", ", RESERVED_LABEL_PREFIXES))));
        }
        return problems;
    }
}
