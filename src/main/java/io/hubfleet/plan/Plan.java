package io.hubfleet.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What a stack would create: every resource with its parent, provider, options and inputs, and the
 * stack's outputs. Resources are ordered by URN, so two plans of one program are identical.
 *
 * @param stack     the stack name
 * @param project   the Pulumi project name
 * @param resources every registered resource, the stack itself included, ordered by URN
 * @param outputs   the stack outputs, masked
 * @param warnings  warnings the program logged, in order
 * @param invokes   the provider functions the program called, ordered by token and provider
 * @param cloud     the stack's cloud (gcp, aws, azure), or null when not known
 * @param stage     when it deploys on merge (staging, production), or null when not known
 */
public record Plan(String stack, String project, List<PlanResource> resources, ObjectNode outputs,
                   List<String> warnings, List<PlanInvoke> invokes, String cloud, String stage) {

    public Plan {
        resources = List.copyOf(resources);
        warnings = List.copyOf(warnings);
        invokes = List.copyOf(invokes);
    }

    /** The same plan, saying which cloud and deploy stage it is for. */
    public Plan about(String newCloud, String newStage) {
        return new Plan(stack, project, resources, outputs, warnings, invokes, newCloud, newStage);
    }

    /** The same plan with these warnings before the program's own. */
    public Plan warnedFirst(List<String> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(warnings);
        return new Plan(stack, project, resources, outputs, all, invokes, cloud, stage);
    }

    public List<PlanResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    public Optional<PlanResource> find(String type, String name) {
        return resources.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst();
    }

    /** The resource of this type and name; fails naming what exists when there is none. */
    public PlanResource get(String type, String name) {
        return find(type, name).orElseThrow(() -> new NoSuchElementException("no " + type + " named " + name
                + " in the plan; resources of that type: " + ofType(type).stream().map(PlanResource::name).toList()));
    }

    public Optional<PlanResource> byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst();
    }

    public List<PlanResource> childrenOf(String urn) {
        return resources.stream().filter(r -> urn.equals(r.parent())).toList();
    }

    /** The parent of a resource, if it has one. */
    public Optional<PlanResource> parentOf(PlanResource resource) {
        return resource.parentUrn().flatMap(this::byUrn);
    }
}
