package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares plans (their JSON, docs/plan-format.md) stack by stack: resources match by URN, or a new
 * resource matches the old one whose URN is one of its {@code aliases} (moved, as the Pulumi engine
 * matches it: kept, not deleted and created); a matched
 * resource changes when its inputs (an RFC 6902 diff, by zjsonpatch), its options or the fingerprint
 * of a secret input differ. Stand-in values are the same on both sides, so only real changes show.
 */
public final class PlanDiffer {

    /** Resource options whose change matters to a reviewer (data safety, replacement behaviour, provider). */
    private static final List<String> OPTIONS = List.of("protect", "retainOnDelete", "deleteBeforeReplace",
            "ignoreChanges", "provider");
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION,
            DiffFlags.OMIT_COPY_OPERATION, DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);
    private static final String SECRET = "[secret]";

    private PlanDiffer() {
    }

    /** Diffs two sets of plans, each a list of plan documents (one per stack). */
    public static PlanDiff diff(List<JsonNode> before, List<JsonNode> after) {
        Map<String, JsonNode> old = byStack(before);
        Map<String, JsonNode> now = byStack(after);
        TreeSet<String> stacks = new TreeSet<>(old.keySet());
        stacks.addAll(now.keySet());
        List<StackDiff> diffs = new ArrayList<>();
        for (String stack : stacks) {
            diffs.add(diffStack(stack, old.get(stack), now.get(stack)));
        }
        return new PlanDiff(diffs);
    }

    private static StackDiff diffStack(String stack, JsonNode before, JsonNode after) {
        JsonNode known = after != null ? after : before;
        String cloud = text(known.get("cloud"));
        String stage = text(known.get("stage"));
        // A hub-only stack's cluster stack (its last part): deploys order cluster stacks first.
        String clusterStack = text(known.path("outputs").get("clusterStack"));
        if (clusterStack != null) {
            clusterStack = clusterStack.substring(clusterStack.lastIndexOf('/') + 1);
        }
        Map<String, JsonNode> oldResources = resources(before);
        Map<String, JsonNode> newResources = resources(after);
        Map<String, String> movedFrom = moves(oldResources, newResources);
        java.util.Set<String> movedAway = new java.util.HashSet<>(movedFrom.values());
        TreeSet<String> urns = new TreeSet<>(oldResources.keySet());
        urns.removeAll(movedAway);
        urns.addAll(newResources.keySet());
        List<ResourceChange> changes = new ArrayList<>();
        for (String urn : urns) {
            String oldUrn = movedFrom.getOrDefault(urn, urn);
            JsonNode was = oldResources.get(oldUrn);
            JsonNode is = newResources.get(urn);
            String moved = movedFrom.get(urn);
            if (was == null) {
                changes.add(new ResourceChange(urn, is.path("type").asText(), is.path("name").asText(),
                        ResourceChange.Action.ADD, List.of(), List.of()));
            } else if (is == null) {
                changes.add(new ResourceChange(urn, was.path("type").asText(), was.path("name").asText(),
                        ResourceChange.Action.REMOVE, List.of(), DataSafety.removal(was)));
            } else {
                List<InputChange> inputs = resourceChanges(was, is);
                if (!inputs.isEmpty()) {
                    changes.add(new ResourceChange(urn, is.path("type").asText(), is.path("name").asText(),
                            ResourceChange.Action.UPDATE, inputs, DataSafety.update(was, inputs), moved));
                } else if (moved != null) {
                    changes.add(new ResourceChange(urn, is.path("type").asText(), is.path("name").asText(),
                            ResourceChange.Action.MOVE, List.of(), List.of(), moved));
                }
            }
        }
        List<InputChange> outputs = valueChanges(
                before == null ? JsonNodeFactory.instance.objectNode() : before.path("outputs"),
                after == null ? JsonNodeFactory.instance.objectNode() : after.path("outputs"),
                Map.of(), Map.of());
        CostChange cost = CostChange.of(before, after);
        boolean costChanged = cost != null && cost.changed();
        StackDiff.Status status = before == null ? StackDiff.Status.ADDED
                : after == null ? StackDiff.Status.REMOVED
                : changes.isEmpty() && outputs.isEmpty() && !costChanged ? StackDiff.Status.UNCHANGED
                : StackDiff.Status.CHANGED;
        return new StackDiff(stack, cloud, stage, clusterStack, status, changes, outputs, cost);
    }

    /**
     * New resources (by URN) that are old ones under another URN: a new URN the old plan lacks, with an
     * alias that is an old URN the new plan lacks. An old URN two resources claim matches neither (the
     * engine refuses such a program), so both show as added and the old one as removed.
     */
    private static Map<String, String> moves(Map<String, JsonNode> oldResources, Map<String, JsonNode> newResources) {
        Map<String, List<String>> claims = new TreeMap<>();
        newResources.forEach((urn, resource) -> {
            if (!oldResources.containsKey(urn)) {
                for (JsonNode alias : resource.path("aliases")) {
                    String old = alias.asText();
                    if (oldResources.containsKey(old) && !newResources.containsKey(old)) {
                        claims.computeIfAbsent(old, k -> new ArrayList<>()).add(urn);
                    }
                }
            }
        });
        Map<String, String> movedFrom = new TreeMap<>();
        claims.forEach((old, claimants) -> {
            if (claimants.size() == 1 && !movedFrom.containsKey(claimants.get(0))) {
                movedFrom.put(claimants.get(0), old);
            }
        });
        return movedFrom;
    }

    private static List<InputChange> resourceChanges(JsonNode was, JsonNode is) {
        List<InputChange> changes = new ArrayList<>();
        for (String option : OPTIONS) {
            JsonNode a = was.get(option);
            JsonNode b = is.get(option);
            if (!Objects.equals(a, b)) {
                changes.add(new InputChange(option, a, b, false));
            }
        }
        changes.addAll(valueChanges(was.path("inputs"), is.path("inputs"),
                fingerprints(was), fingerprints(is)));
        return changes;
    }

    /** The changed paths between two JSON values, with the secrets whose fingerprint changed. */
    static List<InputChange> valueChanges(JsonNode before, JsonNode after, Map<String, String> oldFingerprints,
                                          Map<String, String> newFingerprints) {
        Map<String, InputChange> byPath = new TreeMap<>();
        for (JsonNode op : JsonDiff.asJson(before, after, FLAGS)) {
            String path = op.path("path").asText();
            switch (op.path("op").asText()) {
                case "add" -> byPath.put(path, new InputChange(path, null, op.get("value"), false));
                case "remove" -> byPath.put(path, new InputChange(path, at(before, path), null, false));
                case "replace" -> byPath.put(path, new InputChange(path, op.get("fromValue"), op.get("value"), false));
                default -> {
                }
            }
        }
        TreeSet<String> secretPaths = new TreeSet<>(oldFingerprints.keySet());
        secretPaths.addAll(newFingerprints.keySet());
        for (String path : secretPaths) {
            String a = oldFingerprints.get(path);
            String b = newFingerprints.get(path);
            if (a != null && b != null && !a.equals(b) && !byPath.containsKey(path)) {
                JsonNode masked = JsonNodeFactory.instance.textNode(SECRET);
                byPath.put(path, new InputChange(path, masked, masked, true));
            }
        }
        return List.copyOf(byPath.values());
    }

    private static JsonNode at(JsonNode root, String pointer) {
        JsonNode found = root.at(pointer);
        return found.isMissingNode() ? null : found;
    }

    private static Map<String, String> fingerprints(JsonNode resource) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = resource.path("secretFingerprints");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            out.put(entry.getKey(), entry.getValue().asText());
        }
        return out;
    }

    private static Map<String, JsonNode> resources(JsonNode plan) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (plan == null) {
            return out;
        }
        for (JsonNode resource : plan.path("resources")) {
            if (!"pulumi:pulumi:Stack".equals(resource.path("type").asText())) {
                out.put(resource.path("urn").asText(), resource);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> byStack(List<JsonNode> plans) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode plan : plans) {
            String stack = plan.path("stack").asText();
            if (out.put(stack, plan) != null) {
                throw new IllegalArgumentException("stack " + stack + " appears twice");
            }
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
