package io.hubfleet.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.helm.HelmValues;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The values a planned Helm release hands Helm: its {@code values}, with its values files merged over them. */
public final class ReleaseValues {

    public static final String RELEASE_TYPE = "kubernetes:helm.sh/v3:Release";
    private static final YAMLMapper YAML = new YAMLMapper();

    private ReleaseValues() {
    }

    /** The effective values; keys its values files remove are null, as Helm reads them. */
    public static ObjectNode of(PlanResource release) {
        if (!RELEASE_TYPE.equals(release.type())) {
            throw new IllegalArgumentException(release.urn() + " is not a Helm release");
        }
        JsonNode values = release.input("/values");
        ObjectNode out = values.isObject() ? ((ObjectNode) values).deepCopy() : YAML.createObjectNode();
        for (JsonNode file : release.input("/valueYamlFiles")) {
            try {
                HelmValues.merge(out, YAML.readTree(file.path("text").asText()), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a values file of " + release.name(), e);
            }
        }
        return out;
    }
}
