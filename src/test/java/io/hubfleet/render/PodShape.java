package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the scheduler and the network see of a pod: where it may run, what it tolerates and requests,
 * its labels and service account. Either a pod template a release or the program renders, or a pod
 * the spawner or the gateway will create at run time from the values they were given.
 *
 * @param stack          the stack that makes it
 * @param what           a description for messages
 * @param namespace      its namespace
 * @param labels         its labels
 * @param nodeSelector   its node selector
 * @param requiredTerms  required node affinity: any one term, every expression of it
 * @param tolerations    its tolerations
 * @param serviceAccount its service account ({@code default} when none is named)
 * @param cpu            the CPU it requests
 * @param memoryGiB      the memory it requests
 * @param gpus           the GPUs it asks for
 * @param daemonSet      whether every matching node runs one
 * @param userCode       whether it runs code users choose (user servers, Dask schedulers and workers)
 */
public record PodShape(String stack, String what, String namespace, Map<String, String> labels,
                       Map<String, String> nodeSelector, List<List<Requirement>> requiredTerms,
                       List<Toleration> tolerations, String serviceAccount, double cpu, double memoryGiB, int gpus,
                       boolean daemonSet, boolean userCode) {

    /** A node selector requirement. */
    public record Requirement(String key, String operator, List<String> values) {
        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + operator);
            };
        }
    }

    /** A toleration. */
    public record Toleration(String key, String operator, String value, String effect) {
        boolean tolerates(Pool.Taint taint) {
            boolean keyMatches = key == null || key.isEmpty()
                    ? "Exists".equals(operator) : key.equals(taint.key());
            boolean valueMatches = "Exists".equals(operator) || (value == null ? "" : value).equals(taint.value());
            boolean effectMatches = effect == null || effect.isEmpty() || effect.equals(taint.effect());
            return keyMatches && valueMatches && effectMatches;
        }
    }

    /** Whether a node of the pool satisfies the pod's node selector and required affinity. */
    public boolean mayRunOn(Pool pool) {
        return !zonesOf(pool).isEmpty();
    }

    /** The zones of the pool where the pod's node selector and required affinity accept a node. */
    public List<String> zonesOf(Pool pool) {
        return pool.zones().stream().filter(zone -> accepts(pool.nodeLabels(zone))).toList();
    }

    private boolean accepts(Map<String, String> labels) {
        for (Map.Entry<String, String> wanted : nodeSelector.entrySet()) {
            if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                return false;
            }
        }
        return requiredTerms.isEmpty()
                || requiredTerms.stream().anyMatch(term -> term.stream().allMatch(r -> r.matches(labels)));
    }

    /** The pool's taints this pod does not tolerate (NoSchedule and NoExecute keep it off). */
    public List<Pool.Taint> untolerated(Pool pool) {
        return pool.taints().stream().filter(t -> !t.effect().equals("PreferNoSchedule"))
                .filter(t -> tolerations.stream().noneMatch(tol -> tol.tolerates(t))).toList();
    }

    /** The shape of a pod spec ({@code spec.template.spec} of a workload). */
    static PodShape of(String stack, String what, String namespace, JsonNode labels, JsonNode spec,
                       boolean daemonSet) {
        double cpu = 0;
        double memory = 0;
        for (JsonNode container : spec.path("containers")) {
            cpu += Amounts.cpu(container.at("/resources/requests/cpu"));
            memory += Amounts.kubernetesMemoryGiB(container.at("/resources/requests/memory"));
        }
        for (JsonNode container : spec.path("initContainers")) {
            cpu = Math.max(cpu, Amounts.cpu(container.at("/resources/requests/cpu")));
            memory = Math.max(memory, Amounts.kubernetesMemoryGiB(container.at("/resources/requests/memory")));
        }
        return new PodShape(stack, what, namespace, strings(labels), strings(spec.path("nodeSelector")),
                terms(spec.at("/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms")),
                tolerations(spec.path("tolerations")), spec.path("serviceAccountName").asText("default"),
                cpu, memory, 0, daemonSet, false);
    }

    static List<List<Requirement>> terms(JsonNode terms) {
        List<List<Requirement>> result = new ArrayList<>();
        for (JsonNode term : terms) {
            List<Requirement> requirements = new ArrayList<>();
            for (JsonNode expression : term.path("matchExpressions")) {
                List<String> values = new ArrayList<>();
                expression.path("values").forEach(v -> values.add(v.asText()));
                requirements.add(new Requirement(expression.path("key").asText(), expression.path("operator").asText(),
                        values));
            }
            result.add(requirements);
        }
        return result;
    }

    static List<Toleration> tolerations(JsonNode tolerations) {
        List<Toleration> result = new ArrayList<>();
        for (JsonNode toleration : tolerations) {
            result.add(new Toleration(toleration.path("key").asText(""), toleration.path("operator").asText("Equal"),
                    toleration.path("value").asText(""), toleration.path("effect").asText("")));
        }
        return result;
    }

    static Map<String, String> strings(JsonNode map) {
        Map<String, String> result = new TreeMap<>();
        map.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    PodShape withUserCode() {
        return new PodShape(stack, what, namespace, labels, nodeSelector, requiredTerms, tolerations, serviceAccount,
                cpu, memoryGiB, gpus, daemonSet, true);
    }
}
