package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.config.hub.EnvironmentConfig;
import io.hubfleet.config.hub.HubConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code hubs[].environment} adds to a hub's values. Each value is one the chart (z2jh 4.4.0) or
 * the program it configures reads:
 * <ul>
 *   <li>branding: {@code hub.extraFiles} mounts {@code components/hub/templates/page.html} in the hub pod,
 *       {@code hub.templatePaths} and {@code hub.templateVars} become {@code JupyterHub.template_paths} and
 *       {@code template_vars} (jupyterhub-4.4.0 files/hub/jupyterhub_config.py, the loop over
 *       allow_named_servers … template_vars);</li>
 *   <li>named servers: {@code hub.allowNamedServers} and {@code hub.namedServerLimitPerUser}, likewise
 *       {@code JupyterHub.allow_named_servers} and {@code named_server_limit_per_user};</li>
 *   <li>RStudio's home: a second mount of the home volume at {@code /home/rstudio} with the same subPath
 *       ({@code singleuser.storage.extraVolumeMounts}, a mapping z2jh merges into KubeSpawner's
 *       {@code volume_mounts}, jupyterhub_config.py);</li>
 *   <li>{@code /dev/shm}: a memory-backed emptyDir per server option, sized from its memory guarantee, added
 *       by each profile's (or choice's) {@code kubespawner_override}. z2jh makes KubeSpawner's
 *       {@code volumes} and {@code volume_mounts} mappings keyed by name, and KubeSpawner merges a mapping
 *       override into a mapping trait rather than replacing it (kubespawner spawner.py,
 *       {@code _apply_overrides}: "If v is a dict, *merge* it with existing values"), so the home and
 *       shared mounts stay;</li>
 *   <li>runtime and SQLite files: {@code JUPYTER_RUNTIME_DIR} (jupyter_core paths.py,
 *       {@code jupyter_runtime_dir()} reads it first) on the local disk; {@code NotebookNotary.db_file}
 *       {@code :memory:} (nbformat sign.py: "You can set it to ':memory:' to disable sqlite writing to the
 *       filesystem") in {@code /usr/local/etc/jupyter/jupyter_server_config.json}, a file Jupyter Server reads
 *       from every config directory (/usr/local/etc/jupyter is one: jupyter_core paths.py,
 *       SYSTEM_CONFIG_PATH); IPython's history in {@code /usr/local/etc/ipython/ipython_config.py}
 *       (components/hub/singleuser/ipython_config.py). Both through {@code singleuser.extraFiles}, which
 *       z2jh mounts file by file from its singleuser Secret (jupyterhub_config.py, "Inject
 *       singleuser.extraFiles"). Users' own config files are read after these and win.</li>
 * </ul>
 */
public final class EnvironmentValues {

    /** Where the branded template is mounted in the hub pod: beside the chart's own config, not over it. */
    static final String TEMPLATE_DIR = "/usr/local/etc/jupyterhub/hubfleet-templates";
    static final String PAGE_TEMPLATE = "/components/hub/templates/page.html";
    static final String IPYTHON_CONFIG = "/components/hub/singleuser/ipython_config.py";
    static final String RUNTIME_DIR = "/tmp/jupyter-runtime";
    static final String RSTUDIO_HOME = "/home/rstudio";
    /** The key of the /dev/shm volume and its mount in KubeSpawner's volumes and volume_mounts. */
    public static final String SHM = "shm";
    public static final String SHM_PATH = "/dev/shm";

    private EnvironmentValues() {
    }

    /** Adds the hub's environment to its typed values; the profile list must be in place already. */
    public static void apply(ObjectNode values, HubConfig hub) {
        EnvironmentConfig environment = hub.environment();
        ObjectNode hubValues = values.withObject("/hub");
        if (environment.branding() != null) {
            branding(hubValues, environment.branding());
        }
        hubValues.put("allowNamedServers", environment.namedServers().enabled());
        if (environment.namedServers().enabled()) {
            hubValues.put("namedServerLimitPerUser", environment.namedServers().limitPerUser());
        }
        ObjectNode singleuser = values.withObject("/singleuser");
        if (environment.rstudioHome()) {
            singleuser.withObject("/storage").withObject("/extraVolumeMounts").putObject("rstudio-home")
                    .put("name", JupyterHubValues.HOME_VOLUME)
                    .put("mountPath", RSTUDIO_HOME)
                    .put("subPath", "{username}");
        }
        if (environment.sharedMemoryPercent() > 0) {
            String defaultGuarantee = singleuser.at("/memory/guarantee").asText();
            for (JsonNode profile : singleuser.withArray("/profileList")) {
                sharedMemory((ObjectNode) profile, defaultGuarantee, environment.sharedMemoryPercent());
            }
        }
        if (environment.localRuntimeFiles()) {
            singleuser.withObject("/extraEnv").put("JUPYTER_RUNTIME_DIR", RUNTIME_DIR);
            ObjectNode files = singleuser.withObject("/extraFiles");
            files.putObject("hubfleet-jupyter-server-config")
                    .put("mountPath", "/usr/local/etc/jupyter/jupyter_server_config.json")
                    .putObject("data").putObject("NotebookNotary").put("db_file", ":memory:");
            files.putObject("hubfleet-ipython-config")
                    .put("mountPath", "/usr/local/etc/ipython/ipython_config.py")
                    .put("stringData", resource(IPYTHON_CONFIG));
        }
    }

    private static void branding(ObjectNode hubValues, EnvironmentConfig.Branding branding) {
        hubValues.withObject("/extraFiles").putObject("hubfleet-page-template")
                .put("mountPath", TEMPLATE_DIR + "/page.html")
                .put("stringData", resource(PAGE_TEMPLATE));
        hubValues.putArray("templatePaths").add(TEMPLATE_DIR);
        ObjectNode vars = hubValues.putObject("templateVars");
        vars.put("hubfleet_name", branding.name());
        if (branding.logoUrl() != null) {
            vars.put("hubfleet_logo_url", branding.logoUrl());
        }
        ArrayNode links = vars.putArray("hubfleet_links");
        for (EnvironmentConfig.Link link : branding.links()) {
            links.addObject().put("text", link.text()).put("url", link.url());
        }
        if (branding.support() != null) {
            vars.put("hubfleet_support", branding.support());
            vars.put("hubfleet_support_href", branding.supportHref());
        }
    }

    /**
     * Every way to spawn gets its /dev/shm: a profile with choices in each choice's override (their
     * memory differs), any other profile in its own, sized from the memory it guarantees (its
     * {@code mem_guarantee}, else the hub's default).
     */
    private static void sharedMemory(ObjectNode profile, String defaultGuarantee, int percent) {
        List<ObjectNode> choices = new ArrayList<>();
        for (JsonNode option : profile.path("profile_options")) {
            option.path("choices").forEach(choice -> choices.add((ObjectNode) choice));
        }
        ObjectNode profileOverride = profile.withObject("/kubespawner_override");
        String profileGuarantee = profileOverride.path("mem_guarantee").asText(defaultGuarantee);
        if (choices.isEmpty()) {
            shm(profileOverride, profileGuarantee, percent);
        }
        for (ObjectNode choice : choices) {
            ObjectNode override = choice.withObject("/kubespawner_override");
            shm(override, override.path("mem_guarantee").asText(profileGuarantee), percent);
        }
    }

    private static void shm(ObjectNode override, String guarantee, int percent) {
        long mib = mebibytes(guarantee) * percent / 100;
        override.withObject("/volumes").putObject(SHM).put("name", SHM)
                .putObject("emptyDir").put("medium", "Memory").put("sizeLimit", mib + "Mi");
        override.withObject("/volume_mounts").putObject(SHM).put("name", SHM).put("mountPath", SHM_PATH);
    }

    /** A KubeSpawner memory amount as hubfleet writes them (Quantities.memory: whole MiB, suffix M) in MiB. */
    static long mebibytes(String quantity) {
        if (quantity.endsWith("M")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 1));
        }
        if (quantity.endsWith("G")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 1)) * 1024;
        }
        throw new IllegalArgumentException("a memory amount hubfleet did not write: " + quantity);
    }

    static String resource(String path) {
        try (InputStream in = EnvironmentValues.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
