package io.hubfleet.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The plan's JSON form: a public contract that tools and CI rely on (docs/plan-format.md). Fields are
 * only ever added. Output is byte-identical for identical plans.
 */
public final class JsonPlanRenderer {

    /** Bumped only if a field ever had to change meaning; additions keep it. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonPlanRenderer() {
    }

    public static ObjectNode toJson(Plan plan) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("stack", plan.stack());
        root.put("project", plan.project());
        root.put("cloud", plan.cloud());
        root.put("stage", plan.stage());
        ArrayNode resources = root.putArray("resources");
        for (PlanResource r : plan.resources()) {
            ObjectNode node = resources.addObject();
            node.put("urn", r.urn());
            node.put("type", r.type());
            node.put("name", r.name());
            node.put("parent", r.parent());
            node.set("aliases", strings(r.aliases()));
            node.put("provider", r.provider());
            node.put("custom", r.custom());
            node.put("protect", r.protect());
            node.put("retainOnDelete", r.retainOnDelete());
            node.put("deleteBeforeReplace", r.deleteBeforeReplace());
            node.set("ignoreChanges", strings(r.ignoreChanges()));
            node.set("dependsOn", strings(r.dependsOn()));
            node.set("inputs", r.inputs());
            if (!r.custom()) {
                node.set("outputs", r.outputs());
            }
            node.set("standIns", strings(r.standIns()));
            ObjectNode fingerprints = node.putObject("secretFingerprints");
            r.secretFingerprints().forEach(fingerprints::put);
        }
        root.set("outputs", plan.outputs());
        root.set("warnings", strings(plan.warnings()));
        return root;
    }

    public static String render(Plan plan) {
        return write(toJson(plan));
    }

    /** The plan with sections other parts of hubfleet add (the {@code cost} section), each by its name. */
    public static ObjectNode toJson(Plan plan, java.util.function.Function<Plan, java.util.Map<String, ? extends com.fasterxml.jackson.databind.JsonNode>> sections) {
        ObjectNode root = toJson(plan);
        new java.util.TreeMap<>(sections.apply(plan)).forEach(root::set);
        return root;
    }

    public static String render(Plan plan, java.util.function.Function<Plan, java.util.Map<String, ? extends com.fasterxml.jackson.databind.JsonNode>> sections) {
        return write(toJson(plan, sections));
    }

    /** Every stack's plan in one document, each with the added sections. */
    public static String renderAll(List<Plan> plans, java.util.function.Function<Plan, java.util.Map<String, ? extends com.fasterxml.jackson.databind.JsonNode>> sections) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("project", OfflinePlanner.PROJECT);
        ArrayNode all = root.putArray("plans");
        plans.stream().sorted(java.util.Comparator.comparing(Plan::stack)).forEach(plan -> all.add(toJson(plan, sections)));
        return write(root);
    }

    /** Every stack's plan in one document: {@code {formatVersion, project, plans: [...]}}, by stack name. */
    public static String renderAll(List<Plan> plans) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("project", OfflinePlanner.PROJECT);
        ArrayNode all = root.putArray("plans");
        plans.stream().sorted(java.util.Comparator.comparing(Plan::stack)).forEach(plan -> all.add(toJson(plan)));
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render plan", e);
        }
    }

    private static ArrayNode strings(List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return array;
    }
}
