package io.hubfleet.render;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the pinned charts' sources are: {@code ../shared/upstream/charts/<chart>-<version>/} on these
 * machines, or the folder {@code HUBFLEET_UPSTREAM} names (the GitHub workflow fills one with
 * {@code helm pull}, tools/pull-charts.bash). Tests that need them skip, naming the folder, when neither exists.
 */
public final class Upstream {

    private Upstream() {
    }

    public static Path root() {
        String override = System.getenv("HUBFLEET_UPSTREAM");
        return override != null && !override.isBlank() ? Path.of(override) : Path.of("..", "shared", "upstream");
    }

    public static Path charts() {
        return root().resolve("charts");
    }

    /** The chart's folder: {@code <last segment of its name or OCI reference>-<version>}. */
    public static Path chart(String reference, String version) {
        String name = reference.substring(reference.lastIndexOf('/') + 1);
        return charts().resolve(name + "-" + version);
    }

    /** Skips the calling test when the charts are not here, saying where they were looked for. */
    public static void assumeCharts() {
        Assumptions.assumeTrue(Files.isDirectory(charts()), "skipped: " + charts().toAbsolutePath().normalize()
                + " (the pinned charts, to render) is not here; set HUBFLEET_UPSTREAM or run tools/pull-charts.bash");
    }
}
