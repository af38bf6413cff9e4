package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}); empty selects all. */
final class LabelSelector {

    private LabelSelector() {
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return true;
        }
        for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            if (!new PodShape.Requirement(expression.path("key").asText(), expression.path("operator").asText(), values)
                    .matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
