package io.hubfleet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API model refuses what a real API server refuses; these are the cases the suite relies on. */
class KubernetesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String DEPLOYMENT = """
            {'apiVersion': 'apps/v1', 'kind': 'Deployment', 'metadata': {'name': 'hub', 'namespace': 'prod'},
             'spec': {'selector': {'matchLabels': {'app': 'hub'}},
                      'template': {'metadata': {'labels': {'app': 'hub'}},
                                   'spec': {'containers': [{'name': 'hub', 'image': 'hub:1'%s}]}}}}""";

    @Test
    void aWellFormedDeploymentIsAccepted() throws Exception {
        assertThat(KubernetesApi.problems(json(DEPLOYMENT.formatted("")))).isEmpty();
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        assertThat(KubernetesApi.problems(json(DEPLOYMENT.formatted(", 'imagePolicy': 'Always'"))))
                .singleElement().asString().contains("Deployment prod/hub").contains("imagePolicy");
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws Exception {
        String noSelector = DEPLOYMENT.formatted("").replace("'selector': {'matchLabels': {'app': 'hub'}},", "");
        assertThat(KubernetesApi.problems(json(noSelector))).singleElement().asString().contains("selector");
    }

    @Test
    void aKindTheApiDoesNotServeIsRefused() throws Exception {
        assertThat(KubernetesApi.problems(json("{'apiVersion': 'apps/v1', 'kind': 'Deploymint', 'metadata': {'name': 'x'}}")))
                .singleElement().asString().contains("not a kind the Kubernetes API serves");
    }

    @Test
    void aCustomResourceIsCheckedAgainstItsCrd() throws Exception {
        Upstream.assumeCharts();
        String route = """
                {'apiVersion': 'gateway.networking.k8s.io/v1', 'kind': 'HTTPRoute',
                 'metadata': {'name': 'hub', 'namespace': 'prod'},
                 'spec': {'parentRefs': [{'name': 'gateway', 'namespace': 'support'%s}],
                          'rules': [{'backendRefs': [{'name': 'proxy-public', 'port': 80}]}]}}""";
        assertThat(KubernetesApi.problems(json(route.formatted("")))).isEmpty();
        assertThat(KubernetesApi.problems(json(route.formatted(", 'listener': 'https'"))))
                .singleElement().asString().contains("listener");
        assertThat(KubernetesApi.problems(json(route.formatted("").replace("'port': 80", "'port': 'eighty'"))))
                .isNotEmpty();
    }

    @Test
    void aCustomResourceWithoutACrdInThePinnedChartsIsRefused() throws Exception {
        Upstream.assumeCharts();
        assertThat(KubernetesApi.problems(json("{'apiVersion': 'example.org/v1', 'kind': 'Widget', 'metadata': {'name': 'w'}, 'spec': {}}")))
                .singleElement().asString().contains("no CRD");
    }
}
