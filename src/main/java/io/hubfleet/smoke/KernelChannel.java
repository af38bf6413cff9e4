package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A kernel's WebSocket through the hub's proxy, speaking the Jupyter messaging protocol (v5.3) in Jupyter
 * Server's JSON form, where each message names its channel: an {@code execute_request} goes out on
 * {@code shell}; the cell's {@code stream} and {@code error} output come back on {@code iopub}, its end as
 * the {@code execute_reply} on {@code shell} and the kernel's {@code idle} status on {@code iopub}.
 */
final class KernelChannel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROTOCOL_VERSION = "5.3";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    /** The connection ended: why. */
    private record Closed(String why) {
    }

    private final WebSocket socket;
    private final BlockingQueue<Object> inbox;
    private final String session;
    private final String user;

    private KernelChannel(WebSocket socket, BlockingQueue<Object> inbox, String session, String user) {
        this.socket = socket;
        this.inbox = inbox;
        this.session = session;
        this.user = user;
    }

    /** Connects with the token in the handshake's Authorization header, as the REST calls send it. */
    static KernelChannel open(JupyterServer server, String kernelId, String token, Duration timeout, String user)
            throws StepFailure, InterruptedException {
        String session = UUID.randomUUID().toString();
        URI uri = server.channels(kernelId, session);
        BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        // Its own client: the upgrade must go out on a new connection, never a pooled one.
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        try {
            WebSocket socket = http.newWebSocketBuilder()
                    .header("Authorization", "token " + token)
                    .connectTimeout(timeout)
                    .buildAsync(uri, new Listener(inbox))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new KernelChannel(socket, inbox, session, user);
        } catch (ExecutionException e) {
            WebSocketHandshakeException refused = handshakeRefusal(e);
            if (refused != null) {
                int status = refused.getResponse().statusCode();
                String body = refused.getResponse().body() instanceof String text ? text : "";
                throw Refusal.of(new Answer("GET", uri, status, body, refused.getResponse().headers().firstValue("Location")),
                        Scopes.accessServers(user), user);
            }
            throw new StepFailure("cannot open the kernel's WebSocket " + uri + ": " + TokenClient.describe(e.getCause()));
        } catch (TimeoutException e) {
            throw new StepFailure("the kernel's WebSocket " + uri + " did not open within " + timeout.toSeconds() + " s");
        }
    }

    /** The handshake's refusal among an exception's causes, if that is what it was. */
    private static WebSocketHandshakeException handshakeRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebSocketHandshakeException refused) {
                return refused;
            }
        }
        return null;
    }

    /** Runs one cell and waits for its end, passing what it prints to {@code output} as it comes. */
    Execution execute(String code, Duration timeout, Consumer<String> output) throws StepFailure, InterruptedException {
        String id = UUID.randomUUID().toString();
        try {
            socket.sendText(JSON.writeValueAsString(request(id, code)), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | IOException e) {
            throw new StepFailure("cannot send the cell to the kernel: " + TokenClient.describe(e));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder printed = new StringBuilder();
        JsonNode reply = null;
        boolean idle = false;
        while (reply == null || !idle) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new StepFailure("the cell did not finish within " + timeout.toSeconds() + " s");
            }
            Object next = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                continue;
            }
            if (next instanceof Closed closed) {
                throw new StepFailure("the kernel's connection closed before the cell finished (" + closed.why() + ")");
            }
            JsonNode message;
            try {
                message = JSON.readTree((String) next);
            } catch (IOException e) {
                continue; // not a Jupyter message: not ours
            }
            if (!id.equals(message.at("/parent_header/msg_id").asText())) {
                continue;
            }
            JsonNode content = message.path("content");
            switch (message.at("/header/msg_type").asText()) {
                case "stream" -> {
                    printed.append(content.path("text").asText());
                    output.accept(content.path("text").asText());
                }
                case "error" -> output.accept(String.join("\n", plain(content.path("traceback"))));
                case "execute_reply" -> reply = content;
                case "status" -> idle = idle || "idle".equals(content.path("execution_state").asText());
                default -> {
                    // display data, results, input echoes: the smoke cells do not use them
                }
            }
        }
        return new Execution(reply.path("status").asText(), reply.path("ename").asText(""), reply.path("evalue").asText(""),
                plain(reply.path("traceback")), printed.toString());
    }

    private ObjectNode request(String id, String code) {
        ObjectNode message = JSON.createObjectNode();
        message.putObject("header")
                .put("msg_id", id)
                .put("username", user)
                .put("session", session)
                .put("date", Instant.now().toString())
                .put("msg_type", "execute_request")
                .put("version", PROTOCOL_VERSION);
        message.putObject("parent_header");
        message.putObject("metadata");
        message.putObject("content")
                .put("code", code)
                .put("silent", false)
                .put("store_history", false)
                .put("allow_stdin", false)
                .put("stop_on_error", true)
                .putObject("user_expressions");
        message.put("channel", "shell");
        message.putArray("buffers");
        return message;
    }

    /** A traceback's lines without the terminal colours IPython puts in them. */
    private static List<String> plain(JsonNode traceback) {
        List<String> lines = new ArrayList<>();
        traceback.forEach(line -> lines.add(ANSI.matcher(line.asText()).replaceAll("")));
        return lines;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }
        socket.abort();
    }

    /** Puts each whole text message, and the connection's end, in the inbox. */
    private static final class Listener implements WebSocket.Listener {
        private final BlockingQueue<Object> inbox;
        private final StringBuilder partial = new StringBuilder();

        Listener(BlockingQueue<Object> inbox) {
            this.inbox = inbox;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                inbox.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1); // messages with binary buffers: none of the smoke cells' own
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            inbox.add(new Closed("status " + statusCode + (reason.isEmpty() ? "" : ": " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            inbox.add(new Closed(TokenClient.describe(error)));
        }
    }
}
