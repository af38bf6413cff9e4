package io.hubfleet.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.hubfleet.components.PreviousDeployment;
import io.hubfleet.helm.HelmChart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CRDs never upgrade by themselves: Helm installs a chart's {@code crds/} folder on the first install and
 * leaves it alone on every upgrade (helm.sh/docs/chart_best_practices/custom_resource_definitions), so a
 * chart bump would run new controllers against old CRDs. The stack exports the version of each installed
 * chart that ships CRDs ({@code crdCharts}); when a run would install another version than the last
 * deployment did, it is refused with the command that applies the new CRDs, until the operator says
 * they are applied: {@code HUBFLEET_CRDS_APPLIED=envoy-gateway@v1.10.0} (comma-separated) for that run.
 * Offline there is no previous deployment, so plans never refuse.
 */
final class CrdUpgradeGuard {

    static final String OUTPUT = "crdCharts";
    static final String APPLIED_VARIABLE = "HUBFLEET_CRDS_APPLIED";

    private CrdUpgradeGuard() {
    }

    /** Refuses an unapplied CRD upgrade, then exports the installed versions. */
    static void check(Context ctx, PreviousDeployment last, String stack, Map<String, HelmChart> charts) {
        Map<String, String> previous = last.strings(OUTPUT);
        List<String> refused = refusals(previous, charts, applied(System.getenv(APPLIED_VARIABLE)));
        if (!refused.isEmpty()) {
            throw new IllegalStateException("the stack " + stack + " would upgrade charts whose CRDs Helm never "
                    + "upgrades (docs/upgrading.md#charts-that-ship-crds):\n  " + String.join("\n  ", refused));
        }
        Map<String, String> versions = new TreeMap<>();
        charts.forEach((component, chart) -> versions.put(component, chart.version()));
        ctx.export(OUTPUT, Output.of(versions));
    }

    /** What to tell the operator for each chart whose version changed without its CRDs applied. */
    static List<String> refusals(Map<String, String> previous, Map<String, HelmChart> charts, Set<String> applied) {
        List<String> refused = new ArrayList<>();
        new TreeMap<>(charts).forEach((component, chart) -> {
            String before = previous.get(component);
            if (before != null && !before.equals(chart.version()) && !applied.contains(component + "@" + chart.version())) {
                refused.add(component + " " + before + " -> " + chart.version() + ": apply its CRDs first, with\n    "
                        + chart.crdUpgradeCommand() + "\n  then run again with " + APPLIED_VARIABLE + "=" + component
                        + "@" + chart.version());
            }
        });
        return refused;
    }

    static Set<String> applied(String variable) {
        if (variable == null || variable.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(variable.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
