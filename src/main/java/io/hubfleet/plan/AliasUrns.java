package io.hubfleet.plan;

import com.pulumi.core.internal.Urn;
import pulumirpc.AliasOuterClass.Alias;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The URNs a registration's aliases stand for, computed as the Pulumi engine does (pkg/resource/deploy/
 * step_generator.go, {@code collapseAliasToUrn}, {@code generateAliases} and {@code inheritedChildAlias}).
 * The Java SDK sends aliases as specs (name, type, stack, project, parent URN or no parent; empty parts
 * mean the resource's own), never as URNs it computed, so the offline engine has to collapse them itself.
 * A child also inherits an alias from each alias of its parent: its own type and name under the parent's
 * old URN. The engine inherits only the parent alias that matched an old resource; offline, with no old
 * state, every parent alias is inherited (each moved resource has one, so the two agree).
 * <p>
 * Kept are the aliases that move a resource: under another parent or from another name. Aliases that
 * change only the type's last part are left out: the providers' SDKs add one for every older API version
 * of a type (azure-native some fifty per resource, Kubernetes' {@code apps/v1beta1} and the like), which
 * say nothing about the program.
 */
final class AliasUrns {

    private static final String ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

    private final String stack;
    private final String project;
    private final Function<String, List<String>> aliasesOf;

    /** @param aliasesOf the alias URNs already recorded for a URN (empty when none) */
    AliasUrns(String stack, String project, Function<String, List<String>> aliasesOf) {
        this.stack = stack;
        this.project = project;
        this.aliasesOf = aliasesOf;
    }

    /** The alias URNs of a resource of this type and name under this parent (empty for none), sorted. */
    List<String> of(List<Alias> aliases, String type, String name, String parent) {
        Set<String> urns = new LinkedHashSet<>();
        for (Alias alias : aliases) {
            urns.addAll(collapse(alias, type, name, parent));
        }
        if (!parent.isEmpty()) {
            String parentName = nameOf(parent);
            for (String parentAlias : aliasesOf.apply(parent)) {
                urns.add(inherited(type, name, parentName, parentAlias));
                for (Alias alias : aliases) {
                    for (String own : collapse(alias, type, name, parent)) {
                        urns.add(inherited(typeOf(own), nameOf(own), parentName, parentAlias));
                    }
                }
            }
        }
        String own = Urn.create(stack, project, parent.isEmpty() ? Optional.empty() : Optional.of(parent), type, name);
        List<String> sorted = new ArrayList<>(urns.stream().filter(urn -> moves(urn, own)).toList());
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private List<String> collapse(Alias alias, String type, String name, String parent) {
        if (alias.hasSpec() || alias.getUrn().isEmpty()) {
            Alias.Spec spec = alias.getSpec();
            String aliasName = spec.getName().isEmpty() ? name : spec.getName();
            String aliasType = spec.getType().isEmpty() ? type : spec.getType();
            String aliasStack = spec.getStack().isEmpty() ? stack : spec.getStack();
            String aliasProject = spec.getProject().isEmpty() ? project : spec.getProject();
            List<String> parents = new ArrayList<>();
            if (spec.getParentUrn().isEmpty()) {
                parents.add(parent);
            } else {
                // A parent that is itself aliased: this resource's old URN sits under the parent's old one.
                List<String> parentAliases = aliasesOf.apply(spec.getParentUrn());
                parents.addAll(parentAliases.isEmpty() ? List.of(spec.getParentUrn()) : parentAliases);
            }
            List<String> out = new ArrayList<>();
            for (String aliasParent : parents) {
                boolean noParent = spec.getNoParent() || aliasParent.isEmpty()
                        || aliasParent.split("::")[2].equals(ROOT_STACK_TYPE);
                out.add(Urn.create(aliasStack, aliasProject,
                        noParent ? Optional.empty() : Optional.of(aliasParent), aliasType, aliasName));
            }
            return out;
        }
        return List.of(alias.getUrn());
    }

    /** A child's alias under its parent's old URN (a name that starts with the parent's takes the old one's). */
    private String inherited(String childType, String childName, String parentName, String parentAlias) {
        String aliasName = childName.startsWith(parentName)
                ? nameOf(parentAlias) + childName.substring(parentName.length()) : childName;
        return Urn.create(stack, project, Optional.of(parentAlias), childType, aliasName);
    }

    /** Whether an alias puts the resource under another parent chain or name (not just another type). */
    private static boolean moves(String alias, String own) {
        return !parentChain(alias).equals(parentChain(own)) || !nameOf(alias).equals(nameOf(own));
    }

    private static String parentChain(String urn) {
        String qualified = urn.split("::")[2];
        int last = qualified.lastIndexOf('$');
        return last < 0 ? "" : qualified.substring(0, last);
    }

    /** The last part of a URN's qualified type ({@code a$b$c} → {@code c}). */
    private static String typeOf(String urn) {
        String qualified = urn.split("::")[2];
        return qualified.substring(qualified.lastIndexOf('$') + 1);
    }

    private static String nameOf(String urn) {
        return urn.substring(urn.indexOf("::", urn.indexOf("::", urn.indexOf("::") + 2) + 2) + 2);
    }
}
