package io.hubfleet.helm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Helm values as JSON trees, layered the way Helm layers them: mappings merge key by key, anything
 * else is replaced by the later layer, and a {@code null} removes the key. A null from a later layer is
 * kept in the result, so that Helm also removes the chart's own default for that key.
 */
public final class HelmValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.dataformat.yaml.YAMLMapper YAML =
            com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                    .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private HelmValues() {
    }

    /** The layers merged in order, later layers winning; none of them is modified. */
    public static ObjectNode layer(List<ObjectNode> layers) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (ObjectNode layer : layers) {
            merge(result, layer, true);
        }
        return result;
    }

    /**
     * Merges {@code overlay} into {@code base} in place. With {@code keepNulls}, a null stays (to reach
     * Helm); without, the key disappears (what Helm does with the chart's defaults).
     */
    public static void merge(ObjectNode base, JsonNode overlay, boolean keepNulls) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            JsonNode existing = base.get(key);
            if (value == null || value.isNull()) {
                if (keepNulls) {
                    base.putNull(key);
                } else {
                    base.remove(key);
                }
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, value, keepNulls);
            } else {
                base.set(key, value.deepCopy());
            }
        }
    }

    /** What Helm validates and renders: the chart's values.yaml overlaid with ours. */
    public static ObjectNode overChartDefaults(ObjectNode chartDefaults, ObjectNode ours) {
        ObjectNode result = chartDefaults.deepCopy();
        merge(result, ours, false);
        return result;
    }

    /**
     * A tree as the plain maps and lists a Helm release's {@code values} take. The Pulumi Java SDK drops
     * map entries whose value is null, so nulls are left out here and passed by {@link #nullsAsYaml}.
     */
    public static Map<String, Object> toMap(ObjectNode values) {
        return JSON.convertValue(withoutNulls(values), MAP);
    }

    /**
     * The keys the values remove (their nulls) as a YAML document, for the release's values files: the
     * provider merges files under {@code values}, so a null there reaches Helm and removes the chart's
     * default. Empty when nothing is removed.
     */
    public static java.util.Optional<String> nullsAsYaml(ObjectNode values) {
        ObjectNode nulls = nullsOnly(values);
        if (nulls.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YAML.writeValueAsString(nulls));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render values", e);
        }
    }

    static ObjectNode withoutNulls(ObjectNode values) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        values.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                return;
            }
            out.set(e.getKey(), e.getValue().isObject() ? withoutNulls((ObjectNode) e.getValue()) : e.getValue().deepCopy());
        });
        return out;
    }

    static ObjectNode nullsOnly(ObjectNode values) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        values.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                out.putNull(e.getKey());
            } else if (e.getValue().isObject()) {
                ObjectNode inner = nullsOnly((ObjectNode) e.getValue());
                if (!inner.isEmpty()) {
                    out.set(e.getKey(), inner);
                }
            }
        });
        return out;
    }
}
