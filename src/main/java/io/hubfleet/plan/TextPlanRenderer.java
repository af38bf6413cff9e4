package io.hubfleet.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The plan as a readable tree: each resource under its parent with its type, name, options and key
 * inputs (its top-level scalar inputs, cut short). The JSON form has everything.
 */
public final class TextPlanRenderer {

    static final int MAX_INPUTS_SHOWN = 8;
    static final int MAX_VALUE_LENGTH = 48;

    private TextPlanRenderer() {
    }

    public static String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        long cloudResources = plan.resources().stream().filter(PlanResource::custom).count();
        out.append("Offline plan of stack ").append(plan.stack()).append(" (project ").append(plan.project())
                .append("): ").append(plan.resources().size()).append(" resources, ")
                .append(cloudResources).append(" of them cloud or Kubernetes resources\n\n");
        plan.resources().stream().filter(r -> r.parent() == null)
                .forEach(root -> tree(plan, root, "", "", out));
        out.append("\nOutputs:\n");
        if (plan.outputs().isEmpty()) {
            out.append("  (none)\n");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = plan.outputs().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> output = it.next();
            out.append("  ").append(output.getKey()).append(": ").append(show(output.getValue(), 120)).append('\n');
        }
        if (!plan.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            plan.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        out.append("\nSecrets print as ").append(PlanValues.SECRET)
                .append(plan.warnings().stream().anyMatch(w -> w.startsWith(io.hubfleet.config.UnsetSecrets.WARNING_PREFIX))
                        ? " (" + PlanValues.SECRET_NOT_SET + " where the stack file holds none yet)" : "")
                .append(". Values shown as <stand-in:NAME.FIELD> ")
                .append("are only known once the cloud creates the resource; every id is one.\n");
        return out.toString();
    }

    private static void tree(Plan plan, PlanResource resource, String firstPrefix, String restPrefix,
                             StringBuilder out) {
        out.append(firstPrefix).append(resource.type()).append("  ").append(resource.name());
        if (resource.protect()) {
            out.append("  [protect]");
        }
        if (resource.retainOnDelete()) {
            out.append("  [retain-on-delete]");
        }
        for (String alias : resource.aliases()) {
            // Where it was: the deployed resource it keeps (an alias's parent chain, docs/plan-format.md).
            String[] chain = alias.split("::")[2].split("\\$");
            out.append("  [alias: was under ").append(chain.length > 1 ? chain[chain.length - 2] : "no parent")
                    .append(']');
        }
        String inputs = keyInputs(resource);
        if (!inputs.isEmpty()) {
            out.append("  ").append(inputs);
        }
        out.append('\n');
        List<PlanResource> children = new ArrayList<>(plan.childrenOf(resource.urn()));
        children.sort(Comparator.comparing(PlanResource::custom).thenComparing(PlanResource::type)
                .thenComparing(PlanResource::name));
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            tree(plan, children.get(i), restPrefix + (last ? "└─ " : "├─ "), restPrefix + (last ? "   " : "│  "), out);
        }
    }

    /** Implied by the type, so not repeated. */
    private static final java.util.Set<String> IMPLIED = java.util.Set.of("apiVersion", "kind", "compat");

    private static String keyInputs(PlanResource resource) {
        List<String> shown = new ArrayList<>();
        // Kubernetes objects are known by their metadata's name and namespace.
        JsonNode metadata = resource.inputs().path("metadata");
        for (String key : List.of("name", "namespace")) {
            if (metadata.path(key).isTextual()) {
                shown.add(key + "=" + show(metadata.path(key), MAX_VALUE_LENGTH));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resource.inputs().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> input = it.next();
            JsonNode value = input.getValue();
            if (value.isValueNode() && !value.isNull() && !IMPLIED.contains(input.getKey())
                    && shown.size() < MAX_INPUTS_SHOWN) {
                shown.add(input.getKey() + "=" + show(value, MAX_VALUE_LENGTH));
            }
        }
        return String.join(" ", shown);
    }

    private static String show(JsonNode value, int max) {
        String text = value.isTextual() ? value.asText() : value.toString();
        text = text.replace("\n", "\\n");
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }
}
