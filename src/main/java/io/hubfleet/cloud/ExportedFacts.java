package io.hubfleet.cloud;

import java.util.Map;

/** Reading a shared cluster's exported facts, with a clear failure when one is missing. */
public final class ExportedFacts {

    private ExportedFacts() {
    }

    public static String text(Map<String, Object> exported, String key) {
        Object value = exported.get(key);
        if (value == null) {
            throw new IllegalStateException("the cluster stack's hubHost output has no " + key
                    + ": deploy the cluster stack with this version of hubfleet first");
        }
        return value.toString();
    }
}
