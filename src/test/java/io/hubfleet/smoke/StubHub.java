package io.hubfleet.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a JupyterHub 5 behind its proxy, on loopback: the REST API's user and server calls (a
 * JDK {@link HttpServer}) with JupyterHub's scope checks, filters and answers; the single-user server's
 * kernels API; and the kernel's WebSocket, answering each {@code execute_request} with output and an
 * {@code execute_reply}. A front socket plays the proxy: WebSocket upgrades it serves itself (the JDK has
 * no WebSocket server), everything else it pipes to the HTTP server. Every call is recorded, and every
 * request must carry {@code Authorization: token <the token>}.
 */
public final class StubHub implements AutoCloseable {

    public static final String KERNEL_ID = "k-1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> SUBSCOPES = Map.of(
            "admin:users", List.of("users", "delete:users", "admin:auth_state", "read:roles:users"),
            "users", List.of("read:users", "list:users", "users:activity"),
            "admin:servers", List.of("servers", "admin:server_state"),
            "servers", List.of("read:servers", "delete:servers"));
    private static final Pattern USER = Pattern.compile("/hub/api/users/([^/]+)");
    private static final Pattern SERVER = Pattern.compile("/hub/api/users/([^/]+)/server");
    private static final Pattern KERNELS = Pattern.compile("/user/([^/]+)/api/kernels");
    private static final Pattern KERNEL = Pattern.compile("/user/([^/]+)/api/kernels/([^/]+)");
    private static final Pattern CHANNELS = Pattern.compile("/user/([^/]+)/api/kernels/([^/]+)/channels");

    private enum Access { YES, FILTERED_OUT, NO }

    private enum State { PENDING, READY, STOPPING }

    /** A user's default server: its state, and how many more polls it stays in it. */
    private static final class Server {
        State state;
        int polls;

        Server(State state, int polls) {
            this.state = state;
            this.polls = polls;
        }
    }

    private final String token;
    private final HttpServer api;
    private final ServerSocket front;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-hub");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private final Set<String> scopes = new LinkedHashSet<>(SmokeTest.REQUIRED_SCOPES);
    private volatile int pollsUntilReady = 2;
    private volatile boolean spawnFails;
    private volatile boolean echoToken;
    private volatile boolean refuseChannels;
    private volatile String failingMarker;
    private volatile String failingName;
    private volatile String failingValue;

    private final Map<String, Server> users = new HashMap<>();
    private final Set<String> kernels = ConcurrentHashMap.newKeySet();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> codes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unauthorized = new AtomicInteger();

    private StubHub(String token) throws IOException {
        this.token = token;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        api = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        api.createContext("/", this::handle);
        api.setExecutor(threads);
        api.start();
        front = new ServerSocket(0, 50, loopback);
        threads.execute(this::acceptLoop);
    }

    public static StubHub start(String token) throws IOException {
        return new StubHub(token);
    }

    // -- the scenario ----------------------------------------------------------------------------------

    /** The scopes the token's role has (by default {@link SmokeTest#REQUIRED_SCOPES}). */
    public synchronized StubHub grant(List<String> granted) {
        scopes.clear();
        scopes.addAll(granted);
        return this;
    }

    /** Polls of the user model while the spawn is pending; 0 answers 201 at once, -1 never gets ready. */
    public StubHub readyAfterPolls(int polls) {
        pollsUntilReady = polls;
        return this;
    }

    /** The spawn fails: the pending server disappears from the model. */
    public StubHub spawnFails() {
        spawnFails = true;
        return this;
    }

    /** A cell whose code contains the marker raises ename: evalue. */
    public StubHub failCellsContaining(String marker, String ename, String evalue) {
        failingMarker = marker;
        failingName = ename;
        failingValue = evalue;
        return this;
    }

    /** A careless hub: its refusals repeat the request's Authorization header. */
    public StubHub echoTokenInRefusals() {
        echoToken = true;
        return this;
    }

    /** The kernel WebSocket's handshake is refused (403) while its REST API answers. */
    public StubHub refuseChannels() {
        refuseChannels = true;
        return this;
    }

    /** The user exists already, with a running server or without. */
    public synchronized StubHub withUser(String name, boolean running) {
        users.put(name, running ? new Server(State.READY, 0) : null);
        return this;
    }

    /** An answer of the stub to a request of a test's own. */
    public record Answer(int status, String body) {
    }

    /** {@code DELETE /hub/api/users/NAME} with the token, as a client of the hub would send it. */
    public Answer deleteUserWithToken(String name) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(url().resolve("hub/api/users/" + name)).DELETE()
                        .header("Authorization", "token " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    // -- what happened -----------------------------------------------------------------------------------

    public URI url() {
        return URI.create("http://127.0.0.1:" + front.getLocalPort() + "/");
    }

    /** Every call, as "METHOD /path" ("WS /path" for the kernel's WebSocket). */
    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The calls with repeats in a row (the polls) counted once. */
    public List<String> callsWithoutRepeats() {
        List<String> collapsed = new ArrayList<>();
        for (String call : calls()) {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(call)) {
                collapsed.add(call);
            }
        }
        return collapsed;
    }

    /** The code of every execute_request, in order. */
    public List<String> codes() {
        synchronized (codes) {
            return List.copyOf(codes);
        }
    }

    /** Requests without the token. */
    public int unauthorized() {
        return unauthorized.get();
    }

    public synchronized boolean hasUser(String name) {
        return users.containsKey(name);
    }

    public synchronized boolean hasServer(String name) {
        return users.get(name) != null;
    }

    @Override
    public void close() throws IOException {
        api.stop(0);
        front.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }

    // -- the hub's REST API and the server's kernels API --------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            calls.add(method + " " + path);
            exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("token " + token).equals(authorization)) {
                unauthorized.incrementAndGet();
                reply(exchange, 403, error(403, "Missing or invalid credentials.", authorization));
                return;
            }
            Reply answer = route(method, path, authorization);
            reply(exchange, answer.status(), answer.body());
        }
    }

    private synchronized Reply route(String method, String path, String authorization) {
        Matcher m;
        if ((m = USER.matcher(path)).matches()) {
            String user = m.group(1);
            return switch (method) {
                case "GET" -> getUser(user, authorization);
                case "POST" -> refusal(authorization, "admin:users", user).orElseGet(() -> createUser(user));
                case "DELETE" -> refusal(authorization, "delete:users", user).orElseGet(() -> deleteUser(user));
                default -> new Reply(405, error(405, "Method Not Allowed", null));
            };
        }
        if ((m = SERVER.matcher(path)).matches()) {
            String user = m.group(1);
            return switch (method) {
                case "POST" -> refusal(authorization, "servers", user).orElseGet(() -> startServer(user));
                case "DELETE" -> refusal(authorization, "delete:servers", user).orElseGet(() -> stopServer(user));
                default -> new Reply(405, error(405, "Method Not Allowed", null));
            };
        }
        if ((m = KERNELS.matcher(path)).matches() && method.equals("POST")) {
            return kernelCall(m.group(1), () -> {
                kernels.add(KERNEL_ID);
                return new Reply(201, "{\"id\": \"" + KERNEL_ID + "\", \"name\": \"python3\", \"execution_state\": \"starting\"}");
            });
        }
        if ((m = KERNEL.matcher(path)).matches() && method.equals("DELETE")) {
            String id = m.group(2);
            return kernelCall(m.group(1), () -> kernels.remove(id) ? new Reply(204, "")
                    : new Reply(404, "{\"message\": \"Kernel does not exist: " + id + "\"}"));
        }
        return new Reply(404, error(404, "Not Found", null));
    }

    private Reply getUser(String user, String authorization) {
        Access users = access("read:users", user);
        Access servers = access("read:servers", user);
        if (users != Access.YES && servers != Access.YES) {
            return refusal(users == Access.FILTERED_OUT || servers == Access.FILTERED_OUT ? Access.FILTERED_OUT : Access.NO,
                    "read:users, read:servers", authorization);
        }
        if (!this.users.containsKey(user)) {
            return new Reply(404, error(404, "Not Found", null));
        }
        Server server = poll(user);
        ObjectNode model = JSON.createObjectNode().put("kind", "user").put("name", user).put("admin", false);
        if (users == Access.YES) {
            model.putArray("groups");
            model.put("server", server != null && server.state == State.READY ? "/user/" + user + "/" : null);
            model.put("pending", server == null ? null : pending(server));
            model.put("created", "2026-01-01T00:00:00.000000Z");
        }
        if (servers == Access.YES) {
            ObjectNode all = model.putObject("servers");
            if (server != null) {
                all.putObject("").put("name", "").put("ready", server.state == State.READY).put("pending", pending(server))
                        .put("stopped", false).put("url", "/user/" + user + "/")
                        .put("progress_url", "/hub/api/users/" + user + "/server/progress");
            }
        }
        return new Reply(200, model.toString());
    }

    /** A poll moves a pending spawn or stop on. */
    private Server poll(String user) {
        Server server = users.get(user);
        if (server == null || server.state == State.READY) {
            return server;
        }
        if (server.state == State.PENDING && spawnFails) {
            users.put(user, null);
            return null;
        }
        if (server.polls < 0) {
            return server;
        }
        if (--server.polls <= 0) {
            if (server.state == State.STOPPING) {
                users.put(user, null);
                return null;
            }
            server.state = State.READY;
        }
        return server;
    }

    private Reply createUser(String user) {
        if (users.containsKey(user)) {
            return new Reply(409, error(409, "User " + user + " already exists", null));
        }
        users.put(user, null);
        return new Reply(201, JSON.createObjectNode().put("kind", "user").put("name", user).toString());
    }

    private Reply deleteUser(String user) {
        if (!users.containsKey(user)) {
            return new Reply(404, error(404, "Not Found", null));
        }
        // JupyterHub compares the user with the token's owner by name; a service token's owner is the service.
        if (user.equals(SmokeTest.SERVICE)) {
            return new Reply(400, error(400, "Cannot delete yourself!", null));
        }
        users.remove(user);
        return new Reply(204, "");
    }

    private Reply startServer(String user) {
        if (!users.containsKey(user)) {
            return new Reply(404, error(404, "Not Found", null));
        }
        Server server = users.get(user);
        if (server != null) {
            return new Reply(400, error(400, user + "'s server is " + (server.state == State.READY ? "already running"
                    : "pending " + pending(server)), null));
        }
        if (pollsUntilReady == 0) {
            users.put(user, new Server(State.READY, 0));
            return new Reply(201, "");
        }
        users.put(user, new Server(State.PENDING, pollsUntilReady));
        return new Reply(202, "");
    }

    private Reply stopServer(String user) {
        if (!users.containsKey(user)) {
            return new Reply(404, error(404, "Not Found", null));
        }
        Server server = users.get(user);
        if (server == null) {
            return new Reply(204, "");
        }
        server.state = State.STOPPING;
        server.polls = 1;
        return new Reply(202, "");
    }

    /** The single-user server's API: its user's server must be ready, the token must have access:servers. */
    private Reply kernelCall(String user, java.util.function.Supplier<Reply> call) {
        Server server = users.get(user);
        if (server == null || server.state != State.READY) {
            return new Reply(503, error(503, "server not running", null));
        }
        if (access("access:servers", user) != Access.YES) {
            return new Reply(403, "{\"message\": \"Forbidden\", \"reason\": null}");
        }
        return call.get();
    }

    private static String pending(Server server) {
        return switch (server.state) {
            case PENDING -> "spawn";
            case STOPPING -> "stop";
            case READY -> null;
        };
    }

    private java.util.Optional<Reply> refusal(String authorization, String scope, String user) {
        Access access = access(scope, user);
        return access == Access.YES ? java.util.Optional.empty() : java.util.Optional.of(refusal(access, scope, authorization));
    }

    private Reply refusal(Access access, String scopes, String authorization) {
        if (access == Access.FILTERED_OUT) {
            return new Reply(404, error(404, "No access to resources or resources not found", authorization));
        }
        return new Reply(403, error(403, "Action is not authorized with current scopes; requires any of [" + scopes + "]",
                authorization));
    }

    /** Whether the granted scopes, expanded to their subscopes, give this scope on this user, as JupyterHub filters. */
    private synchronized Access access(String scope, String user) {
        boolean filteredOut = false;
        for (String granted : scopes) {
            String[] parts = granted.split("!", 2);
            if (expand(parts[0]).contains(scope)) {
                if (parts.length == 1 || parts[1].equals("user=" + user)) {
                    return Access.YES;
                }
                filteredOut = true;
            }
        }
        return filteredOut ? Access.FILTERED_OUT : Access.NO;
    }

    private static Set<String> expand(String scope) {
        Set<String> all = new LinkedHashSet<>(List.of(scope));
        for (String sub : SUBSCOPES.getOrDefault(scope, List.of())) {
            all.addAll(expand(sub));
        }
        return all;
    }

    private String error(int status, String message, String authorization) {
        String said = echoToken && authorization != null ? message + " (you sent " + authorization + ")" : message;
        return JSON.createObjectNode().put("status", status).put("message", said).toString();
    }

    private record Reply(int status, String body) {
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    // -- the proxy in front: WebSocket upgrades here, the rest piped to the HTTP server ---------------------

    private void acceptLoop() {
        while (!front.isClosed()) {
            try {
                Socket socket = front.accept();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            if (head.length == 0) {
                return;
            }
            String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
                }
            }
            if ("websocket".equalsIgnoreCase(headers.get("upgrade"))) {
                kernelSocket(client, in, lines[0].split(" ")[1], headers);
            } else {
                pipe(client, in, head);
            }
        } catch (IOException e) {
            // the client or the stub went away
        } finally {
            sockets.remove(client);
        }
    }

    /** The request line and headers, up to and with the blank line; nothing after it is read. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private void pipe(Socket client, InputStream in, byte[] head) throws IOException {
        try (Socket backend = new Socket(InetAddress.getLoopbackAddress(), api.getAddress().getPort())) {
            sockets.add(backend);
            OutputStream toBackend = backend.getOutputStream();
            toBackend.write(head);
            toBackend.flush();
            threads.execute(() -> {
                try {
                    in.transferTo(toBackend);
                    backend.shutdownOutput();
                } catch (IOException e) {
                    // either side closed
                }
            });
            backend.getInputStream().transferTo(client.getOutputStream());
        } finally {
            client.close();
        }
    }

    private void kernelSocket(Socket client, InputStream in, String target, Map<String, String> headers) throws IOException {
        String path = URI.create(target).getPath();
        calls.add("WS " + path);
        OutputStream out = client.getOutputStream();
        Matcher m = CHANNELS.matcher(path);
        if (!("token " + token).equals(headers.get("authorization"))) {
            unauthorized.incrementAndGet();
            out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        if (!m.matches() || !kernels.contains(m.group(2))) {
            out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        if (refuseChannels || access("access:servers", m.group(1)) != Access.YES) {
            out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                + WebSocketFrames.accept(headers.get("sec-websocket-key")) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // Jupyter Server nudges a new connection's kernel with its own request: a reply the client must ignore.
        send(out, message("iopub", "status", JSON.createObjectNode().put("msg_id", "nudge"),
                JSON.createObjectNode().put("execution_state", "idle")));
        while (true) {
            WebSocketFrames.Message message = WebSocketFrames.read(in);
            switch (message.opcode()) {
                case WebSocketFrames.TEXT -> execute(out, message.text());
                case WebSocketFrames.PING -> WebSocketFrames.write(out, WebSocketFrames.PONG, message.payload());
                case WebSocketFrames.CLOSE -> {
                    WebSocketFrames.write(out, WebSocketFrames.CLOSE, message.payload());
                    return;
                }
                default -> {
                    // binary: not part of the JSON protocol
                }
            }
        }
    }

    /** A kernel's answer to a well-formed execute_request on the shell channel; anything else gets none. */
    private void execute(OutputStream out, String text) throws IOException {
        JsonNode request = JSON.readTree(text);
        if (!"shell".equals(request.path("channel").asText()) || !"execute_request".equals(request.at("/header/msg_type").asText())
                || !request.at("/header/version").asText().startsWith("5.") || !request.at("/content/code").isTextual()) {
            return;
        }
        String code = request.at("/content/code").asText();
        codes.add(code);
        JsonNode parent = request.get("header");
        send(out, message("iopub", "status", parent, JSON.createObjectNode().put("execution_state", "busy")));
        send(out, message("iopub", "stream", parent, JSON.createObjectNode().put("name", "stdout")
                .put("text", "stub kernel ran " + code.lines().count() + " lines\n")));
        String marker = failingMarker;
        if (marker != null && code.contains(marker)) {
            ObjectNode error = JSON.createObjectNode().put("ename", failingName).put("evalue", failingValue);
            error.putArray("traceback")
                    .add("\u001B[0;31m---------------------------------------------------------------------------\u001B[0m")
                    .add("\u001B[0;31m" + failingName + "\u001B[0m: " + failingValue);
            send(out, message("iopub", "error", parent, error.deepCopy()));
            send(out, message("shell", "execute_reply", parent, error.put("status", "error").put("execution_count", codes.size())));
        } else {
            ObjectNode reply = JSON.createObjectNode().put("status", "ok").put("execution_count", codes.size());
            reply.putObject("user_expressions");
            send(out, message("shell", "execute_reply", parent, reply));
        }
        send(out, message("iopub", "status", parent, JSON.createObjectNode().put("execution_state", "idle")));
    }

    private static ObjectNode message(String channel, String type, JsonNode parentHeader, ObjectNode content) {
        ObjectNode message = JSON.createObjectNode();
        String id = UUID.randomUUID().toString();
        message.putObject("header").put("msg_id", id).put("msg_type", type).put("username", "stub")
                .put("session", "stub-kernel").put("date", Instant.now().toString()).put("version", "5.3");
        message.put("msg_id", id).put("msg_type", type);
        message.set("parent_header", parentHeader);
        message.putObject("metadata");
        message.set("content", content);
        message.putArray("buffers");
        message.put("channel", channel);
        return message;
    }

    private static void send(OutputStream out, ObjectNode message) throws IOException {
        WebSocketFrames.write(out, WebSocketFrames.TEXT, message.toString().getBytes(StandardCharsets.UTF_8));
    }
}
