package io.hubfleet.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.hubfleet.config.portable.Cloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The Kubernetes minor versions hubfleet deploys on each cloud ({@code components/kubernetes/versions.yaml}). */
public final class KubernetesVersions {

    private static final Map<String, List<String>> SUPPORTED = load();

    private KubernetesVersions() {
    }

    public static List<String> supported(Cloud cloud) {
        return SUPPORTED.getOrDefault(cloud.configName(), List.of());
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = KubernetesVersions.class.getResourceAsStream("/components/kubernetes/versions.yaml")) {
            if (in == null) {
                throw new IllegalStateException("components/kubernetes/versions.yaml is missing from the classpath");
            }
            return Map.copyOf(new YAMLMapper().readValue(in, new TypeReference<Map<String, List<String>>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
