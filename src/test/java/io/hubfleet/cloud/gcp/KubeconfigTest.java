package io.hubfleet.cloud.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hubfleet.cloud.Kubeconfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KubeconfigTest {

    @Test
    void authenticatesThroughAnExecPluginWithNoStaticCredential() throws Exception {
        String text = new Kubeconfig("c1", "https://203.0.113.9", "Q0E=",
                new Kubeconfig.Exec("gke-gcloud-auth-plugin", List.of(), "install it")).render();
        JsonNode config = new YAMLMapper().readTree(text);

        assertThat(config.at("/clusters/0/cluster/server").asText()).isEqualTo("https://203.0.113.9");
        assertThat(config.at("/clusters/0/cluster/certificate-authority-data").asText()).isEqualTo("Q0E=");
        assertThat(config.at("/current-context").asText()).isEqualTo("c1");
        JsonNode user = config.at("/users/0/user");
        assertThat(user.at("/exec/command").asText()).isEqualTo("gke-gcloud-auth-plugin");
        assertThat(user.has("token")).isFalse();
        assertThat(user.has("client-key-data")).isFalse();
        assertThat(user.has("password")).isFalse();
    }

    @Test
    void rendersTheSameTextEveryTime() {
        Kubeconfig kubeconfig = new Kubeconfig("c", "https://x", "y", new Kubeconfig.Exec("aws", List.of("eks"), "h"));
        assertThat(kubeconfig.render()).isEqualTo(kubeconfig.render());
    }
}
