package io.hubfleet.bench;

import com.pulumi.kubernetes.core.v1.Namespace;
import io.hubfleet.plan.PlanEngine;

import java.util.Map;
import java.util.Set;

/**
 * The floor: a Pulumi Java program of one resource under hubfleet's offline engine, in a fresh JVM.
 * With a count argument it registers that many namespaces instead: the SDK's own cost per resource,
 * without hubfleet's code or the provider classes of other resource types.
 */
public final class OneResourcePlan {

    private OneResourcePlan() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        var plan = PlanEngine.run("hubfleet", "floor", Map.of(), Set.of(), ctx -> {
            for (int i = 0; i < count; i++) {
                new Namespace("n" + i);
            }
        });
        System.out.println("planned " + plan.resources().size() + " resources");
    }
}
