package io.hubfleet.config;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackConfigReaderTest {

    @Test
    void readsTheExampleWithEveryDefaultResolved() {
        StackConfig config = StackConfigReader.read(StackFile.read(Stacks.exampleFile("demo-gcp")));

        assertThat(config.stack()).isEqualTo("demo-gcp");
        assertThat(config.cloud()).isEqualTo(Cloud.GCP);
        assertThat(config.zone()).contains("us-central1-b");
        assertThat(config.cluster().name()).as("cluster named after the stack").isEqualTo("demo-gcp");
        assertThat(config.cluster().maintenanceWindow().days()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(config.cluster().maintenanceWindow().durationHours()).isEqualTo(8);
        assertThat(config.cluster().apiAuthorizedCidrs()).containsExactly("0.0.0.0/0");
        assertThat(config.cluster().network().podCidr()).isEqualTo("10.16.0.0/12");
        assertThat(config.nodePools()).extracting(NodePoolConfig::name).containsExactly("user-m", "user-l", "gpu", "dask");
        NodePoolConfig dask = config.nodePools().get(3);
        assertThat(dask.purpose()).isEqualTo(PoolPurpose.DASK_WORKER);
        assertThat(dask.min()).as("pools scale to zero by default").isZero();
        assertThat(dask.spot()).isTrue();
        assertThat(dask.diskSizeGiB()).isEqualTo(100);
        assertThat(dask.labels()).isEmpty();
        assertThat(config.hubs()).extracting(h -> h.name()).containsExactly("staging", "prod");
        assertThat(config.hubs().get(1).dask().enabled()).isTrue();
        assertThat(config.homeStorage().backups().retentionDays()).isEqualTo(14);
    }

    @Test
    void corePoolIsLeftUnsizedForTheProgramToSizeWithOneToThreeNodes() {
        StackConfig config = Stacks.read(Stacks.GCP);

        CorePoolConfig core = config.cluster().corePool();
        // No size given: the program sizes it by what it runs (CoreWorkloadTest).
        assertThat(core.unsized()).isTrue();
        assertThat(core.machine()).isNull();
        assertThat(core.machineType()).isNull();
        assertThat(core.min()).isEqualTo(1);
        assertThat(core.max()).isEqualTo(3);
    }

    @Test
    void anExplicitClusterNameWinsOverTheStackName() {
        StackConfig config = Stacks.read(Stacks.GCP.replace("{kubernetesVersion: \"1.33\"}",
                "{name: campus, kubernetesVersion: \"1.33\"}"));

        assertThat(config.cluster().name()).isEqualTo("campus");
    }

    @Test
    void readsTheConfigurationPulumiPassesToADeployment() {
        Map<String, String> env = Map.of(
                "PULUMI_STACK", "prod",
                "PULUMI_CONFIG", """
                        {"hubfleet:cloud":"gcp","hubfleet:region":"europe-west4","hubfleet:zone":"europe-west4-a",
                         "hubfleet:account":"{\\"id\\":\\"campus-prod\\"}",
                         "hubfleet:cluster":"{\\"kubernetesVersion\\":\\"1.33\\",\\"regional\\":true}",
                         "hubfleet:nodePools":"[{\\"name\\":\\"u\\",\\"purpose\\":\\"user\\",\\"machineType\\":\\"n2-highmem-8\\",\\"max\\":5}]",
                         "gcp:project":"ignored-by-hubfleet"}""",
                "PULUMI_CONFIG_SECRET_KEYS", "[]");

        StackConfig config = StackConfigReader.read(PulumiEnvironment.read(env));

        assertThat(config.stack()).isEqualTo("prod");
        assertThat(config.region()).isEqualTo("europe-west4");
        assertThat(config.cluster().regional()).isTrue();
        assertThat(config.cluster().name()).isEqualTo("prod");
        assertThat(config.nodePools()).singleElement()
                .satisfies(p -> assertThat(p.machineType()).isEqualTo("n2-highmem-8"));
    }

    @Test
    void encryptedValuesBecomeMarkedPlaceholdersOffline() {
        RawStackConfig raw = Stacks.raw(Stacks.GCP + """
                  other:token:
                    secure: v1:AAAABBBB
                  other:nested:
                    inner: {secure: v1:CCCC}
                """);

        assertThat(raw.secretKeys()).containsExactlyInAnyOrder("other:token", "other:nested");
        assertThat(raw.secretPaths()).containsExactlyInAnyOrder("/config/other:token", "/config/other:nested/inner");
        assertThat(raw.config().get("other:token").asText()).startsWith(RawStackConfig.ENCRYPTED_PLACEHOLDER + "-");
        assertThat(raw.decrypted()).isFalse();
    }

    @Test
    void topLevelScalarsReachTheProgramAsStringsLikePulumiPassesThem() {
        RawStackConfig raw = Stacks.raw(Stacks.GCP.replace("hubfleet:zone: us-central1-b",
                "hubfleet:zone: us-central1-b\n  other:count: 3"));

        assertThat(raw.asPulumiConfig(new com.fasterxml.jackson.databind.ObjectMapper()))
                .containsEntry("other:count", "3")
                .containsEntry("hubfleet:cloud", "gcp")
                .containsEntry("hubfleet:account", "{\"id\":\"test-project\"}");
    }

    @Test
    void otherNamespacesAreLeftToPulumi() {
        StackConfig config = Stacks.read(Stacks.GCP + "  gcp:project: whatever\n  pulumi:tags: {team: x}\n");

        assertThat(config.account().id()).isEqualTo("test-project");
    }

    @Test
    void poolLabelsAreRead() {
        StackConfig config = Stacks.read(Stacks.GCP.replace("max: 10}", "max: 10, labels: {zeta: z, alpha: a}}"));

        assertThat(config.nodePools().get(0).labels()).isEqualTo(Map.of("alpha", "a", "zeta", "z"));
    }
}
