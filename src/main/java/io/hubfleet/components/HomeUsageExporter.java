package io.hubfleet.components;

import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.CapabilitiesArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerPortArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * How much each user keeps at home, as Prometheus metrics: Yuvi Panda's prometheus-dirsize-exporter
 * walking the hub's home volume, read-only, at most 250 I/O operations a second, every two hours, the
 * way 2i2c runs it on every hub (2i2c-org/infrastructure at 9ad7cd0f,
 * helm-charts/basehub/templates/home-dirsize-reporter.yaml). It exports {@code dirsize_total_size_bytes}
 * and friends per user directory; its {@code component: shared-dirsize-metrics} label is the one
 * jupyterhub/grafana-dashboards' usage panels select. Prometheus finds it by its scrape annotations.
 * It runs as the users' uid (the NFS server squashes every client to it), unprivileged, on the core pool.
 */
final class HomeUsageExporter {

    static final String NAME = "home-usage";
    static final String IMAGE = "quay.io/yuvipanda/prometheus-dirsize-exporter:v3.3";
    static final int PORT = 8000;
    /** The user and group every home file belongs to (z2jh's jovyan: 1000, "users" 100). */
    static final int USER_ID = 1000;
    /** 2i2c's requests for it: it may take a while, as long as it costs little. */
    static final int CPU_MILLIS = 10;
    static final int MEMORY_MIB = 128;

    private HomeUsageExporter() {
    }

    static Deployment create(String name, String namespace, String claimName, CustomResourceOptions options) {
        Map<String, String> labels = Map.of("app", "jupyterhub", "component", "shared-dirsize-metrics");
        return new Deployment(name, DeploymentArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(NAME).namespace(namespace).labels(labels).build())
                .spec(DeploymentSpecArgs.builder()
                        .replicas(1)
                        .selector(LabelSelectorArgs.builder().matchLabels(labels).build())
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder()
                                        .labels(labels)
                                        .annotations(Map.of("prometheus.io/scrape", "true",
                                                "prometheus.io/port", String.valueOf(PORT)))
                                        .build())
                                .spec(PodSpecArgs.builder()
                                        .nodeSelector(Map.of("hub.jupyter.org/node-purpose", "core"))
                                        .automountServiceAccountToken(false)
                                        .securityContext(PodSecurityContextArgs.builder()
                                                .runAsNonRoot(true)
                                                .runAsUser(USER_ID)
                                                .runAsGroup(100)
                                                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build())
                                                .build())
                                        .containers(ContainerArgs.builder()
                                                .name("dirsize-exporter")
                                                .image(IMAGE)
                                                .args(List.of("dirsize-exporter", "/shared-volume", "250", "120",
                                                        "--port=" + PORT, "--disable-total-size"))
                                                .ports(ContainerPortArgs.builder().name("metrics")
                                                        .containerPort(PORT).protocol("TCP").build())
                                                .resources(ResourceRequirementsArgs.builder()
                                                        .requests(Map.of("cpu", CPU_MILLIS + "m", "memory", MEMORY_MIB + "Mi"))
                                                        .limits(Map.of("cpu", "50m", "memory", "512Mi"))
                                                        .build())
                                                .securityContext(SecurityContextArgs.builder()
                                                        .allowPrivilegeEscalation(false)
                                                        .capabilities(CapabilitiesArgs.builder().drop("ALL").build())
                                                        .build())
                                                .volumeMounts(VolumeMountArgs.builder().name("homes")
                                                        .mountPath("/shared-volume").readOnly(true).build())
                                                .build())
                                        .volumes(VolumeArgs.builder().name("homes")
                                                .persistentVolumeClaim(PersistentVolumeClaimVolumeSourceArgs.builder()
                                                        .claimName(claimName).readOnly(true).build())
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build(), options);
    }
}
