package io.hubfleet.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.asset.AssetOrArchive;
import com.pulumi.asset.StringAsset;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;

/**
 * A pinned chart installed as a Helm release (a real release: the chart's own generated secrets stay
 * stable across updates). Values go in as a tree; keys the values remove go in as a values file, the
 * one way a null reaches Helm from the Java SDK.
 */
public final class HelmRelease {

    /** Releases keep this many revisions for {@code helm rollback}. */
    static final int MAX_HISTORY = 10;

    private HelmRelease() {
    }

    /**
     * @param resourceName    the Pulumi name
     * @param releaseName     the Helm release's name
     * @param namespace       where it installs
     * @param createNamespace whether Helm creates the namespace
     * @param chart           the pinned chart
     * @param values          the layered values
     * @param timeoutSeconds  how long Helm waits for the release to be ready
     */
    public static Release create(String resourceName, String releaseName, String namespace, boolean createNamespace,
                                 HelmChart chart, Output<ObjectNode> values, int timeoutSeconds,
                                 CustomResourceOptions options) {
        ReleaseArgs.Builder args = ReleaseArgs.builder()
                .name(releaseName)
                .namespace(namespace)
                .createNamespace(createNamespace)
                .chart(chart.chart())
                .version(chart.version())
                .values(values.applyValue(HelmValues::toMap))
                .valueYamlFiles(values.applyValue(v -> HelmValues.nullsAsYaml(v)
                        .map(yaml -> List.<AssetOrArchive>of(new StringAsset(yaml))).orElse(List.of())))
                .allowNullValues(true)
                .timeout(timeoutSeconds)
                .maxHistory(MAX_HISTORY);
        if (!chart.repository().isEmpty()) {
            args.repositoryOpts(RepositoryOptsArgs.builder().repo(chart.repository()).build());
        }
        return new Release(resourceName, args.build(), options);
    }
}
