package io.hubfleet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark fleet: the shape of the largest operator in the field, 30 stacks with 171 hubs
 * (20 on AWS, 8 on GCP, 2 on Azure), one of them carrying 95 hubs. Each stack is an example stack's
 * estate (stacks/demo-*) with generated hubs.
 *
 * <p>Usage: FleetGenerator DIR, or FleetGenerator DIR HUBS for one AWS stack of that many hubs
 * ({@code Pulumi.hubs-HUBS.yaml}), to measure what each hub adds to a stack.
 */
public final class FleetGenerator {

    static final int STACKS = 30;
    static final int HUBS = 171;
    static final int LARGEST = 95;

    private FleetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        if (args.length > 1) {
            int hubs = Integer.parseInt(args[1]);
            Files.writeString(dir.resolve("Pulumi.hubs-" + hubs + ".yaml"), stack("aws", 0, hubs));
            System.out.println("wrote one aws stack with " + hubs + " hubs to " + dir);
            return;
        }
        List<String> files = write(dir);
        System.out.println("wrote " + files.size() + " stacks with " + HUBS + " hubs to " + dir);
    }

    static List<String> write(Path dir) throws IOException {
        List<String> clouds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clouds.add("aws");
        }
        for (int i = 0; i < 8; i++) {
            clouds.add("gcp");
        }
        for (int i = 0; i < 2; i++) {
            clouds.add("azure");
        }
        // The other 76 hubs: 18 stacks of 3 and 11 of 2.
        int[] hubs = new int[STACKS];
        hubs[0] = LARGEST;
        for (int i = 1; i < STACKS; i++) {
            hubs[i] = i <= 18 ? 3 : 2;
        }
        List<String> written = new ArrayList<>();
        int hubNumber = 0;
        for (int i = 0; i < STACKS; i++) {
            String cloud = clouds.get(i);
            String name = String.format("fleet-%02d-%s", i, cloud);
            Files.writeString(dir.resolve("Pulumi." + name + ".yaml"), stack(cloud, hubNumber, hubs[i]));
            hubNumber += hubs[i];
            written.add(name);
        }
        return written;
    }

    /** An example stack's estate (stacks/Pulumi.demo-CLOUD.yaml) with generated hubs FIRST.. instead of its own. */
    private static String stack(String cloud, int first, int count) throws IOException {
        String template = Files.readString(Path.of("stacks", "Pulumi.demo-" + cloud + ".yaml"));
        String estate = template.substring(0, template.indexOf("  hubfleet:hubs:"));
        StringBuilder stack = new StringBuilder(estate).append("  hubfleet:hubs:\n");
        for (int n = first; n < first + count; n++) {
            stack.append(hub(n));
        }
        return stack.toString();
    }

    private static String hub(int n) {
        return """
                    - name: hub-%1$d
                      domain: hub-%1$d.fleet.example.org
                      auth:
                        provider: github
                        clientId: Iv1.%1$016d
                        clientSecret:
                          secure: v1:ZmxlZXQ=:secret-%1$d
                        github:
                          organizations: [community-%1$d]
                      image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-06-02"}
                """.formatted(n);
    }
}
