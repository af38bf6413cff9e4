package io.hubfleet.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A secret set where something else belongs is reported without its value, offline and in a deployment. */
class SecretRedactionTest {

    @Test
    void offlineTheEncryptedValueNeverReachesTheReport() {
        String misplaced = Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{kubernetesVersion: \"1.33\", zones: [{secure: v1:c2VjcmV0}]}");
        // Refused twice: a secret where hubfleet takes none, and not a zone; the value is in neither.
        assertThat(Stacks.report(misplaced)).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("hubfleet:cluster.zones[0]: \"[secret]\" is not"))
                .anySatisfy(line -> assertThat(line).startsWith("hubfleet:cluster.zones[0]: a secret (secure:) where"))
                .allSatisfy(line -> assertThat(line).doesNotContain(RawStackConfig.ENCRYPTED_PLACEHOLDER));
    }

    @Test
    void inADeploymentValuesUnderSecretKeysAreMasked() throws Exception {
        ObjectNode config = (ObjectNode) new ObjectMapper().readTree("""
                {"hubfleet:cloud": "gcp", "hubfleet:region": "us-central1", "hubfleet:zone": "us-central1-b",
                 "hubfleet:account": {"id": "test-project"},
                 "hubfleet:cluster": {"kubernetesVersion": "1.33", "zones": ["the-real-password"]}}""");
        ObjectNode document = new ObjectMapper().createObjectNode();
        document.set("config", config);
        RawStackConfig raw = new RawStackConfig("test", "the program's environment", document, Set.of(),
                Set.of("hubfleet:cluster"), true);
        assertThatThrownBy(() -> StackConfigReader.read(raw)).isInstanceOf(InvalidStackConfigException.class)
                .satisfies(e -> assertThat(((InvalidStackConfigException) e).report())
                        .contains("hubfleet:cluster.zones[0]: \"[secret]\"").doesNotContain("the-real-password"));
    }
}
