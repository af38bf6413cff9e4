package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** An HTTP answer from the hub or the server behind its proxy, with what it says in words. */
record Answer(String method, URI uri, int status, String body, Optional<String> location) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 300;

    /** The request, as in {@code POST /hub/api/users/u}. */
    String request() {
        return method + " " + uri.getRawPath();
    }

    JsonNode json() throws StepFailure {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new StepFailure(request() + " answered " + status + " with no JSON: " + shortened(body));
        }
    }

    /** JupyterHub's and Jupyter Server's errors are {@code {"status": ..., "message": ...}}; else the body's start. */
    String message() {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.path("message").isTextual()) {
                return node.path("message").asText();
            }
        } catch (IOException e) {
            // not JSON: the body itself says it
        }
        return body == null || body.isBlank() ? "(no body)" : shortened(body.strip());
    }

    private static String shortened(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }
}
