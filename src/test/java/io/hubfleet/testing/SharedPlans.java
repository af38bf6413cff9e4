package io.hubfleet.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of what the tests share across classes (plans, rendered objects): records, lists and maps
 * are rebuilt and every JSON tree is copied, so a test that changes its copy (an ObjectNode is mutable)
 * changes nothing another test sees. Strings and other values are immutable and shared.
 */
public final class SharedPlans {

    private SharedPlans() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T copy(T value) {
        if (value instanceof JsonNode node) {
            return (T) node.deepCopy();
        }
        if (value instanceof Record record) {
            return (T) copyRecord(record);
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(element -> copied.add(copy(element)));
            return (T) java.util.Collections.unmodifiableList(copied);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copied = new LinkedHashMap<>();
            map.forEach((key, element) -> copied.put(key, copy(element)));
            return (T) java.util.Collections.unmodifiableMap(copied);
        }
        return value;
    }

    private static Record copyRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = copy(accessor.invoke(record));
            }
            Constructor<? extends Record> constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
        }
    }
}
