package io.hubfleet.components;

import io.hubfleet.config.hub.EventRoom;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.helm.jupyterhub.UserPool;
import io.hubfleet.machines.Allocatable;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's room and schedules, and the job's script run by sh with stand-ins for date and curl. */
class EventPlaceholdersTest {

    static final UserPool POOL = new UserPool("user", "n2-highmem-4", new Allocatable(3.46, 27.0), null,
            Map.of("hubfleet.io/pool", "user"), false);

    static HubConfig hub(String events) {
        return Stacks.read(Stacks.GCP_WITH_HUB + events).hubs().get(0);
    }

    @Test
    void aGeneratedProfilesRoomIsNodeSizedPlaceholdersOfItsSmallestChoice() {
        HubConfig hub = hub("""
                      events:
                        - {name: class, start: "2027-03-15T09:00:00-05:00", end: "2027-03-15T12:00:00-05:00", expectedUsers: 60, profile: user}
                """);
        EventPlaceholders.Plan plan = EventPlaceholders.plans(hub, List.of(POOL)).get(0);
        // 27 GiB / 16 = 1.6875 GiB and 0.21 CPU a user: 16 a node by memory (CPU would allow 16 too).
        assertThat(EventRoom.smallestShare(POOL.allocatable())).isEqualTo(new EventRoom.PerUser(0.21, 1.6875));
        assertThat(plan.room().usersPerNode()).isEqualTo(16);
        assertThat(plan.room().nodes()).isEqualTo(4);
        assertThat(plan.room().podMemoryMiB()).isEqualTo(16 * 1728).isLessThanOrEqualTo((long) (27.0 * 1024));
        assertThat(plan.room().podCpu()).isEqualTo(3.36).isLessThanOrEqualTo(3.46);
        assertThat(plan.deployment()).isEqualTo("event-class");
        assertThat(plan.nodeSelector()).isEqualTo(POOL.nodeSelector());
        // 09:00 at -05:00 is 14:00 UTC; an hour's lead: 13:00.
        assertThat(plan.upSchedule()).isEqualTo("0 13 15 3 *");
        assertThat(plan.downSchedule()).isEqualTo("0 17 15 3 *");
    }

    /** The room of a generated profile is the choice ProfileValues preselects, on every machine of every cloud. */
    @Test
    void theSmallestShareIsTheGeneratedProfilesPreselectedChoice() {
        for (io.hubfleet.config.portable.Cloud cloud : io.hubfleet.config.portable.Cloud.values()) {
            for (io.hubfleet.machines.MachineType type : io.hubfleet.machines.MachineCatalogue.of(cloud).types()) {
                Allocatable room = Allocatable.of(cloud, type);
                if (room.memoryGiB() < 1) {
                    continue;
                }
                UserPool pool = new UserPool("p", type.name(), room, null, Map.of(), false);
                com.fasterxml.jackson.databind.JsonNode choices = io.hubfleet.helm.jupyterhub.ProfileValues
                        .generated(List.of(pool)).at("/0/profile_options/resources/choices");
                com.fasterxml.jackson.databind.JsonNode preselected = null;
                for (com.fasterxml.jackson.databind.JsonNode choice : choices) {
                    if (choice.path("default").asBoolean()) {
                        preselected = choice.path("kubespawner_override");
                    }
                }
                EventRoom.PerUser share = EventRoom.smallestShare(room);
                assertThat(preselected).as(cloud + " " + type.name()).isNotNull();
                assertThat(preselected.path("mem_guarantee").asText()).as(cloud + " " + type.name())
                        .isEqualTo(io.hubfleet.helm.Quantities.memory(share.memoryGiB()));
                assertThat(preselected.path("cpu_guarantee").asDouble()).as(cloud + " " + type.name()).isEqualTo(share.cpu());
            }
        }
    }

    @Test
    void aDeclaredProfilesGuaranteeSizesTheRoomAndTheLeadCanCrossAYear() {
        HubConfig hub = hub("""
                      profiles:
                        - {name: big, displayName: Big, pool: user, memoryGuaranteeGiB: 8, cpuGuarantee: 1}
                      events:
                        - {name: new-year, start: "2027-01-01T00:30:00Z", end: "2027-01-01T02:00:00Z", expectedUsers: 7, profile: big, leadMinutes: 90}
                """);
        EventPlaceholders.Plan plan = EventPlaceholders.plans(hub, List.of(POOL)).get(0);
        assertThat(plan.room().usersPerNode()).as("3 × 8 GiB of 27, 3 of 3.46 CPU").isEqualTo(3);
        assertThat(plan.room().nodes()).isEqualTo(3);
        assertThat(plan.room().podMemoryMiB()).isEqualTo(3 * 8 * 1024);
        assertThat(plan.up()).isEqualTo(OffsetDateTime.parse("2026-12-31T23:00:00Z"));
        assertThat(plan.upSchedule()).isEqualTo("0 23 31 12 *");
        assertThat(plan.up().getYear()).as("the up job checks the year it fires in").isEqualTo(2026);
    }

    @Test
    void theJobPatchesTheScaleOnlyInTheEventsYear(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // date -u +%Y answers $FAKE_YEAR; curl records its arguments.
        script(bin.resolve("date"), "#!/bin/sh\necho \"$FAKE_YEAR\"\n");
        script(bin.resolve("curl"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > \"$CURL_LOG\"\n");
        Path log = dir.resolve("curl.log");

        String other = run(bin, log, "2028");
        assertThat(other).contains("it is 2028, the event's up at 2027-03-15T13:00Z is in 2027: nothing to do");
        assertThat(log).doesNotExist();

        String same = run(bin, log, "2027");
        assertThat(same).contains("event-class: up at 2027-03-15T13:00Z, scaled to 4");
        List<String> args = Files.readAllLines(log);
        assertThat(args).containsSequence("-X", "PATCH", "-d", "{\"spec\":{\"replicas\":4}}")
                .contains("https://kubernetes.default.svc/apis/apps/v1/namespaces/alpha/deployments/event-class/scale")
                .contains("Content-Type: application/merge-patch+json")
                .contains("--fail-with-body")
                .contains("--cacert");
    }

    private static String run(Path bin, Path log, String year) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", EventPlaceholders.SCRIPT).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("FAKE_YEAR", year);
        env.put("CURL_LOG", log.toString());
        env.put("EVENT_YEAR", "2027");
        env.put("ACTION", "up at 2027-03-15T13:00Z");
        env.put("REPLICAS", "4");
        env.put("NAMESPACE", "alpha");
        env.put("DEPLOYMENT", "event-class");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // The token file is absent here: cat fails inside the substitution, which set -e does not see; curl is stubbed.
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static void script(Path path, String text) throws Exception {
        Files.writeString(path, text);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
