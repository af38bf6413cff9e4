package io.hubfleet.bench;

import com.pulumi.kubernetes.core.v1.Namespace;
import io.hubfleet.plan.OfflinePlanner;
import io.hubfleet.plan.PlanEngine;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Plans in one JVM, cold then warm: the one-resource floor, a same-count floor and demo-gcp, so the cost of the program
 * itself can be told from the JVM's start, class loading and warm-up. Prints one line per figure.
 */
public final class InProcessTimes {

    private InProcessTimes() {
    }

    public static void main(String[] args) {
        long vmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("jvm-to-main-ms %d%n", System.currentTimeMillis() - vmStart);
        double floorCold = time(() -> floor());
        double demoCold = time(() -> OfflinePlanner.plan(Path.of("stacks/Pulumi.demo-gcp.yaml")));
        System.out.printf("classes-loaded %d%n", ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        double[] floor = new double[15];
        double[] sameCount = new double[15];
        double[] demo = new double[15];
        for (int i = 0; i < floor.length; i++) {
            floor[i] = time(() -> floor());
            sameCount[i] = time(() -> namespaces(101));
            demo[i] = time(() -> OfflinePlanner.plan(Path.of("stacks/Pulumi.demo-gcp.yaml")));
        }
        System.out.printf("floor-cold-ms %.0f%n", floorCold);
        System.out.printf("demo-gcp-cold-ms %.0f%n", demoCold);
        System.out.printf("floor-warm-ms %.1f%n", median(floor));
        System.out.printf("same-count-floor-warm-ms %.0f%n", median(sameCount));
        System.out.printf("demo-gcp-warm-ms %.0f%n", median(demo));
    }

    private static void floor() {
        PlanEngine.run("hubfleet", "floor", Map.of(), Set.of(), ctx -> new Namespace("one"));
    }

    /** As many resources as demo-gcp (with the stack), all one type: the SDK's own cost per resource. */
    private static void namespaces(int count) {
        PlanEngine.run("hubfleet", "floor", Map.of(), Set.of(), ctx -> {
            for (int i = 0; i < count; i++) {
                new Namespace("n" + i);
            }
        });
    }

    private static double time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
