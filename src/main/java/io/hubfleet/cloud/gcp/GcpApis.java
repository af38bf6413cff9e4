package io.hubfleet.cloud.gcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.cloud.AccountUse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Google APIs a project needs for what the estate uses: {@code components/cloud-account/gcp-apis.yaml}. */
final class GcpApis {

    private static final String RESOURCE = "/components/cloud-account/gcp-apis.yaml";
    private static final Map<AccountUse, List<String>> BY_USE = load();

    private GcpApis() {
    }

    /** The APIs for these uses, sorted (so the plan is stable). */
    static Set<String> forUses(Set<AccountUse> uses) {
        Set<String> apis = new TreeSet<>();
        uses.forEach(use -> apis.addAll(BY_USE.getOrDefault(use, List.of())));
        return apis;
    }

    private static Map<AccountUse, List<String>> load() {
        try (InputStream in = GcpApis.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<AccountUse, List<String>> read = new YAMLMapper().readValue(in,
                    new TypeReference<Map<AccountUse, List<String>>>() {
                    });
            return new EnumMap<>(read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
