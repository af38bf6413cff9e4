package io.hubfleet.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A loopback stand-in for a fresh, empty cluster's API, for the charts that call Helm's {@code lookup}:
 * it answers discovery (the core group, and admissionregistration.k8s.io, which gateway-helm looks up)
 * and says 404 to every object, as a new cluster would. The tests' kubeconfig (surefire's KUBECONFIG)
 * points Helm at it and at nothing else.
 */
final class FakeKubernetesApi {

    private static FakeKubernetesApi running;

    private final HttpServer server;

    private FakeKubernetesApi(HttpServer server) {
        this.server = server;
    }

    /** Starts it once per test run and writes the kubeconfig that KUBECONFIG names. */
    static synchronized void ensureRunning() {
        if (running != null) {
            return;
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", FakeKubernetesApi::answer);
            server.start();
            running = new FakeKubernetesApi(server);
            String kubeconfig = System.getenv("KUBECONFIG");
            if (kubeconfig == null || kubeconfig.isBlank()) {
                throw new IllegalStateException("KUBECONFIG is not set: the tests must never reach a real cluster "
                        + "(surefire sets it in pom.xml)");
            }
            Path file = Path.of(kubeconfig);
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                      - name: fake
                        cluster: {server: "http://127.0.0.1:%d"}
                    contexts:
                      - name: fake
                        context: {cluster: fake, user: fake}
                    current-context: fake
                    users:
                      - name: fake
                        user: {}
                    """.formatted(server.getAddress().getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        int status = 200;
        switch (path) {
            case "/version" -> body = "{\"major\":\"1\",\"minor\":\"35\",\"gitVersion\":\"v1.35.0\"}";
            case "/api" -> body = "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}";
            case "/apis" -> body = """
                    {"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"admissionregistration.k8s.io",
                    "versions":[{"groupVersion":"admissionregistration.k8s.io/v1","version":"v1"}],
                    "preferredVersion":{"groupVersion":"admissionregistration.k8s.io/v1","version":"v1"}}]}""";
            case "/api/v1" -> body = """
                    {"kind":"APIResourceList","groupVersion":"v1","resources":[
                    {"name":"secrets","singularName":"secret","namespaced":true,"kind":"Secret","verbs":["get","list"]},
                    {"name":"configmaps","singularName":"configmap","namespaced":true,"kind":"ConfigMap","verbs":["get","list"]},
                    {"name":"namespaces","singularName":"namespace","namespaced":false,"kind":"Namespace","verbs":["get","list"]},
                    {"name":"services","singularName":"service","namespaced":true,"kind":"Service","verbs":["get","list"]}]}""";
            case "/apis/admissionregistration.k8s.io/v1" -> body = """
                    {"kind":"APIResourceList","groupVersion":"admissionregistration.k8s.io/v1","resources":[
                    {"name":"validatingadmissionpolicies","singularName":"validatingadmissionpolicy","namespaced":false,
                    "kind":"ValidatingAdmissionPolicy","verbs":["get","list"]},
                    {"name":"validatingadmissionpolicybindings","singularName":"validatingadmissionpolicybinding",
                    "namespaced":false,"kind":"ValidatingAdmissionPolicyBinding","verbs":["get","list"]}]}""";
            default -> {
                status = 404;
                body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}";
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
