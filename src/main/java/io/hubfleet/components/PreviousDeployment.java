package io.hubfleet.components;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.StackReference;
import com.pulumi.resources.StackReferenceArgs;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;

/**
 * What this stack deployed last, read back: a reference to the stack itself (a stack may read its own
 * outputs, pulumi/pulumi#3722). A stack never deployed has no outputs; the offline plan answers as for one.
 * Holds no resources of its own.
 */
public final class PreviousDeployment extends ComponentResource {

    public static final String TYPE = "hubfleet:index:PreviousDeployment";

    private final StackReference self;

    public PreviousDeployment(Context ctx) {
        super(TYPE, "previous-deployment", null);
        this.self = new StackReference("previous-deployment", StackReferenceArgs.builder()
                .name(ctx.organizationName() + "/" + ctx.projectName() + "/" + ctx.stackName()).build(),
                CustomResourceOptions.builder().parent(this).build());
        registerOutputs(Map.of());
    }

    /** A map of whole numbers the last deployment exported under {@code output}; empty when none. */
    public Map<String, Integer> numbers(String output) {
        Object value = value(output);
        Map<String, Integer> numbers = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, number) -> {
                if (number instanceof Number n) {
                    numbers.put(key.toString(), n.intValue());
                }
            });
        }
        return numbers;
    }

    /** A text the last deployment exported under {@code output}, if it did. */
    public java.util.Optional<String> text(String output) {
        return value(output) instanceof String text ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /** A map of strings the last deployment exported under {@code output}; empty when none. */
    public Map<String, String> strings(String output) {
        Map<String, String> strings = new TreeMap<>();
        if (value(output) instanceof Map<?, ?> map) {
            map.forEach((key, text) -> {
                if (text != null) {
                    strings.put(key.toString(), text.toString());
                }
            });
        }
        return strings;
    }

    private Object value(String output) {
        try {
            return self.getValueAsync(output).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot read this stack's last deployed outputs: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }
}
