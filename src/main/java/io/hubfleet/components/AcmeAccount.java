package io.hubfleet.components;

import java.util.List;
import java.util.Map;

/**
 * The ACME (Let's Encrypt) account certificates are issued under, and the issuer spec that answers
 * HTTP-01 challenges through a Gateway listener: cert-manager puts each challenge's HTTPRoute in the
 * namespace of the Certificate (for a Gateway's listener, the Gateway's namespace) and attaches it to
 * the parents named here (cert-manager.io/docs/configuration/acme/http01/#configuring-the-http-01-gateway-api-solver).
 * The parent listener must admit routes from that namespace.
 *
 * @param email  the account's contact
 * @param server the ACME directory (Let's Encrypt production or staging)
 */
public record AcmeAccount(String email, String server) {

    /** An issuer's {@code spec}: the account, its key's Secret, and the challenge route's parent listener. */
    public Map<String, Object> issuerSpec(String accountKeySecret, String gateway, String gatewayNamespace,
                                          String httpListener) {
        return Map.of("acme", Map.of(
                "email", email,
                "server", server,
                "privateKeySecretRef", Map.of("name", accountKeySecret),
                "solvers", List.of(Map.of("http01", Map.of("gatewayHTTPRoute", Map.of("parentRefs",
                        List.of(Map.of("name", gateway, "namespace", gatewayNamespace, "kind", "Gateway",
                                "sectionName", httpListener))))))));
    }

    /** As the cluster stack exports it (hubHost.acme). */
    public Map<String, Object> export() {
        return Map.of("email", email, "server", server);
    }
}
