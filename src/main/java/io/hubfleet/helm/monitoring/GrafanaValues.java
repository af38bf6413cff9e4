package io.hubfleet.helm.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.helm.HelmChart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The grafana chart's values: the baseline (data source, dashboard provider), the dashboards of
 * {@code components/support/grafana/dashboards/}, and for a public Grafana its URL, its HTTPRoute to
 * the Gateway's listener and the admin login from a Secret.
 */
public final class GrafanaValues {

    /** The dashboards shipped, by file name under components/support/grafana/dashboards/. */
    public static final List<String> DASHBOARDS = List.of("jupyterhub");
    static final String PROVIDER = "hubfleet";

    private GrafanaValues() {
    }

    /**
     * A public Grafana.
     *
     * @param domain          where it is served
     * @param gateway         the Gateway's name, namespace and the listener for the domain
     * @param adminSecretName the Secret with keys {@code admin-user} and {@code admin-password}
     */
    public record PublicAccess(String domain, String gatewayName, String gatewayNamespace, String sectionName,
                               String adminSecretName) {
    }

    public static ObjectNode of(HelmChart chart, Optional<PublicAccess> access) {
        ObjectNode values = chart.baselineCopy();
        ObjectNode dashboards = values.withObject("/dashboards").withObject("/" + PROVIDER);
        for (String dashboard : DASHBOARDS) {
            dashboards.withObject("/" + dashboard).put("json", dashboard(dashboard));
        }
        access.ifPresent(a -> {
            ObjectNode server = values.withObject("/grafana.ini").withObject("/server");
            server.put("domain", a.domain());
            server.put("root_url", "https://" + a.domain() + "/");
            ObjectNode admin = values.withObject("/admin");
            admin.put("existingSecret", a.adminSecretName());
            admin.put("userKey", "admin-user");
            admin.put("passwordKey", "admin-password");
            ObjectNode route = values.withObject("/route").withObject("/main");
            route.put("enabled", true);
            route.putArray("hostnames").add(a.domain());
            ArrayNode parents = route.putArray("parentRefs");
            parents.addObject().put("name", a.gatewayName()).put("namespace", a.gatewayNamespace())
                    .put("sectionName", a.sectionName());
        });
        return values;
    }

    static String dashboard(String name) {
        String resource = "/components/support/grafana/dashboards/" + name + ".json";
        try (InputStream in = GrafanaValues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
