package io.hubfleet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of hubfleet depend on each other without cycles (docs/architecture.md#the-seam-between-components-and-clouds),
 * as the compiled classes say: JDK's own {@code jdeps} reads {@code target/classes}, so every reference counts,
 * imported or written out in full. Any cycle fails. The contract between
 * components and clouds ({@code io.hubfleet.cloud}) and the clouds themselves know no component.
 */
class PackageCyclesTest {

    @Test
    void noPackageCycle() {
        // The last two were broken together: config.hub reads nothing of config (SecretValue is a portable value;
        // config resolves a hub's home overrides itself), and the deploy-time check lives with the checks, so the
        // program no longer reads plan or check.
        List<Set<String>> cycles = cycles(edges);
        assertThat(cycles).as("package cycles (the edges within each: %s)",
                cycles.stream().map(PackageCyclesTest::edgesWithin).toList()).isEmpty();
    }

    private static Map<String, Set<String>> edges;

    @BeforeAll
    static void readClasses() {
        Path classes = Path.of("target", "classes");
        assertThat(classes.resolve("io/hubfleet")).as("compiled classes").isDirectory();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() ->
                new IllegalStateException("no jdeps in this JDK: the tests need a full JDK 17"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString());
        assertThat(status).as("jdeps: %s", err).isZero();
        edges = parse(out.toString());
        assertThat(edges).as("packages jdeps found").containsKeys("io.hubfleet.cloud", "io.hubfleet.components");
    }

    static Map<String, Set<String>> parse(String jdepsOutput) {
        Pattern edge = Pattern.compile("^\\s+(io\\.hubfleet[\\w.]*)\\s+->\\s+(io\\.hubfleet[\\w.]*)\\s", Pattern.MULTILINE);
        Map<String, Set<String>> found = new TreeMap<>();
        Matcher m = edge.matcher(jdepsOutput);
        while (m.find()) {
            found.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            if (!m.group(1).equals(m.group(2))) {
                found.get(m.group(1)).add(m.group(2));
            }
        }
        return found;
    }

    /** Strongly connected components of more than one package (Tarjan's algorithm, iteratively deep enough here). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, result, counter);
            }
        }
        return result;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> result, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, result, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                result.add(component);
            }
        }
    }

    @Test
    void theCloudContractDependsOnNoCloud() {
        assertThat(edges.get("io.hubfleet.cloud"))
                .as("io.hubfleet.cloud is the contract: the clouds depend on it, never the reverse")
                .noneMatch(target -> target.startsWith("io.hubfleet.cloud."));
    }

    @Test
    void theCloudsKnowNoComponent() {
        for (String pkg : List.of("io.hubfleet.cloud", "io.hubfleet.cloud.gcp", "io.hubfleet.cloud.aws",
                "io.hubfleet.cloud.azure")) {
            assertThat(edges.get(pkg)).as("%s: handles take specs and Pulumi resources, not components", pkg)
                    .doesNotContain("io.hubfleet.components", "io.hubfleet.program", "io.hubfleet.plan");
        }
    }

    /**
     * The seam is typed in the contract's own terms: the specs the components resolve once from the stack file
     * hold what clouds need, so neither the contract nor a cloud reads the stack file's records (any
     * {@code io.hubfleet.config} package) or a component.
     */
    @Test
    void theCloudsReadNoStackConfigAndNoComponent() {
        List<String> cloudPackages = edges.keySet().stream()
                .filter(pkg -> pkg.equals("io.hubfleet.cloud") || pkg.startsWith("io.hubfleet.cloud.")).toList();
        assertThat(cloudPackages).contains("io.hubfleet.cloud", "io.hubfleet.cloud.gcp", "io.hubfleet.cloud.aws",
                "io.hubfleet.cloud.azure");
        Map<String, Set<String>> forbidden = new TreeMap<>();
        for (String pkg : cloudPackages) {
            Set<String> bad = new TreeSet<>();
            for (String target : edges.get(pkg)) {
                if (target.equals("io.hubfleet.config") || target.startsWith("io.hubfleet.config.")
                        || target.equals("io.hubfleet.components") || target.startsWith("io.hubfleet.components.")) {
                    bad.add(target);
                }
            }
            if (!bad.isEmpty()) {
                forbidden.put(pkg, bad);
            }
        }
        assertThat(forbidden).as("cloud packages depending on stack config or components").isEmpty();
    }

    @Test
    void cloudsDependOnNoOtherCloud() {
        for (String cloud : List.of("gcp", "aws", "azure")) {
            String pkg = "io.hubfleet.cloud." + cloud;
            assertThat(edges.get(pkg)).as(pkg).noneMatch(target -> target.startsWith("io.hubfleet.cloud.")
                    || target.startsWith("io.hubfleet.program") || target.startsWith("io.hubfleet.plan")
                    || target.startsWith("io.hubfleet.cli"));
        }
    }

    @Test
    void findsACycleWhereThereIsOne() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
    }

    private static Map<String, Set<String>> edgesWithin(Set<String> cycle) {
        Map<String, Set<String>> within = new TreeMap<>();
        for (String from : cycle) {
            Set<String> to = new TreeSet<>(edges.getOrDefault(from, Set.of()));
            to.retainAll(cycle);
            within.put(from, to);
        }
        return within;
    }
}
