package io.hubfleet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A key path in a stack file as users read it: {@code hubfleet:nodePools[1].max}. Paths start inside
 * the {@code config:} section; keys outside it (such as {@code environment}) keep their plain name.
 */
public final class ConfigPath implements Comparable<ConfigPath> {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_:-]*");

    private final List<Object> segments;

    private ConfigPath(List<Object> segments) {
        this.segments = List.copyOf(segments);
    }

    public static ConfigPath root() {
        return new ConfigPath(List.of());
    }

    /** The path of a top-level config key, such as {@code hubfleet:cluster}. */
    public static ConfigPath key(String configKey) {
        return new ConfigPath(List.of(configKey));
    }

    /**
     * Converts a JSON pointer into the stack document ({@code /config/hubfleet:nodePools/1/max})
     * into a config path. The leading {@code /config} is dropped: users write keys, not sections.
     */
    public static ConfigPath fromPointer(String pointer) {
        List<Object> segments = new ArrayList<>();
        if (!pointer.isEmpty() && !"/".equals(pointer)) {
            String[] parts = pointer.substring(1).split("/", -1);
            for (String raw : parts) {
                String part = raw.replace("~1", "/").replace("~0", "~");
                // Digits are list indexes, except as the first segment, which is always a key.
                segments.add(part.matches("\\d{1,9}") && !segments.isEmpty() ? (Object) Integer.valueOf(part) : part);
            }
        }
        return ofDocumentSegments(segments);
    }

    /**
     * A path from segments of the stack document (strings for keys, integers for list indexes).
     * The leading {@code config} segment is dropped.
     */
    public static ConfigPath ofDocumentSegments(List<Object> documentSegments) {
        List<Object> segments = new ArrayList<>(documentSegments);
        if (!segments.isEmpty() && "config".equals(segments.get(0))) {
            segments.remove(0);
        }
        return new ConfigPath(segments);
    }

    public ConfigPath child(String key) {
        List<Object> next = new ArrayList<>(segments);
        next.add(key);
        return new ConfigPath(next);
    }

    public ConfigPath index(int index) {
        List<Object> next = new ArrayList<>(segments);
        next.add(index);
        return new ConfigPath(next);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The top-level config key this path lies under, or empty for the root. */
    public String topLevelKey() {
        return segments.isEmpty() ? "" : String.valueOf(segments.get(0));
    }

    /** The path's segments: keys as strings, list indexes as integers. */
    public List<Object> segments() {
        return java.util.Collections.unmodifiableList(segments);
    }

    public boolean startsWith(ConfigPath prefix) {
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    /** The path as {@code pulumi config set --path} takes it. */
    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "config";
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                String key = (String) segment;
                if (out.length() > 0 && PLAIN_KEY.matcher(key).matches() && !key.contains(":")) {
                    out.append('.').append(key);
                } else if (out.length() == 0) {
                    out.append(key);
                } else {
                    out.append("[\"").append(key.replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigPath p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** Orders paths as they read: keys by name, list items by index. */
    @Override
    public int compareTo(ConfigPath other) {
        int common = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < common; i++) {
            Object a = segments.get(i);
            Object b = other.segments.get(i);
            int c;
            if (a instanceof Integer x && b instanceof Integer y) {
                c = Integer.compare(x, y);
            } else {
                c = String.valueOf(a).compareTo(String.valueOf(b));
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }
}
