package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Baseline Pod Security Standard (kubernetes.io/docs/concepts/security/pod-security-standards/#baseline),
 * the checks Pod Security Admission applies to a pod spec: what a pod in a namespace labelled
 * {@code pod-security.kubernetes.io/enforce: baseline} may not do.
 */
public final class PodSecurityBaseline {

    /** Capabilities baseline allows adding. */
    static final Set<String> ALLOWED_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
            "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private PodSecurityBaseline() {
    }

    /** What Baseline forbids in a pod spec ({@code spec}, not the whole pod): empty when it passes. */
    public static List<String> violations(JsonNode pod) {
        List<String> out = new ArrayList<>();
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean(false)) {
                out.add(host);
            }
        }
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.has("hostPath")) {
                out.add("hostPath volume " + volume.path("name").asText());
            }
        }
        if ("Unconfined".equals(pod.at("/securityContext/seccompProfile/type").asText())) {
            out.add("seccomp Unconfined");
        }
        for (String list : List.of("containers", "initContainers", "ephemeralContainers")) {
            for (JsonNode container : pod.path(list)) {
                String name = container.path("name").asText();
                JsonNode context = container.path("securityContext");
                if (context.path("privileged").asBoolean(false)) {
                    out.add(name + " privileged");
                }
                for (JsonNode capability : context.at("/capabilities/add")) {
                    if (!ALLOWED_CAPABILITIES.contains(capability.asText())) {
                        out.add(name + " adds " + capability.asText());
                    }
                }
                for (JsonNode port : container.path("ports")) {
                    if (port.path("hostPort").asInt(0) != 0) {
                        out.add(name + " hostPort " + port.path("hostPort").asInt());
                    }
                }
                if ("Unconfined".equals(context.at("/seccompProfile/type").asText())) {
                    out.add(name + " seccomp Unconfined");
                }
                if (!context.path("procMount").asText("Default").equals("Default")) {
                    out.add(name + " procMount " + context.path("procMount").asText());
                }
            }
        }
        return out;
    }
}
