package io.hubfleet.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Alert routing that cannot work: a relay login without its password (or a password without a login),
 * Alertmanager's routing where there is no Alertmanager (a hub-only stack: it is the cluster stack's;
 * monitoring off), and a secret given in plain text.
 */
final class AlertsRules implements StackRule {

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.alerts().isEmpty()) {
            return problems;
        }
        AlertsConfig alerts = config.alerts().get();
        ConfigPath smtpPath = BoundConfig.ALERTS.child("smtp");
        alerts.optionalSmtp().ifPresent(smtp -> {
            if (smtp.username() != null && smtp.password() == null) {
                problems.add(ConfigProblem.of(smtpPath.child("password"), "is missing: the relay login " + smtp.username()
                        + " needs its password", "pulumi config set --secret --path 'hubfleet:alerts.smtp.password' ..."));
            }
            if (smtp.username() == null && smtp.password() != null) {
                problems.add(ConfigProblem.of(smtpPath.child("username"), "is missing: a password was given without a login",
                        "the relay login the password belongs to"));
            }
        });
        alerts.optionalSmtp().map(SmtpRelayConfig::password).filter(p -> !PlainTextSecrets.setAsSecret(p, config.raw()))
                .ifPresent(p -> problems.add(PlainTextSecrets.problem(p, "the SMTP relay's password")));
        alerts.optionalWebhook().map(AlertWebhookConfig::url).filter(u -> !PlainTextSecrets.setAsSecret(u, config.raw()))
                .ifPresent(u -> problems.add(PlainTextSecrets.problem(u, "the alert webhook's URL (it often carries a token)")));
        boolean routing = alerts.smtp() != null || alerts.webhook() != null;
        if (routing && config.hubOnly()) {
            for (String key : List.of("smtp", "webhook")) {
                if (config.raw().config().path("hubfleet:alerts").has(key)) {
                    problems.add(ConfigProblem.of(BoundConfig.ALERTS.child(key), "belongs to the cluster stack "
                            + config.clusterStack().get() + " (its Alertmanager sends every in-cluster alert)",
                            "in a hub-only stack only hubfleet:alerts.emails and hubfleet:alerts.uptimeChecks"));
                }
            }
        }
        if (routing && !config.hubOnly() && config.monitoring().map(m -> !m.enabled()).orElse(false)) {
            problems.add(ConfigProblem.of(BoundConfig.MONITORING.child("enabled"), "is false, but hubfleet:alerts routes "
                    + "the in-cluster alerts of Prometheus and Alertmanager", "true, or no hubfleet:alerts.smtp or webhook"));
        }
        boolean budgetEmails = config.budget().map(b -> !b.emails().isEmpty()).orElse(false);
        if (alerts.smtp() != null && alerts.emails().isEmpty() && !budgetEmails) {
            problems.add(ConfigProblem.of(BoundConfig.ALERTS.child("emails"), "is missing: the SMTP relay has no one to e-mail",
                    "the operators' addresses (or hubfleet:budget.emails)"));
        }
        return problems;
    }
}
