package io.hubfleet.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HelmValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void laterLayersWinMappingsMergeAndListsAreReplaced() throws Exception {
        ObjectNode merged = HelmValues.layer(List.of(
                json("{\"a\": {\"x\": 1, \"y\": [1, 2]}, \"b\": 1}"),
                json("{\"a\": {\"y\": [3], \"z\": true}}"),
                json("{\"a\": {\"x\": 9}}")));

        assertThat(merged).isEqualTo(json("{\"a\": {\"x\": 9, \"y\": [3], \"z\": true}, \"b\": 1}"));
    }

    @Test
    void aNullRemovesTheKeyButReachesHelmToRemoveTheChartDefault() throws Exception {
        ObjectNode ours = HelmValues.layer(List.of(json("{\"a\": {\"x\": 1}}"), json("{\"a\": {\"x\": null}}")));
        assertThat(ours).isEqualTo(json("{\"a\": {\"x\": null}}"));

        ObjectNode rendered = HelmValues.overChartDefaults(json("{\"a\": {\"x\": 5, \"keep\": 1}}"), ours);
        assertThat(rendered).isEqualTo(json("{\"a\": {\"keep\": 1}}"));
    }

    @Test
    void layeringLeavesItsInputsAlone() throws Exception {
        ObjectNode base = json("{\"a\": {\"x\": 1}}");
        HelmValues.layer(List.of(base, json("{\"a\": {\"x\": 2}}")));
        assertThat(base).isEqualTo(json("{\"a\": {\"x\": 1}}"));
    }

    @Test
    void quantitiesRoundDownSoSharesFit() {
        assertThat(Quantities.memory(3.5)).isEqualTo("3584M");
        assertThat(Quantities.memory(1.7399)).isEqualTo("1781M");
        assertThat(Quantities.cpu(3.829)).isEqualTo(3.82);
        assertThat(Quantities.gibForPeople(13.96)).isEqualTo("13.9");
        assertThat(Quantities.gibForPeople(8.0)).isEqualTo("8");
    }

    @Test
    void chartsArePinnedInComponents() {
        HelmChart hub = HelmChart.load("hub");
        assertThat(hub.chart()).isEqualTo("jupyterhub");
        assertThat(hub.version()).isEqualTo("4.4.0");
        assertThat(hub.repository()).isEqualTo("https://hub.jupyter.org/helm-chart/");
        HelmChart dask = HelmChart.load("dask-gateway");
        assertThat(dask.version()).isEqualTo("2026.3.0");
        assertThat(dask.repository()).isEqualTo("https://helm.dask.org/");
    }
}
