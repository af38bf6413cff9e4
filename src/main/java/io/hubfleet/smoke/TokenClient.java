package io.hubfleet.smoke;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP with the smoke test's token in the {@code Authorization: token ...} header, which JupyterHub and the
 * single-user servers behind its proxy both read. Redirects are answers, not followed: a redirect means a
 * route or a login the test did not expect, and following it would send the token elsewhere.
 */
final class TokenClient {

    private static final Duration MAX_CONNECT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String token;
    private final Duration timeout;

    TokenClient(String token, Duration timeout) {
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String token() {
        return token;
    }

    /** Sends a request with an optional JSON body; a failure to get any answer names the request. */
    Answer send(String method, URI uri, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "token " + token)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, uri, response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new IOException(method + " " + uri + ": " + describe(e), e);
        }
    }

    /** An exception in words; the JDK's network exceptions often have no message of their own. */
    static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? name : name + ": " + e.getMessage();
    }
}
