package io.hubfleet.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a stack file takes secrets: the only places whose values reach the cloud as Pulumi secrets and
 * Kubernetes Secrets. A {@code secure:} value anywhere else would be written in plain text into Helm
 * values, the plan, the diff, the pull-request comment, the export and, deployed, the state.
 */
public final class SecretPositions {

    /** JSON pointers (under /config) of the declared secret positions. */
    static final List<Pattern> DECLARED = List.of(
            Pattern.compile("/config/hubfleet:hubs/\\d+/auth/clientSecret"),
            Pattern.compile("/config/hubfleet:hubs/\\d+/secretEnv/[^/]+"),
            Pattern.compile("/config/hubfleet:monitoring/grafana/adminPassword"),
            Pattern.compile("/config/hubfleet:alerts/smtp/password"),
            Pattern.compile("/config/hubfleet:alerts/webhook/url"));

    /** As people read them, for messages. */
    public static final String DESCRIPTION = "hubfleet:hubs[].auth.clientSecret, hubfleet:hubs[].secretEnv.<NAME>, "
            + "hubfleet:monitoring.grafana.adminPassword, hubfleet:alerts.smtp.password and hubfleet:alerts.webhook.url";

    private SecretPositions() {
    }

    /** Whether a JSON pointer into the stack document is a declared secret position. */
    public static boolean declared(String pointer) {
        return DECLARED.stream().anyMatch(p -> p.matcher(pointer).matches());
    }
}
