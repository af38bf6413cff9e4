package io.hubfleet.machines;

import io.hubfleet.config.portable.Cloud;
import io.hubfleet.render.MeasuredCapacity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The machine catalogue's measured figures are 2i2c's (../shared/upstream/2i2c-resource-allocation), and
 * the formula used for types 2i2c did not measure reproduces every measured one, never promising more.
 */
class MachineCatalogueMeasurementsTest {

    @Test
    void theCataloguesMeasuredFiguresAre2i2cs() {
        Assumptions.assumeTrue(MeasuredCapacity.present(), "skipped: 2i2c's measurements are not in "
                + MeasuredCapacity.class.getSimpleName());
        List<String> checked = new ArrayList<>();
        for (Cloud cloud : Cloud.values()) {
            MachineCatalogue catalogue = MachineCatalogue.of(cloud);
            for (String name : MeasuredCapacity.measuredTypes()) {
                catalogue.find(name).ifPresent(type -> {
                    Allocatable measured = MeasuredCapacity.allocatable(name).orElseThrow();
                    assertThat(type.measured()).as(name).isEqualTo(measured);
                    checked.add(name);
                });
            }
            for (MachineType type : catalogue.types()) {
                if (type.measured() != null) {
                    assertThat(MeasuredCapacity.allocatable(type.name())).as(type.name() + " is measured").isPresent();
                }
            }
            Allocatable daemonSets = MeasuredCapacity.daemonSets(cloud);
            assertThat(catalogue.daemonSetRequests().cpu()).as(cloud + " DaemonSet CPU").isCloseTo(daemonSets.cpu(), within(1e-9));
            assertThat(catalogue.daemonSetRequests().memoryGiB()).as(cloud + " DaemonSet memory")
                    .isCloseTo(daemonSets.memoryGiB(), within(1e-9));
        }
        assertThat(checked).contains("n2-highmem-4", "r5.xlarge", "Standard_E8s_v5");
    }

    @Test
    void theFormulaReproducesEveryMeasuredTypeClosely_neverPromisingMore() {
        Assumptions.assumeTrue(MeasuredCapacity.present(), "skipped: 2i2c's measurements are not here");
        for (Cloud cloud : Cloud.values()) {
            for (MachineType type : MachineCatalogue.of(cloud).types()) {
                if (type.measured() == null) {
                    continue;
                }
                MachineType unmeasured = new MachineType(type.name(), type.family(), type.cpu(), type.memoryGiB(),
                        type.gpu(), null, type.maxPods());
                Allocatable formula = Allocatable.kubeletAllocatable(cloud, unmeasured);
                assertThat(formula.memoryGiB()).as(type.name() + " memory").isCloseTo(type.measured().memoryGiB(), within(Math.max(0.6, 0.01 * type.memoryGiB())))
                        .isLessThanOrEqualTo(type.measured().memoryGiB() + 0.02);
                assertThat(formula.cpu()).as(type.name() + " CPU").isCloseTo(type.measured().cpu(), within(0.011));
            }
        }
    }
}
