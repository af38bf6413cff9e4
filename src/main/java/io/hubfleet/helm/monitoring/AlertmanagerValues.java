package io.hubfleet.helm.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.AlertsConfig;

/**
 * The prometheus chart's Alertmanager (its alertmanager sub-chart, Alertmanager v0.34): where the
 * cluster's alerts go. One receiver, the operators: e-mail through the stack's SMTP relay to
 * {@code hubfleet:alerts.emails}, and the webhook. Credentials never enter the config: the relay's
 * password and the webhook's URL are read from files ({@code smtp_auth_password_file}, {@code url_file},
 * both in Alertmanager's docs/configuration.md at v0.34.0) of a Secret mounted into the pod.
 */
public final class AlertmanagerValues {

    /** The Secret holding the relay's password and the webhook's URL, in the monitoring namespace. */
    public static final String SECRET = "alertmanager-routing";
    public static final String SMTP_PASSWORD_KEY = "smtp-password";
    public static final String WEBHOOK_URL_KEY = "webhook-url";
    static final String SECRET_DIRECTORY = "/etc/alertmanager/secrets";
    static final String RECEIVER = "operators";

    private AlertmanagerValues() {
    }

    /** Whether the routing needs the Secret (a relay login or a webhook). */
    public static boolean needsSecret(AlertsConfig alerts) {
        return alerts.optionalSmtp().map(smtp -> smtp.password() != null).orElse(false) || alerts.webhook() != null;
    }

    /** Whether any alert reaches anyone. */
    public static boolean routes(AlertsConfig alerts) {
        return (alerts.smtp() != null && !alerts.emails().isEmpty()) || alerts.webhook() != null;
    }

    /** The {@code alertmanager} values: the baseline's, with the routing. */
    public static ObjectNode withRouting(ObjectNode alertmanager, AlertsConfig alerts) {
        ObjectNode config = alertmanager.withObject("/config");
        config.put("enabled", true);
        ObjectNode global = config.putObject("global");
        ArrayNode receivers = config.putArray("receivers");
        ObjectNode operators = receivers.addObject().put("name", RECEIVER);
        ObjectNode route = config.putObject("route");
        route.put("receiver", RECEIVER);
        route.putArray("group_by").add("alertname").add("namespace");
        route.put("group_wait", "30s");
        route.put("group_interval", "5m");
        route.put("repeat_interval", "4h");
        alerts.optionalSmtp().filter(smtp -> !alerts.emails().isEmpty()).ifPresent(smtp -> {
            global.put("smtp_smarthost", smtp.smarthost());
            global.put("smtp_from", smtp.from());
            global.put("smtp_require_tls", true);
            if (smtp.username() != null) {
                global.put("smtp_auth_username", smtp.username());
                global.put("smtp_auth_password_file", SECRET_DIRECTORY + "/" + SMTP_PASSWORD_KEY);
            }
            operators.putArray("email_configs").addObject()
                    .put("to", String.join(", ", alerts.emails()))
                    .put("send_resolved", true);
        });
        if (alerts.webhook() != null) {
            operators.putArray("webhook_configs").addObject()
                    .put("url_file", SECRET_DIRECTORY + "/" + WEBHOOK_URL_KEY)
                    .put("send_resolved", true);
        }
        if (needsSecret(alerts)) {
            alertmanager.putArray("extraSecretMounts").addObject()
                    .put("name", SECRET)
                    .put("mountPath", SECRET_DIRECTORY)
                    .put("secretName", SECRET)
                    .put("readOnly", true);
        }
        return alertmanager;
    }
}
