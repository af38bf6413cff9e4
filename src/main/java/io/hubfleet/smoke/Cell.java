package io.hubfleet.smoke;


import io.hubfleet.config.portable.Cloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One cell the smoke test runs, and the step it is: Python files under {@code src/main/resources/smoke/}
 * sent as one cell (each defines {@code smoke(timeout_seconds)}), followed by the call. The cells use the
 * standard library only: the user image may be a plain Jupyter image without any cloud's filesystem package.
 */
record Cell(String step, List<String> files) {

    static final String RESOURCES = "/smoke/";

    /** The home directory, the cloud's scratch bucket, and Dask Gateway when it is on. */
    static List<Cell> forRun(Cloud cloud, boolean dask) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("home directory", List.of("home.py")));
        cells.add(new Cell("scratch bucket", List.of("scratch.py", "scratch-" + cloud.configName() + ".py")));
        if (dask) {
            cells.add(new Cell("dask", List.of("dask.py")));
        }
        return List.copyOf(cells);
    }

    /**
     * The code sent. The cell's own budget is a little less than the wait for it, so that a slow cell still
     * cleans up (a Dask cluster is shut down) before the smoke test gives up on it.
     */
    String code(Duration wait) {
        StringBuilder code = new StringBuilder();
        for (String file : files) {
            code.append(source(file)).append('\n');
        }
        long seconds = wait.toSeconds();
        long budget = Math.max(1, seconds - Math.max(5, seconds / 10));
        return code.append(String.format(Locale.ROOT, "smoke(timeout_seconds=%d)\n", budget)).toString();
    }

    static String source(String file) {
        try (InputStream in = Cell.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("the smoke test cell " + RESOURCES + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the smoke test cell " + file, e);
        }
    }
}
