package io.hubfleet.helm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A pinned chart and its baseline values, declared in {@code components/<component>/}: {@code chart.yaml}
 * names the chart, its exact version and repository; {@code values.yaml} holds the baseline values
 * hubfleet always sets (the first layer, before the typed config and the raw escape hatch).
 *
 * @param chart      the chart's name, or an {@code oci://} reference
 * @param version    the exact version
 * @param repository the chart repository URL (empty for OCI charts)
 * @param baseline   the baseline values
 */
public record HelmChart(String chart, String version, String repository, ObjectNode baseline, boolean crdsFolder) {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Loads {@code components/<component>/chart.yaml} and, if present, {@code values.yaml}. */
    public static HelmChart load(String component) {
        Reference reference = read("/components/" + component + "/chart.yaml", Reference.class);
        ObjectNode baseline = exists("/components/" + component + "/values.yaml")
                ? read("/components/" + component + "/values.yaml", ObjectNode.class)
                : YAML.createObjectNode();
        return new HelmChart(reference.chart, reference.version, reference.repository == null ? "" : reference.repository,
                baseline, Boolean.TRUE.equals(reference.crdsFolder));
    }

    /** A flat map of strings from a YAML resource, such as an image table. */
    public static java.util.Map<String, String> readMap(String resource) {
        try (InputStream in = HelmChart.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return java.util.Map.copyOf(YAML.readValue(in,
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() {
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A fresh copy of the baseline, safe to change. */
    public ObjectNode baselineCopy() {
        return baseline.deepCopy();
    }

    private static boolean exists(String resource) {
        return HelmChart.class.getResource(resource) != null;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = HelmChart.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The shape of chart.yaml. */
    static final class Reference {
        public String chart;
        public String version;
        public String repository;
        public String source;
        /** Whether the chart ships CRDs in crds/, which Helm installs once and never upgrades. */
        public Boolean crdsFolder;
    }

    /**
     * The command that applies this version's CRDs from its {@code crds/} folders (the chart's and its
     * subcharts'), as Helm would have on a first install: server-side, taking over the fields Helm set.
     */
    public String crdUpgradeCommand() {
        return "helm show crds " + chart + (repository.isEmpty() ? "" : " --repo " + repository) + " --version " + version
                + " | kubectl apply --server-side --force-conflicts -f -";
    }
}
