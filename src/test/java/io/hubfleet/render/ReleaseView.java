package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.helm.HelmValues;
import io.hubfleet.plan.Plan;
import io.hubfleet.plan.PlanResource;
import io.hubfleet.plan.ReleaseValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A planned Helm release with what the chart will see: its name, namespace, chart and the values Helm
 * computes (the chart's own values.yaml overlaid with the release's).
 */
public record ReleaseView(Plan plan, PlanResource resource) {

    public static final String TYPE = "kubernetes:helm.sh/v3:Release";
    private static final Map<String, ObjectNode> CHART_DEFAULTS = new ConcurrentHashMap<>();

    public static List<ReleaseView> of(Plan plan) {
        return plan.ofType(TYPE).stream().map(r -> new ReleaseView(plan, r)).toList();
    }

    public static List<ReleaseView> of(Estate estate) {
        return estate.plans().stream().flatMap(p -> of(p).stream()).toList();
    }

    /** The chart's name: a repository chart's own, the last segment of an OCI reference. */
    public String chart() {
        String reference = resource.input("/chart").asText();
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    public String version() {
        return resource.input("/version").asText();
    }

    public String name() {
        return resource.input("/name").asText();
    }

    public String namespace() {
        return resource.input("/namespace").asText();
    }

    public String stack() {
        return plan.stack();
    }

    /** Helm's computed values: the chart's defaults overlaid with the release's values. */
    public ObjectNode values() {
        ObjectNode defaults = CHART_DEFAULTS.computeIfAbsent(chart() + "-" + version(), key -> {
            try {
                return (ObjectNode) new YAMLMapper().readTree(
                        Upstream.chart(resource.input("/chart").asText(), version()).resolve("values.yaml").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return HelmValues.overChartDefaults(defaults, ReleaseValues.of(resource));
    }

    public JsonNode value(String pointer) {
        return values().at(pointer);
    }

    @Override
    public String toString() {
        return stack() + "/" + resource.name() + " (" + chart() + " release " + name() + " in " + namespace() + ")";
    }
}
