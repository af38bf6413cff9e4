package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pinned chart says whether it ships CRDs in a crds/ folder (its own or a subchart's), as the
 * chart really does: those are the CRDs Helm never upgrades, which the CRD guard watches.
 */
class CrdFoldersTest {

    @Test
    void everyChartDeclaresItsCrdsFolderAsThePinnedChartHasIt() throws IOException {
        Upstream.assumeCharts();
        List<String> wrong = new ArrayList<>();
        List<Path> charts;
        try (Stream<Path> files = Files.walk(Path.of("components"))) {
            charts = files.filter(f -> f.getFileName().toString().equals("chart.yaml")).sorted().toList();
        }
        for (Path file : charts) {
            JsonNode chart = new YAMLMapper().readTree(file.toFile());
            Path dir = Upstream.chart(chart.path("chart").asText(), chart.path("version").asText());
            boolean ships;
            try (Stream<Path> files = Files.walk(dir)) {
                ships = files.anyMatch(f -> Files.isDirectory(f) && f.getFileName().toString().equals("crds")
                        && !dir.relativize(f).toString().contains("templates")
                        && !f.getParent().getFileName().toString().equals("charts"));
            }
            if (ships != chart.path("crdsFolder").asBoolean(false)) {
                wrong.add(file + ": crdsFolder should be " + ships);
            }
        }
        assertThat(charts).hasSizeGreaterThanOrEqualTo(9);
        assertThat(wrong).isEmpty();
    }
}
