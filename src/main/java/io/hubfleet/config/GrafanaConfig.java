package io.hubfleet.config;

import io.hubfleet.config.portable.SecretValue;

import java.util.Optional;

/**
 * Grafana's public address and admin login.
 *
 * @param domain        where Grafana is served over HTTPS, such as grafana.example.org. Default: not
 *                      served publicly (reach it with kubectl port-forward)
 * @param adminPassword the admin user's password, a Pulumi secret (required with a domain). Default
 *                      without a domain: a random password the chart generates in the cluster
 */
public record GrafanaConfig(String domain, SecretValue adminPassword) {

    public static GrafanaConfig internal() {
        return new GrafanaConfig(null, null);
    }

    public Optional<String> optionalDomain() {
        return Optional.ofNullable(domain);
    }

    public Optional<SecretValue> optionalAdminPassword() {
        return Optional.ofNullable(adminPassword);
    }
}
