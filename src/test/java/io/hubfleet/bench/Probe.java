package io.hubfleet.bench;

import io.hubfleet.plan.OfflinePlanner;

import java.nio.file.Path;

public class Probe {
    public static void main(String[] args) {
        for (int round = 0; round < Integer.parseInt(args[0]); round++) {
            long t1 = System.nanoTime();
            OfflinePlanner.plan(Path.of("stacks/Pulumi.demo-gcp.yaml"));
            long t2 = System.nanoTime();
            if (round % 5 == 0) System.out.printf("round %d: demo-gcp %.0f ms%n", round, (t2 - t1) / 1e6);
        }
    }
}
