package io.hubfleet.config;

import io.hubfleet.config.portable.SecretValue;

/**
 * A URL Alertmanager posts alerts to, in its webhook format (a chat bridge, an incident tool).
 *
 * @param url the URL, a Pulumi secret (URLs of chat webhooks are credentials); Alertmanager reads it
 *            from a Kubernetes Secret's file ({@code url_file}), never from its config
 */
public record AlertWebhookConfig(SecretValue url) {
}
