package io.hubfleet.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plan files: one stack's plan ({@code hubfleet plan STACK --json}) or every stack's
 * ({@code hubfleet plan --all --json}, a document with {@code plans}).
 */
public final class PlanDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanDocuments() {
    }

    /** The plans in a file; a clear {@link IllegalArgumentException} when it holds none. */
    public static List<JsonNode> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("there is no plan file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a JSON plan: " + firstLine(e.getMessage()));
        }
        return plans(root, file.toString());
    }

    static List<JsonNode> plans(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(origin + " is not a plan: expected a JSON object from hubfleet plan --json");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != 1) {
            throw new IllegalArgumentException(origin + " has formatVersion " + root.path("formatVersion")
                    + "; this hubfleet reads plans of format 1");
        }
        List<JsonNode> plans = new ArrayList<>();
        if (root.has("plans")) {
            for (JsonNode plan : root.path("plans")) {
                plans.add(checked(plan, origin));
            }
        } else {
            plans.add(checked(root, origin));
        }
        return plans;
    }

    private static JsonNode checked(JsonNode plan, String origin) {
        if (!plan.path("stack").isTextual() || !plan.path("resources").isArray()) {
            throw new IllegalArgumentException(origin + " holds a plan without a stack name or resources");
        }
        return plan;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
