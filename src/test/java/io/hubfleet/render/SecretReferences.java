package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;

/** The Secrets a pod spec cannot start without: volumes, env and envFrom not marked optional, pull secrets. */
final class SecretReferences {

    private SecretReferences() {
    }

    static Set<String> required(JsonNode podSpec) {
        Set<String> names = new TreeSet<>();
        for (JsonNode volume : podSpec.path("volumes")) {
            JsonNode secret = volume.path("secret");
            if (secret.isObject() && !secret.path("optional").asBoolean(false)) {
                names.add(secret.path("secretName").asText());
            }
            for (JsonNode source : volume.at("/projected/sources")) {
                JsonNode projected = source.path("secret");
                if (projected.isObject() && !projected.path("optional").asBoolean(false)) {
                    names.add(projected.path("name").asText());
                }
            }
        }
        for (String list : new String[]{"containers", "initContainers"}) {
            for (JsonNode container : podSpec.path(list)) {
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.at("/valueFrom/secretKeyRef");
                    if (ref.isObject() && !ref.path("optional").asBoolean(false)) {
                        names.add(ref.path("name").asText());
                    }
                }
                for (JsonNode from : container.path("envFrom")) {
                    JsonNode ref = from.path("secretRef");
                    if (ref.isObject() && !ref.path("optional").asBoolean(false)) {
                        names.add(ref.path("name").asText());
                    }
                }
            }
        }
        for (JsonNode pull : podSpec.path("imagePullSecrets")) {
            names.add(pull.path("name").asText());
        }
        return names;
    }
}
