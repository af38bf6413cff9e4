package io.hubfleet.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;

import java.util.ArrayList;
import java.util.List;

/**
 * Every Kubernetes object a stack would put on its cluster: what each Helm release renders, and the
 * objects the program makes itself (typed resources and custom ones), each with where it comes from.
 */
public final class StackObjects {

    /** An object and its origin: a release's resource name, or the plan resource that makes it. */
    public record Origin(String stack, String resource, String urn, boolean fromRelease, ObjectNode object) {
        public String kind() {
            return object.path("kind").asText();
        }

        public String name() {
            return object.at("/metadata/name").asText();
        }

        public String namespace() {
            return object.at("/metadata/namespace").asText("");
        }
    }

    private StackObjects() {
    }

    public static List<Origin> of(Plan plan) {
        List<Origin> objects = new ArrayList<>();
        for (PlanResource resource : plan.resources()) {
            if (!resource.custom() || !resource.type().startsWith("kubernetes:")) {
                continue;
            }
            if (resource.type().equals("kubernetes:helm.sh/v3:Release")) {
                String namespace = resource.input("/namespace").asText();
                List<ObjectNode> rendered = ChartRenderer.render(resource);
                KubernetesApi.learn(rendered);
                for (ObjectNode object : rendered) {
                    String hook = object.at("/metadata/annotations").path(ChartRenderer.HOOK_ANNOTATION).asText("");
                    if (!hook.isEmpty() && !hook.contains("install")) {
                        continue; // made on delete, upgrade only or by `helm test`: not part of an install
                    }
                    ObjectNode copy = object.deepCopy();
                    if (!copy.at("/metadata/namespace").isTextual() && !ClusterScope.isClusterScoped(copy)) {
                        ((ObjectNode) copy.with("metadata")).put("namespace", namespace);
                    }
                    objects.add(new Origin(plan.stack(), resource.name(), resource.urn(), true, copy));
                }
            } else if (resource.input("/kind").isTextual() && !resource.input("/id").isTextual()) {
                // The program's own objects (a read of an existing one has only an id).
                objects.add(new Origin(plan.stack(), resource.name(), resource.urn(), false, resource.inputs().deepCopy()));
            }
        }
        return objects;
    }
}
