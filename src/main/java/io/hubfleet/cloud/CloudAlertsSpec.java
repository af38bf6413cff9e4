package io.hubfleet.cloud;

import java.util.List;

/**
 * What the cloud's own monitoring watches, resolved once from config: each hub's health URL from
 * outside, and who is told.
 *
 * @param stack  the stack (names and descriptions)
 * @param emails who is e-mailed (may be empty: the checks still run and show in the cloud's console)
 * @param checks one uptime check per hub with a domain
 * @param periodSeconds how often each check runs where the cloud lets it be chosen (GCP, Azure)
 */
public record CloudAlertsSpec(String stack, List<String> emails, List<UptimeCheck> checks, int periodSeconds) {

    /** z2jh's health endpoint: answered by the hub through the proxy, so it fails when either is down. */
    public static final String HEALTH_PATH = "/hub/health";

    public CloudAlertsSpec {
        emails = List.copyOf(emails);
        checks = List.copyOf(checks);
    }

    /**
     * One hub's uptime check.
     *
     * @param hub    the hub's name on its cluster (names the check's resources)
     * @param domain the hub's domain, probed at https://domain/hub/health
     */
    public record UptimeCheck(String hub, String domain) {

        public String url() {
            return "https://" + domain + HEALTH_PATH;
        }
    }
}
