package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;

/** How changed values print: compact JSON, long ones shortened. */
final class DiffValues {

    static final int MAX_LENGTH = 120;

    private DiffValues() {
    }

    static String show(JsonNode value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString();
        if (value.isTextual() && value.asText().contains("\n")) {
            long lines = value.asText().lines().count();
            String first = value.asText().lines().findFirst().orElse("");
            text = "\"" + shorten(first, 60) + "…\" (" + lines + " lines)";
            return text;
        }
        return shorten(text, MAX_LENGTH);
    }

    static String arrow(InputChange change) {
        if (change.secretChanged()) {
            return "[secret] → [secret] (its encrypted value in the stack file changed)";
        }
        return show(change.before()) + " → " + show(change.after());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
