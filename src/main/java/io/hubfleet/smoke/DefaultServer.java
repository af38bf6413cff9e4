package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * A user's default server as the hub's user model has it ({@code servers[""]}): present while it is
 * starting, running or stopping, with {@code ready}, {@code pending} ("spawn", "stop" or null) and
 * {@code url}, the path behind the hub's proxy (a full URL when the hub uses subdomains).
 */
record DefaultServer(boolean ready, String pending, String url) {

    /** The default server, or empty when it is not running; the model has servers only with read:servers. */
    static Optional<DefaultServer> of(JsonNode userModel, String user) throws StepFailure {
        if (!userModel.has("servers")) {
            throw new StepFailure("the hub's model of user " + user + " has no servers: the token needs the scope "
                    + Scopes.servers(user) + " (it includes read:servers; docs/smoke-test.md)");
        }
        JsonNode server = userModel.path("servers").path("");
        if (server.isMissingNode() || server.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new DefaultServer(server.path("ready").asBoolean(false),
                server.path("pending").isTextual() ? server.path("pending").asText() : null,
                server.path("url").asText("")));
    }
}
