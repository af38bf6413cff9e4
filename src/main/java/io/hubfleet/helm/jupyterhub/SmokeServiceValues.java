package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.smoke.SmokeTest;

/**
 * The JupyterHub service the post-deploy smoke test authenticates as (docs/smoke-test.md), and the role
 * that is all it may do: {@link SmokeTest#REQUIRED_SCOPES}, each filtered to the test user.
 *
 * <p>The service has no {@code url} and no {@code command}: JupyterHub registers it as an API token only.
 * Its token is not ours to make: z2jh makes it as it does the {@code dask-gateway} service's. For each key of
 * {@code hub.services}, the chart's hub Secret ({@code templates/hub/secret.yaml}) holds
 * {@code hub.services.<key>.apiToken}, valued ({@code templates/hub/_helpers-passwords.tpl},
 * {@code jupyterhub.hub.services.get_api_token}) from the values if set, else from the Secret already in the
 * cluster (Helm's {@code lookup}, so it stays the same across upgrades of the real release hubfleet
 * installs), else a new random 64-hex string; {@code files/hub/jupyterhub_config.py} reads it back from
 * there into {@code c.JupyterHub.services}. The deploy workflow reads it from that Secret, so no copy of it
 * is in Pulumi's state.
 */
final class SmokeServiceValues {

    private SmokeServiceValues() {
    }

    static void apply(ObjectNode values) {
        ObjectNode hub = values.withObject("/hub");
        // The name is the key by default (jupyterhub_config.py: service.setdefault("name", key)); saying it
        // keeps the entry a non-empty map, which every layer and the SDK pass on as it is.
        hub.withObject("/services").putObject(SmokeTest.SERVICE).put("name", SmokeTest.SERVICE);
        // hub.loadRoles.<key> becomes an entry of c.JupyterHub.load_roles (jupyterhub_config.py), assigned to
        // the service by name. JupyterHub checks a role's scopes and filter kinds when it starts
        // (scopes._check_scopes_exist), not that the filtered user exists: the test user comes and goes.
        ObjectNode role = hub.withObject("/loadRoles").putObject(SmokeTest.SERVICE);
        role.put("description", "hubfleet's post-deploy smoke test: create, spawn, use and delete user "
                + SmokeTest.DEFAULT_USER + " only");
        ArrayNode scopes = role.putArray("scopes");
        SmokeTest.REQUIRED_SCOPES.forEach(scopes::add);
        role.putArray("services").add(SmokeTest.SERVICE);
    }
}
