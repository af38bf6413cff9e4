package io.hubfleet.components;

import com.pulumi.core.Alias;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;

import java.util.Optional;

/**
 * Resources that moved under a new component keep their URNs: each direct child of the new component
 * gets an alias to the parent it had before ({@code Alias.builder().parent(former)}: same name and type,
 * the former parent's URN), so Pulumi updates the deployed resource in place instead of replacing it.
 * The alias is added by a transformation of the new component's options, so it reaches children that
 * the clouds create under the component (the ingress address, DNS records, the EKS autoscaler) as well
 * as the component's own. Grandchildren need nothing: the engine gives a child of an aliased resource
 * its old URN too (it inherits the alias, step_generator.go {@code inheritedChildAlias}).
 * <p>
 * The aliases stay as long as a deployed estate may predate the move; an alias that matches nothing is
 * ignored by the engine.
 */
final class FormerParent {

    private FormerParent() {
    }

    /**
     * Options for a component that takes over children of {@code former}: parented to {@code former},
     * its direct children aliased to their old place under it.
     *
     * @param type the new component's type token
     * @param name the new component's name
     */
    static ComponentResourceOptions options(Resource former, String type, String name) {
        return ComponentResourceOptions.builder().parent(former)
                .resourceTransformations(aliasChildren(former, type, name)).build();
    }

    private static ResourceTransformation aliasChildren(Resource former, String type, String name) {
        return args -> {
            // Transformations run for the component itself and every descendant; only its children moved.
            Optional<Resource> parent = args.options().getParent();
            boolean child = parent.isPresent() && parent.get().pulumiResourceType().equals(type)
                    && parent.get().pulumiResourceName().equals(name);
            if (!child) {
                return Optional.empty();
            }
            Alias alias = Alias.builder().parent(former).build();
            ResourceOptions options = args.options();
            if (options instanceof CustomResourceOptions custom) {
                return Optional.of(new ResourceTransformation.Result(args.args(), CustomResourceOptions.merge(custom,
                        CustomResourceOptions.builder().aliases(alias).build())));
            }
            if (options instanceof ComponentResourceOptions component) {
                return Optional.of(new ResourceTransformation.Result(args.args(), ComponentResourceOptions.merge(
                        component, ComponentResourceOptions.builder().aliases(alias).build())));
            }
            throw new IllegalStateException("unexpected options " + options.getClass() + " of " + args.resource());
        };
    }
}
