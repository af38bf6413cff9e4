package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The few calls of JupyterHub's REST API ({@code <hub>/hub/api}, JupyterHub 5) the smoke test makes on
 * its test user, each answered as the API documents it or refused with the scope it needs.
 */
final class HubApi {

    private final TokenClient client;
    private final URI api;
    private final String user;

    HubApi(TokenClient client, URI hubUrl, String user) {
        this.client = client;
        this.api = hubUrl.resolve("hub/api/");
        this.user = user;
    }

    /** {@code GET /users/U}: the user's model, or empty when the hub has no such user. */
    Optional<JsonNode> user() throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("GET", userUri(""), null);
        if (answer.status() == 200) {
            return Optional.of(answer.json());
        }
        if (answer.status() == 404 && !Refusal.filteredOut(answer)) {
            return Optional.empty();
        }
        throw Refusal.of(answer, Scopes.servers(user), user);
    }

    /** {@code POST /users/U}: 201 created; 409 if it exists already, which is as good. */
    void createUser() throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("POST", userUri(""), null);
        if (answer.status() != 201 && answer.status() != 409) {
            throw Refusal.of(answer, Scopes.adminUsers(user), user);
        }
    }

    /** {@code POST /users/U/server}: 201 started, 202 pending (the spawn goes on; poll {@link #user}). */
    int startServer() throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("POST", userUri("/server"), null);
        if (answer.status() != 201 && answer.status() != 202) {
            throw Refusal.of(answer, Scopes.servers(user), user);
        }
        return answer.status();
    }

    /** {@code DELETE /users/U/server}: 204 stopped, 202 stopping (poll {@link #user}). */
    int stopServer() throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("DELETE", userUri("/server"), null);
        if (answer.status() != 204 && answer.status() != 202) {
            throw Refusal.of(answer, Scopes.servers(user), user);
        }
        return answer.status();
    }

    /** {@code DELETE /users/U}: 204 deleted; 404 if it is gone already, which is as good. */
    void deleteUser() throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("DELETE", userUri(""), null);
        if (answer.status() != 204 && !(answer.status() == 404 && !Refusal.filteredOut(answer))) {
            throw Refusal.of(answer, Scopes.adminUsers(user), user);
        }
    }

    private URI userUri(String rest) {
        return api.resolve("users/" + user + rest);
    }
}
