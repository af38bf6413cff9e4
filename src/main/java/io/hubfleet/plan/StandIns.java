package io.hubfleet.plan;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.Resource;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values the offline engine puts where only the cloud would know the answer: ids, endpoints, IPs,
 * generated names. Each reads {@code <stand-in:NAME.FIELD>}, so a plan shows plainly what is invented.
 * Every string output that the program did not set as an input gets one; structured outputs the
 * program reads get curated stand-ins from {@link StandInCatalogue}.
 */
final class StandIns {

    private static final Map<Class<?>, List<String>> STRING_OUTPUTS = new ConcurrentHashMap<>();
    /** The engine itself answers these: the URN, and the id (a stand-in for every resource). */
    private static final java.util.Set<String> ENGINE_OUTPUTS = java.util.Set.of("urn", "id");

    private StandIns() {
    }

    static String of(String resourceName, String field) {
        return "<stand-in:" + resourceName + "." + field + ">";
    }

    static Value text(String resourceName, String field) {
        return Value.newBuilder().setStringValue(of(resourceName, field)).build();
    }

    /** The outputs the cloud copies from other inputs (not stand-ins: their values are known). */
    static Map<String, Value> echoed(String type, Struct inputs) {
        return StandInCatalogue.echoed(type, inputs);
    }

    /** The outputs to add to a resource's echoed inputs, by output name. */
    static Map<String, Value> forResource(Resource resource, String type, String name, Struct inputs) {
        Map<String, Value> added = new TreeMap<>();
        Map<String, Value> given = inputs.getFieldsMap();
        Map<String, Value> echoed = StandInCatalogue.echoed(type, inputs);
        for (String output : stringOutputs(resource.getClass())) {
            if (!given.containsKey(output) && !echoed.containsKey(output)) {
                added.put(output, text(name, output));
            }
        }
        StandInCatalogue.structured(type, name, inputs).forEach((output, value) -> {
            if (!given.containsKey(output) || StandInCatalogue.overridesInput(type, output)) {
                added.put(output, value);
            }
        });
        return added;
    }

    private static List<String> stringOutputs(Class<?> type) {
        return STRING_OUTPUTS.computeIfAbsent(type, t -> {
            List<String> names = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Export export = field.getAnnotation(Export.class);
                    if (export != null && export.refs().length == 1 && export.refs()[0] == String.class) {
                        String name = export.name().isEmpty() ? field.getName() : export.name();
                        if (!ENGINE_OUTPUTS.contains(name)) {
                            names.add(name);
                        }
                    }
                }
            }
            return List.copyOf(names);
        });
    }
}
