package io.hubfleet.config;

import java.util.List;
import java.util.Optional;

/**
 * Who is told when something breaks, and how. Two sources of alerts reach the same contacts: the
 * cloud's own monitoring (uptime checks of every hub domain from outside, and a managed home file
 * service filling up) e-mails {@link #emails}; the cluster's Alertmanager (hubs or proxies down, homes
 * or quotas nearly full, nodes not ready, certificates expiring, pods crash-looping) sends through
 * {@link #smtp} and {@link #webhook}.
 *
 * @param emails       who the cloud's monitoring and Alertmanager e-mail (1 to 5 addresses). Default:
 *                     {@code hubfleet:budget.emails}; without either, alerts reach no one (the plan warns)
 * @param uptimeChecks the cloud's uptime checks of every hub domain. Default: on
 * @param smtp         the relay Alertmanager e-mails {@link #emails} through. Default: none (no e-mail
 *                     from Alertmanager)
 * @param webhook      a URL Alertmanager posts every alert to (its webhook JSON). Default: none
 */
public record AlertsConfig(List<String> emails, UptimeChecksConfig uptimeChecks, SmtpRelayConfig smtp,
                           AlertWebhookConfig webhook) {

    public AlertsConfig {
        emails = emails == null ? List.of() : List.copyOf(emails);
        uptimeChecks = uptimeChecks == null ? UptimeChecksConfig.defaults() : uptimeChecks;
    }

    public static AlertsConfig defaults() {
        return new AlertsConfig(null, null, null, null);
    }

    /** The contacts: these, or the budget's when none are given here. */
    public AlertsConfig withDefaultEmails(List<String> budgetEmails) {
        return emails.isEmpty() ? new AlertsConfig(budgetEmails, uptimeChecks, smtp, webhook) : this;
    }

    public Optional<SmtpRelayConfig> optionalSmtp() {
        return Optional.ofNullable(smtp);
    }

    public Optional<AlertWebhookConfig> optionalWebhook() {
        return Optional.ofNullable(webhook);
    }
}
