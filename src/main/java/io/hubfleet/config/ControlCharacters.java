package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Names, ids, domains and the like are one line of printable text. A line break or control character
 * in one (pasted from a terminal, a stray tab) would reach labels, annotations and Helm values
 * invisibly, so it is refused. A hub's raw {@code values:} are exempt: they may hold scripts.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static List<ConfigProblem> check(RawStackConfig raw) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = raw.config().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith(RawStackConfig.NAMESPACE + ":")) {
                walk(entry.getValue(), ConfigPath.key(entry.getKey()), problems);
            }
        }
        return problems;
    }

    private static void walk(JsonNode node, ConfigPath path, List<ConfigProblem> problems) {
        if (node.isTextual()) {
            if (node.asText().chars().anyMatch(Character::isISOControl)) {
                problems.add(ConfigProblem.of(path, "contains a line break or control character",
                        "one line of printable text"));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                if (!child.getKey().equals("values")) {
                    walk(child.getValue(), path.child(child.getKey()), problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path.index(i), problems);
            }
        }
    }
}
