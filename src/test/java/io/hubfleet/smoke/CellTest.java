package io.hubfleet.smoke;

import org.junit.jupiter.api.Test;

import io.hubfleet.config.portable.Cloud;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells: which run for a cloud, and the budget each is given inside the smoke test's wait. */
class CellTest {

    @Test
    void theCloudsScratchCellFollowsTheSharedPartAndDaskOnlyWhenOn() {
        assertThat(Cell.forRun(Cloud.AZURE, false)).extracting(Cell::step).containsExactly("home directory", "scratch bucket");
        assertThat(Cell.forRun(Cloud.AZURE, false).get(1).files()).containsExactly("scratch.py", "scratch-azure.py");
        assertThat(Cell.forRun(Cloud.GCP, true)).extracting(Cell::step).containsExactly("home directory", "scratch bucket", "dask");
    }

    @Test
    void aCellGetsALittleLessThanTheWaitForIt() {
        Cell home = Cell.forRun(Cloud.GCP, false).get(0);
        assertThat(home.code(Duration.ofSeconds(600))).startsWith(Cell.source("home.py")).endsWith("\nsmoke(timeout_seconds=540)\n");
        assertThat(home.code(Duration.ofSeconds(30))).endsWith("\nsmoke(timeout_seconds=25)\n");
        assertThat(home.code(Duration.ofSeconds(1))).endsWith("\nsmoke(timeout_seconds=1)\n");
    }
}
