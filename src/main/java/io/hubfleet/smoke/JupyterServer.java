package io.hubfleet.smoke;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** The test user's single-user server through the hub's proxy: its kernels API (Jupyter Server's REST API). */
final class JupyterServer {

    private final TokenClient client;
    private final URI url;
    private final String user;

    JupyterServer(TokenClient client, URI url, String user) {
        this.client = client;
        this.url = url;
        this.user = user;
    }

    URI url() {
        return url;
    }

    /** {@code POST api/kernels} with no name: the server's default kernel. Its id. */
    String startKernel() throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("POST", url.resolve("api/kernels"), "{}");
        if (answer.status() != 201) {
            throw Refusal.of(answer, Scopes.accessServers(user), user);
        }
        String id = answer.json().path("id").asText("");
        if (id.isEmpty()) {
            throw new StepFailure(answer.request() + " answered a kernel without an id: " + answer.body());
        }
        return id;
    }

    /** {@code DELETE api/kernels/ID}: 204; 404 if the kernel is gone already. */
    void deleteKernel(String id) throws IOException, InterruptedException, StepFailure {
        Answer answer = client.send("DELETE", url.resolve("api/kernels/" + id), null);
        if (answer.status() != 204 && answer.status() != 404) {
            throw Refusal.of(answer, Scopes.accessServers(user), user);
        }
    }

    /** The kernel's WebSocket ({@code api/kernels/ID/channels}), ws or wss as the server's URL is http or https. */
    URI channels(String kernelId, String session) {
        URI http = url.resolve("api/kernels/" + kernelId + "/channels?session_id=" + session);
        String scheme = http.getScheme().toLowerCase(Locale.ROOT).equals("https") ? "wss" : "ws";
        return URI.create(scheme + http.toString().substring(http.getScheme().length()));
    }
}
