package io.hubfleet.helm.jupyterhub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hubfleet.cloud.NodeRole;
import io.hubfleet.cloud.Taint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tolerations follow the taints the pools carry: every toleration in the components' baseline values is of a
 * taint hubfleet's pools have (NodeRole, Taint.GPU) or AKS puts on spot nodes (Taint.AKS_SPOT), in the
 * underscore spelling the pools use or the slash spelling the charts also tolerate; and the pods meant for a
 * role's nodes tolerate that role's taint. Changing a taint in NodeRole fails here until the values follow.
 */
class TolerationsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void daskPodsTolerateTheTaintsOfTheRolesTheyRunOn() throws Exception {
        JsonNode dask = YAML.readTree(Path.of("components", "dask-gateway", "values.yaml").toFile());
        JsonNode schedulers = dask.at("/gateway/backend/scheduler/extraPodConfig/tolerations");
        JsonNode workers = dask.at("/gateway/backend/worker/extraPodConfig/tolerations");
        assertThat(tolerated(schedulers)).contains(spec(NodeRole.USER.taint().orElseThrow()), spec(Taint.AKS_SPOT));
        assertThat(tolerated(workers)).contains(spec(NodeRole.DASK_WORKER.taint().orElseThrow()), spec(Taint.AKS_SPOT));
        assertThat(tolerated(schedulers)).allSatisfy(t -> assertThat(known()).contains(t));
        assertThat(tolerated(workers)).allSatisfy(t -> assertThat(known()).contains(t));
    }

    @Test
    void userPodsTolerateOnlyKnownTaints() throws Exception {
        JsonNode hub = YAML.readTree(Path.of("components", "hub", "values.yaml").toFile());
        assertThat(tolerated(hub.at("/singleuser/extraTolerations"))).containsExactly(spec(Taint.AKS_SPOT));
        List<String> gpu = new ArrayList<>();
        ProfileValues.gpuTolerations().forEach(t -> gpu.add(toleration(t)));
        assertThat(gpu).contains(spec(NodeRole.USER.taint().orElseThrow()), spec(Taint.AKS_SPOT),
                Taint.GPU.key() + ":Exists:" + Taint.GPU.effect().kubernetesName());
        assertThat(gpu).allSatisfy(t -> assertThat(known()).contains(t));
    }

    /** Every toleration a pod may carry: each taint, in both spellings, and the GPU key with any value. */
    private static List<String> known() {
        List<String> known = new ArrayList<>();
        List<Taint> taints = new ArrayList<>(List.of(Taint.GPU, Taint.AKS_SPOT));
        for (NodeRole role : NodeRole.values()) {
            role.taint().ifPresent(taints::add);
        }
        for (Taint taint : taints) {
            known.add(spec(taint));
            known.add(spec(new Taint(taint.key().replace('_', '/'), taint.value(), taint.effect())));
        }
        known.add(Taint.GPU.key() + ":Exists:" + Taint.GPU.effect().kubernetesName());
        return known;
    }

    private static List<String> tolerated(JsonNode tolerations) {
        List<String> out = new ArrayList<>();
        tolerations.forEach(t -> out.add(toleration(t)));
        assertThat(out).as("tolerations").isNotEmpty();
        return out;
    }

    private static String toleration(JsonNode t) {
        return t.path("operator").asText().equals("Exists")
                ? t.path("key").asText() + ":Exists:" + t.path("effect").asText()
                : t.path("key").asText() + "=" + t.path("value").asText() + ":" + t.path("effect").asText();
    }

    private static String spec(Taint taint) {
        return taint.spec();
    }
}
