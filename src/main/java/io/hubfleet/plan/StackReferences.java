package io.hubfleet.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.Iterator;
import java.util.Map;

/**
 * Offline answers to stack references: the referenced stack's outputs from its own offline plan. Its
 * secret outputs read {@code [secret]} there, and stay secret here.
 */
final class StackReferences {

    private StackReferences() {
    }

    static Map<String, Value> answer(Map<String, ObjectNode> references, Struct inputs) {
        String name = inputs.getFieldsMap().getOrDefault("name", Value.getDefaultInstance()).getStringValue();
        ObjectNode outputs = references.get(name);
        if (outputs == null) {
            outputs = references.get(name.substring(name.lastIndexOf('/') + 1));
        }
        if (outputs == null) {
            throw new IllegalStateException("the offline plan has no outputs of the stack " + name
                    + " to answer its reference with");
        }
        ListValue.Builder secrets = ListValue.newBuilder();
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = outputs.fields(); it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> entry = it.next();
            if (PlanValues.SECRET.equals(entry.getValue().asText(null))) {
                secrets.addValues(Value.newBuilder().setStringValue(entry.getKey()));
            }
        }
        return Map.of(
                "outputs", value(outputs),
                "secretOutputNames", Value.newBuilder().setListValue(secrets).build());
    }

    /** JSON as the engine's wire values. */
    static Value value(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Value.newBuilder().setNullValue(com.google.protobuf.NullValue.NULL_VALUE).build();
        }
        if (node.isBoolean()) {
            return Value.newBuilder().setBoolValue(node.asBoolean()).build();
        }
        if (node.isNumber()) {
            return Value.newBuilder().setNumberValue(node.asDouble()).build();
        }
        if (node.isTextual()) {
            return Value.newBuilder().setStringValue(node.asText()).build();
        }
        if (node.isArray()) {
            ListValue.Builder list = ListValue.newBuilder();
            node.forEach(item -> list.addValues(value(item)));
            return Value.newBuilder().setListValue(list).build();
        }
        Struct.Builder struct = Struct.newBuilder();
        node.fields().forEachRemaining(e -> struct.putFields(e.getKey(), value(e.getValue())));
        return Value.newBuilder().setStructValue(struct).build();
    }
}
