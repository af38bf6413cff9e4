package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.ResourcesConfig;
import io.hubfleet.helm.HelmChart;
import io.hubfleet.helm.HelmValues;
import io.hubfleet.helm.Quantities;

import java.util.ArrayList;
import java.util.List;

/**
 * A hub's values for the z2jh {@code jupyterhub} chart, in three layers, later layers winning (maps
 * merge, anything else is replaced, null removes):
 * <ol>
 *   <li>the baseline every hub gets, {@code components/hub/values.yaml};</li>
 *   <li>what the hub's typed config produces ({@link #typed});</li>
 *   <li>the hub's raw {@code values:}, the escape hatch.</li>
 * </ol>
 */
public final class JupyterHubValues {

    /** The volume z2jh makes for static storage, which the shared-directory mounts reuse. */
    static final String HOME_VOLUME = "home";
    /** The Secret holding a hub's secretEnv (made by the Hub component); the hub pod reads each key as env. */
    public static final String SECRET_ENV_SECRET = "hub-secret-env";

    private JupyterHubValues() {
    }

    public static ObjectNode layered(HelmChart chart, HubValuesInput input) {
        List<ObjectNode> layers = new ArrayList<>();
        layers.add(chart.baselineCopy());
        layers.add(typed(input));
        if (input.hub().values() != null) {
            layers.add(input.hub().values());
        }
        return HelmValues.layer(layers);
    }

    /** The layer the typed hub config produces. */
    public static ObjectNode typed(HubValuesInput input) {
        HubConfig hub = input.hub();
        ObjectNode values = JsonNodeFactory.instance.objectNode();

        AuthValues.apply(values, hub, input.oauthSecretName());
        // secretEnv: each secret reaches the hub as an environment variable read from a Secret, never a value.
        for (String key : hub.secretEnv().keySet()) {
            values.withObject("/hub/extraEnv").withObject("/" + key).withObject("/valueFrom").withObject("/secretKeyRef")
                    .put("name", SECRET_ENV_SECRET).put("key", key);
        }

        ObjectNode route = values.putObject("httpRoute");
        route.put("enabled", true);
        route.putArray("hostnames").add(hub.domain());
        route.putObject("gateway")
                .put("name", input.gateway().name())
                .put("namespace", input.gateway().namespace())
                .put("sectionName", input.gateway().sectionName());

        ObjectNode singleuser = values.putObject("singleuser");
        singleuser.putObject("image").put("name", hub.image().name()).put("tag", hub.image().tag());
        singleuser.put("serviceAccountName", input.userServiceAccount());
        resources(singleuser, hub.defaultResources());
        ObjectNode storage = singleuser.putObject("storage");
        storage.put("type", "static");
        storage.putObject("static").put("pvcName", input.homeClaimName()).put("subPath", "{username}");
        storage.put("homeMountPath", "/home/jovyan");
        ObjectNode env = singleuser.putObject("extraEnv");
        // Kubernetes expands $(JUPYTERHUB_USER): each user writes under their own prefix.
        env.put("SCRATCH_BUCKET", input.scratchBucketUrl() + "/$(JUPYTERHUB_USER)");
        input.persistentBucketUrl().ifPresent(url -> env.put("PERSISTENT_BUCKET", url + "/$(JUPYTERHUB_USER)"));
        if (!input.podLabels().isEmpty()) {
            ObjectNode labels = singleuser.putObject("extraLabels");
            new java.util.TreeMap<>(input.podLabels()).forEach(labels::put);
        }
        ArrayNode profiles = hub.generatedProfiles()
                ? ProfileValues.generated(input.userPools())
                : ProfileValues.declared(hub.profiles(), input.userPools());
        singleuser.set("profileList", profiles);

        ObjectNode scheduling = values.putObject("scheduling");
        scheduling.putObject("userPlaceholder").put("enabled", true).put("replicas", hub.userPlaceholders());

        ObjectNode cull = values.putObject("cull");
        cull.put("enabled", true);
        cull.put("timeout", hub.culling().idleTimeoutSeconds());
        cull.put("maxAge", hub.culling().maxAgeSeconds());

        CloudMetadataValues.apply(values, input.cloud());
        input.daskGateway().ifPresent(dask -> DaskClientValues.apply(values, dask));
        input.metricsScraper().ifPresent(scraper -> metrics(values, scraper));
        SmokeServiceValues.apply(values);
        EnvironmentValues.apply(values, hub);
        // Last: it adds to singleuser and hub, which the lines above create.
        GroupValues.apply(values, hub);
        // z2jh 4.4.0 values.yaml: prePuller.continuous.enabled (default true) pulls singleuser.image and every
        // profile's and choice's kubespawner_override image on each user node (templates/image-puller).
        values.withObject("/prePuller/continuous").put("enabled",
                hub.prePullImagesOn(input.userPools().stream().map(UserPool::alwaysUp).toList()));
        return values;
    }

    /**
     * Prometheus reads /hub/metrics without a token, and only Prometheus' server pods get through the
     * hub's network policy to its port for that (z2jh admits other namespaces only by opt-in labels).
     */
    private static void metrics(ObjectNode values, HubValuesInput.MetricsScraper scraper) {
        ObjectNode hub = values.withObject("/hub");
        hub.put("authenticatePrometheus", false);
        ObjectNode rule = hub.withObject("/networkPolicy").withArray("/ingress").addObject();
        rule.putArray("ports").addObject().put("port", "http");
        ObjectNode from = rule.putArray("from").addObject();
        from.putObject("namespaceSelector").putObject("matchLabels")
                .put("kubernetes.io/metadata.name", scraper.namespace());
        ObjectNode podLabels = from.putObject("podSelector").putObject("matchLabels");
        new java.util.TreeMap<>(scraper.podLabels()).forEach(podLabels::put);
    }

    private static void resources(ObjectNode singleuser, ResourcesConfig resources) {
        ObjectNode cpu = singleuser.putObject("cpu");
        cpu.put("guarantee", resources.cpuGuarantee());
        if (resources.cpuLimit() != null) {
            cpu.put("limit", resources.cpuLimit());
        }
        singleuser.putObject("memory")
                .put("guarantee", Quantities.memory(resources.memoryGuaranteeGiB()))
                .put("limit", Quantities.memory(resources.memoryLimitGiB()));
    }
}
