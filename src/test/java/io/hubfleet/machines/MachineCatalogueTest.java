package io.hubfleet.machines;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.hubfleet.config.portable.Cloud;
import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;

class MachineCatalogueTest {

    @ParameterizedTest(name = "{0}: {1} vCPU / {2} GiB -> {3}")
    @CsvSource({
            "GCP,   2, 16,  n2-highmem-2",
            "GCP,   4, 32,  n2-highmem-4",
            "GCP,   3, 20,  n2-highmem-4",
            "GCP,   4, 40,  n2-highmem-8",
            "GCP,  16, 128, n2-highmem-16",
            "AWS,   2, 16,  r6i.large",
            "AWS,   4, 32,  r6i.xlarge",
            "AWS,   3, 20,  r6i.xlarge",
            "AWS,  16, 128, r6i.4xlarge",
            "AZURE, 2, 16,  Standard_E2s_v5",
            "AZURE, 4, 32,  Standard_E4s_v5",
            "AZURE, 18, 150, Standard_E20s_v5",
            "AZURE, 16, 128, Standard_E16s_v5"})
    void portableSizesResolveToTheSmallestFittingMemoryOptimisedType(Cloud cloud, int cpu, double memoryGiB,
                                                                      String expected) {
        ResolvedMachine resolved = MachineCatalogue.of(cloud).resolve(new MachineSpec(cpu, memoryGiB), null, null, false);

        assertThat(resolved.type().name()).isEqualTo(expected);
        assertThat(resolved.hasGpu()).isFalse();
    }

    @Test
    void theSamePortableSizeIsTheSameShapeOnEveryCloud() {
        MachineSpec size = new MachineSpec(8, 64);
        for (Cloud cloud : Cloud.values()) {
            MachineType type = MachineCatalogue.of(cloud).resolve(size, null, null, false).type();
            assertThat(type.cpu()).as(cloud + " cpu").isEqualTo(8);
            assertThat(type.memoryGiB()).as(cloud + " memory").isEqualTo(64);
        }
    }

    @Test
    void gcpAttachesAGpuToTheSmallestGeneralPurposeHost() {
        ResolvedMachine resolved = MachineCatalogue.of(Cloud.GCP)
                .resolve(new MachineSpec(4, 15), null, new GpuSpec("nvidia-tesla-t4", 1), false);

        assertThat(resolved.type().name()).isEqualTo("n1-standard-4");
        assertThat(resolved.gpu()).isEqualTo(new GpuSpec("nvidia-tesla-t4", 1));
        assertThat(resolved.gpuAttached()).isTrue();
    }

    @Test
    void gcpUsesBuiltInGpusWhereTheTypeHasThem() {
        ResolvedMachine resolved = MachineCatalogue.of(Cloud.GCP)
                .resolve(new MachineSpec(4, 16), null, new GpuSpec("nvidia-l4", 1), false);

        assertThat(resolved.type().name()).isEqualTo("g2-standard-4");
        assertThat(resolved.gpuAttached()).isFalse();
    }

    @Test
    void awsAndAzureFindTheSameGpuBuiltIn() {
        GpuSpec t4 = new GpuSpec("nvidia-tesla-t4", 1);
        assertThat(MachineCatalogue.of(Cloud.AWS).resolve(new MachineSpec(4, 15), null, t4, false).type().name())
                .isEqualTo("g4dn.xlarge");
        assertThat(MachineCatalogue.of(Cloud.AZURE).resolve(new MachineSpec(4, 15), null, t4, false).type().name())
                .isEqualTo("Standard_NC4as_T4_v3");
    }

    @Test
    void aPinnedTypeWithBuiltInGpusImpliesThem() {
        ResolvedMachine resolved = MachineCatalogue.of(Cloud.AWS).resolve(null, "g5.xlarge", null, false);

        assertThat(resolved.gpu()).isEqualTo(new GpuSpec("nvidia-a10g", 1));
    }

    @Test
    void awsSpotPoolsGetTypesOfEqualSizeFromOtherFamilies() {
        ResolvedMachine resolved = MachineCatalogue.of(Cloud.AWS).resolve(new MachineSpec(4, 32), null, null, true);

        assertThat(resolved.allTypeNames()).containsExactly("r6i.xlarge", "r5.xlarge", "r6a.xlarge", "r5a.xlarge",
                "r7i.xlarge");
        assertThat(resolved.spotAlternates()).allSatisfy(t -> assertThat(t.sameSizeAs(resolved.type())).isTrue());
    }

    @Test
    void onDemandPoolsGetNoAlternates() {
        assertThat(MachineCatalogue.of(Cloud.AWS).resolve(new MachineSpec(4, 32), null, null, false).spotAlternates())
                .isEmpty();
    }

    @Test
    void tooLargeASizeIsRefusedWithTheLargest() {
        assertThatThrownBy(() -> MachineCatalogue.of(Cloud.AZURE).resolve(new MachineSpec(200, 16), null, null, false))
                .isInstanceOfSatisfying(MachineResolutionException.class,
                        e -> assertThat(e.allowed()).contains("Standard_E96s_v5"));
    }

    @Test
    void aGpuCountAboveWhatAHostTakesIsRefused() {
        assertThatThrownBy(() -> MachineCatalogue.of(Cloud.GCP)
                .resolve(null, "n1-standard-8", new GpuSpec("nvidia-tesla-t4", 8), false))
                .isInstanceOfSatisfying(MachineResolutionException.class,
                        e -> assertThat(e.problem()).isEqualTo("n1-standard-8 takes at most 4 nvidia-tesla-t4"));
    }
}
