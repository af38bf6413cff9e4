package io.hubfleet.plan.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The diff for machines (workflows pick the changed stacks from it): docs/plan-format.md, "Diff format". */
public final class JsonDiffRenderer {

    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDiffRenderer() {
    }

    public static ObjectNode toJson(PlanDiff diff) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("changed", diff.hasChanges());
        ArrayNode stacks = root.putArray("stacks");
        for (StackDiff stack : diff.stacks()) {
            ObjectNode node = stacks.addObject();
            node.put("stack", stack.stack());
            node.put("cloud", stack.cloud());
            node.put("stage", stack.stage());
            if (stack.clusterStack() != null) {
                node.put("clusterStack", stack.clusterStack());
            }
            node.put("status", stack.status().word());
            node.put("changed", stack.changed());
            node.put("add", stack.count(ResourceChange.Action.ADD));
            node.put("change", stack.count(ResourceChange.Action.UPDATE));
            node.put("remove", stack.count(ResourceChange.Action.REMOVE));
            node.put("move", stack.count(ResourceChange.Action.MOVE));
            node.put("dataSafetyWarnings", stack.warnings());
            if (stack.cost() != null) {
                ObjectNode cost = node.putObject("cost");
                cost.put("currency", stack.cost().currency());
                cost.put("idleMonthlyBefore", stack.cost().before());
                cost.put("idleMonthlyAfter", stack.cost().after());
                cost.put("idleMonthlyChange", stack.cost().delta());
                cost.put("unknownItemsBefore", stack.cost().unknownBefore());
                cost.put("unknownItemsAfter", stack.cost().unknownAfter());
            }
            ArrayNode resources = node.putArray("resources");
            for (ResourceChange resource : stack.resources()) {
                ObjectNode r = resources.addObject();
                r.put("urn", resource.urn());
                r.put("type", resource.type());
                r.put("name", resource.name());
                r.put("action", resource.action().word());
                if (resource.movedFrom() != null) {
                    r.put("movedFrom", resource.movedFrom());
                }
                changes(r.putArray("changes"), resource.changes());
                ArrayNode warnings = r.putArray("warnings");
                resource.warnings().forEach(warnings::add);
            }
            changes(node.putArray("outputs"), stack.outputChanges());
        }
        return root;
    }

    private static void changes(ArrayNode out, List<InputChange> changes) {
        for (InputChange change : changes) {
            ObjectNode c = out.addObject();
            c.put("path", change.path());
            c.set("before", change.before());
            c.set("after", change.after());
            c.put("secretChanged", change.secretChanged());
        }
    }

    public static String render(PlanDiff diff) {
        try {
            return JSON.writeValueAsString(toJson(diff)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the diff", e);
        }
    }
}
