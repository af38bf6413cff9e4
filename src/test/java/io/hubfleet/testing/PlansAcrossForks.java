package io.hubfleet.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hubfleet.plan.Plan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The shared plans of one {@code mvn verify}, made once for both surefire forks: the first fork to ask for a
 * plan makes it and writes it to {@code target/test-plans/<run>/}; the other reads it (and waits, on a file
 * lock, while the first is making it), instead of planning the same stack again in its own JVM (14 stack
 * texts were planned in both forks, 7.6 s of CPU; docs/performance.md, "The test suite").
 *
 * <p>A plan is written only if it reads back {@linkplain Plan#equals equal} to what was planned (records,
 * lists, maps and JSON trees, number node types included), so a reader gets exactly the plan it would have
 * made. The run is surefire's {@code hubfleet.test.run} (the build's start, from pom.xml), so nothing is
 * shared between builds; without it (a test run from an IDE) every JVM plans for itself. Any failure to read or
 * write only means planning here.
 */
final class PlansAcrossForks {

    private static final ObjectMapper JSON = new ObjectMapper()
            // A plan's integers are LongNodes (PlanValues): read them back as such, not as IntNodes.
            .configure(DeserializationFeature.USE_LONG_FOR_INTS, true)
            // Accessors beyond a record's components, should Jackson write any, are not read back (equality checks all).
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** This build's, which Stacks uses. */
    static final PlansAcrossForks OF_THIS_RUN = new PlansAcrossForks(runDirectory(System.getProperty("hubfleet.test.run")));

    private final Path directory;
    /** One caller per key at a time in this JVM: a JVM cannot lock a file region it already holds. */
    private final Map<String, Object> keys = new ConcurrentHashMap<>();

    /** Plans shared through {@code directory}; null shares nothing. */
    PlansAcrossForks(Path directory) {
        this.directory = directory;
    }

    /**
     * The plan {@code planner} makes for {@code key}, made by whichever fork asks first. The planner's own failure
     * (a refused stack file) is thrown as it would be without sharing, and nothing is written for it.
     */
    Plan plan(String key, Supplier<Plan> planner) {
        if (directory == null) {
            return planner.get();
        }
        String name = sha256(key);
        synchronized (keys.computeIfAbsent(name, k -> new Object())) {
            FileChannel channel;
            FileLock lock;
            try {
                channel = FileChannel.open(directory.resolve(name + ".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                lock = channel.lock();
            } catch (IOException | RuntimeException e) {
                return planner.get();
            }
            try {
                Path file = directory.resolve(name + ".json");
                Plan stored = read(file);
                if (stored != null) {
                    return stored;
                }
                Plan plan = planner.get();
                write(file, plan);
                return plan;
            } finally {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    // closing a lock file: nothing to do
                }
            }
        }
    }

    private static Plan read(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), Plan.class) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the plan if it reads back equal to itself; otherwise, or on any failure, the other fork plans it. */
    private static void write(Path file, Plan plan) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(plan);
            if (!JSON.readValue(bytes, Plan.class).equals(plan)) {
                return;
            }
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // not shared: the other fork plans it itself
        }
    }

    /** target/test-plans/&lt;run&gt;, the folders of earlier runs removed; null without a run or a usable folder. */
    static Path runDirectory(String run) {
        return runDirectory(Path.of("target", "test-plans"), run);
    }

    /** {@code root}/&lt;run&gt;, the other runs' folders under {@code root} removed. */
    static Path runDirectory(Path root, String run) {
        if (run == null || run.isBlank() || !run.matches("[A-Za-z0-9._-]+")) {
            return null;
        }
        try {
            Files.createDirectories(root.resolve(run));
            try (Stream<Path> runs = Files.list(root)) {
                runs.filter(other -> !other.getFileName().toString().equals(run)).forEach(PlansAcrossForks::deleteQuietly);
            }
            return root.resolve(run);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // another build's folder, or already gone: nothing to do
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
