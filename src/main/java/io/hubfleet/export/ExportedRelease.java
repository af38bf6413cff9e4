package io.hubfleet.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Helm release as exported: where it goes, its chart, and the values Helm receives.
 *
 * @param directory   its directory under the export, such as {@code hubs/prod/prod} (a hub's release is named after the hub)
 * @param releaseName the Helm release name
 * @param namespace   its namespace
 * @param chart       the chart name, or an {@code oci://} reference
 * @param version     the chart version
 * @param repository  the chart repository URL; empty for OCI charts
 * @param values      the effective values
 * @param urn         the release's URN in the plan
 */
record ExportedRelease(String directory, String releaseName, String namespace, String chart, String version,
                       String repository, ObjectNode values, String urn) {

    /** Its chart.yaml. */
    java.util.Map<String, Object> reference() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("releaseName", releaseName);
        out.put("namespace", namespace);
        out.put("chart", chart);
        out.put("version", version);
        out.put("repository", repository);
        return out;
    }

    /** The helm command that installs or upgrades it from the export directory. */
    String helmCommand() {
        String source = repository.isEmpty() ? chart : chart + " --repo " + repository;
        return "helm upgrade --install " + releaseName + " " + source + " --version " + version
                + " --namespace " + namespace + " --create-namespace -f " + directory + "/values.yaml";
    }
}
