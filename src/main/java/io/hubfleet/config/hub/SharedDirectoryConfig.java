package io.hubfleet.config.hub;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * A group's directory on the hub's home storage, {@code _groups/<name>}, at {@code ~/groups/<name>}.
 *
 * @param name   a DNS label
 * @param groups members of any of these provider groups may write in it
 * @param others what the hub's other users see; default read-only
 */
public record SharedDirectoryConfig(String name, List<String> groups, Others others) {

    public SharedDirectoryConfig {
        groups = List.copyOf(groups);
        others = others == null ? Others.READ_ONLY : others;
    }

    /** The directory's sub-path within the hub's home volume. */
    public String subPath() {
        return "_groups/" + name;
    }

    /** Where servers see it. */
    public String mountPath() {
        return "/home/jovyan/groups/" + name;
    }

    /** What users outside the directory's groups see. */
    public enum Others {
        READ_ONLY("read-only"), HIDDEN("hidden");

        private final String configName;

        Others(String configName) {
            this.configName = configName;
        }

        @JsonValue
        public String configName() {
            return configName;
        }

        @JsonCreator
        public static Others fromConfigName(String name) {
            for (Others others : values()) {
                if (others.configName.equals(name)) {
                    return others;
                }
            }
            throw new IllegalArgumentException("unknown value " + name);
        }
    }
}
