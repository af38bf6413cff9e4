package io.hubfleet.config;

import io.hubfleet.config.portable.SecretValue;

/**
 * The SMTP relay Alertmanager sends e-mail through (the cloud providers block outbound port 25: use a
 * relay on 587 with STARTTLS, such as SendGrid, Mailgun, Amazon SES or the institution's).
 *
 * @param smarthost the relay as host:port, such as smtp.example.org:587 (required)
 * @param from      the sender address (required)
 * @param username  the login at the relay. Default: none (an open relay)
 * @param password  the login's password, a Pulumi secret (required with a username); Alertmanager reads it
 *                  from a Kubernetes Secret's file, never from its config
 */
public record SmtpRelayConfig(String smarthost, String from, String username, SecretValue password) {
}
