package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.AuthConfig;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.IdentityProviderConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The login part of a hub's values (OAuthenticator 17, as z2jh 4.4.0 ships it). The client secret is
 * never in the values: the hub reads it from its own Secret through {@code OAUTH_CLIENT_SECRET}, which
 * OAuthenticator takes when {@code client_secret} is not configured.
 */
final class AuthValues {

    static final String CLIENT_SECRET_ENV = "OAUTH_CLIENT_SECRET";
    static final String CLIENT_SECRET_KEY = "client-secret";

    private AuthValues() {
    }

    /** Sets {@code hub.config} and {@code hub.extraEnv} in {@code values}. */
    static void apply(ObjectNode values, HubConfig hub, String oauthSecretName) {
        AuthConfig auth = hub.auth();
        ObjectNode hubNode = values.withObject("/hub");
        ObjectNode config = hubNode.withObject("/config");
        config.withObject("/JupyterHub").put("authenticator_class", auth.provider().configName());

        ObjectNode authenticator = config.withObject("/Authenticator");
        authenticator.set("admin_users", strings(auth.admins()));
        authenticator.set("allowed_users", strings(auth.allowedUsers()));
        // Access comes from config alone: users added through the admin page do not stay allowed.
        authenticator.put("allow_existing_users", false);

        ObjectNode provider = config.withObject("/" + auth.provider().authenticatorClass());
        provider.put("client_id", auth.clientId());
        provider.put("oauth_callback_url", hub.callbackUrl());
        // A switch expression: a new provider does not compile until it renders its authenticator's settings.
        boolean allowAll = switch (auth.provider()) {
            case GITHUB -> {
                List<String> organizations = new ArrayList<>();
                if (auth.github() != null) {
                    organizations.addAll(auth.github().organizations());
                    organizations.addAll(auth.github().teams());
                }
                provider.set("allowed_organizations", strings(organizations));
                // Membership of private organisations and teams needs read:org.
                provider.set("scope", strings(List.of("read:org")));
                yield auth.allowAll();
            }
            case CILOGON -> {
                ObjectNode idps = provider.putObject("idps");
                for (IdentityProviderConfig idp : auth.cilogon().identityProviders()) {
                    ObjectNode entry = idps.putObject(idp.entityId());
                    entry.putObject("username_derivation").put("username_claim", idp.usernameClaim());
                    if (idp.allowedDomains().isEmpty()) {
                        entry.put("allow_all", true);
                    } else {
                        entry.set("allowed_domains", strings(idp.allowedDomains()));
                    }
                }
                yield auth.allowAll();
            }
            case GOOGLE -> {
                if (auth.google() != null && !auth.google().hostedDomains().isEmpty()) {
                    provider.set("hosted_domain", strings(auth.google().hostedDomains()));
                    // hosted_domain only blocks other domains; with it, allowing all means all of those domains.
                    yield true;
                }
                yield auth.allowAll();
            }
            case GENERIC_OAUTH -> {
                var generic = auth.genericOAuth();
                provider.put("authorize_url", generic.authorizeUrl());
                provider.put("token_url", generic.tokenUrl());
                provider.put("userdata_url", generic.userdataUrl());
                provider.put("username_claim", generic.usernameClaim());
                provider.set("scope", strings(generic.scopes()));
                provider.put("login_service", generic.loginService());
                yield auth.allowAll();
            }
        };
        provider.put("allow_all", allowAll);

        ObjectNode secretRef = hubNode.withObject("/extraEnv").withObject("/" + CLIENT_SECRET_ENV)
                .withObject("/valueFrom").withObject("/secretKeyRef");
        secretRef.put("name", oauthSecretName);
        secretRef.put("key", CLIENT_SECRET_KEY);
    }

    private static ArrayNode strings(List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return array;
    }
}
