package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events and environment refused with the key, the problem and what is allowed; none compares with the clock. */
class HubEventRulesTest {

    static List<ConfigProblem> problems(String hubKeys) {
        return Stacks.problems(yaml(hubKeys));
    }

    static String yaml(String hubKeys) {
        return (Stacks.GCP_WITH_HUB.replace("- {name: user, purpose: user,",
                "- {name: gpu, purpose: user, machine: {cpu: 4, memoryGiB: 15}, gpu: {type: nvidia-tesla-t4}, max: 2}\n"
                        + "    - {name: user, purpose: user,") + hubKeys);
    }

    static String render(List<ConfigProblem> problems) {
        return problems.stream().map(p -> p.path() + ": " + p.problem() + " | " + p.allowed()).toList().toString();
    }

    @Test
    void aValidEventInThePastIsAccepted() {
        assertThat(Stacks.read(yaml("""
                      events:
                        - {name: old-class, start: "2001-03-15T09:00:00-05:00", end: "2001-03-15T12:00:00-05:00", expectedUsers: 30, profile: user}
                """)).hubs().get(0).events()).hasSize(1);
    }

    @Test
    void windowsNeedOffsetsAnEndAfterTheStartAndAtMostAFortnight() {
        String report = render(problems("""
                      events:
                        - {name: a, start: "2027-03-15T09:00:00", end: "2027-03-15T12:00:00Z", expectedUsers: 3, profile: user}
                        - {name: b, start: "2027-03-15T09:00:00Z", end: "2027-03-15T09:00:00Z", expectedUsers: 3, profile: user}
                        - {name: c, start: "2027-03-01T09:00:00Z", end: "2027-04-01T09:00:00Z", expectedUsers: 3, profile: user}
                        - {name: c, start: "2027-03-01T09:00:00Z", end: "2027-03-01T10:00:00Z", expectedUsers: 3, profile: user}
                """));
        assertThat(report)
                .contains("hubfleet:hubs[0].events[0].start: \"2027-03-15T09:00:00\" is not a time with an offset | ISO 8601 with an offset")
                .contains("hubfleet:hubs[0].events[1].end: 2027-03-15T09:00:00Z is not after the start")
                .contains("hubfleet:hubs[0].events[2].end: the window is 31 days long | at most 14 days after the start")
                .contains("hubfleet:hubs[0].events[3].name: \"c\" is already the name of events[2]");
    }

    @Test
    void theProfileMustBeOneTheHubOffersOffGpusWithRoomInItsPool() {
        String report = render(problems("""
                      events:
                        - {name: a, start: "2027-03-15T09:00:00Z", end: "2027-03-15T12:00:00Z", expectedUsers: 3, profile: usr}
                        - {name: b, start: "2027-03-15T09:00:00Z", end: "2027-03-15T12:00:00Z", expectedUsers: 3, profile: gpu}
                        - {name: c, start: "2027-03-15T09:00:00Z", end: "2027-03-15T12:00:00Z", expectedUsers: 500, profile: user}
                """));
        assertThat(report)
                .contains("hubfleet:hubs[0].events[0].profile: \"usr\" is not a profile of the hub | one of gpu, user (generated profiles are named after the user pools)")
                .contains("hubfleet:hubs[0].events[1].profile: \"gpu\" runs on the GPU pool gpu: events do not hold GPU nodes")
                .containsPattern("events\\[2]\\.expectedUsers: 500 users of user need 32 nodes of pool user \\(16 a node\\), and it has at most 10 \\| at most 160 users");
    }

    @Test
    void declaredProfilesAreNamedByTheirNames() {
        String report = render(problems("""
                      profiles:
                        - {name: big, displayName: Big, pool: user, memoryGuaranteeGiB: 8}
                      events:
                        - {name: a, start: "2027-03-15T09:00:00Z", end: "2027-03-15T12:00:00Z", expectedUsers: 3, profile: user}
                        - {name: b, start: "2027-03-15T09:00:00Z", end: "2027-03-15T12:00:00Z", expectedUsers: 31, profile: big}
                """));
        assertThat(report).contains("events[0].profile: \"user\" is not a profile of the hub | one of big")
                .contains("events[1].expectedUsers: 31 users of big need 11 nodes of pool user (3 a node)");
    }

    @Test
    void brandingLinksAreHttpsOnly() {
        List<ConfigProblem> found = problems("""
                      environment:
                        branding: {name: Lab, logoUrl: "javascript:alert(1)", links: [{text: x, url: "http://plain.example.org"}], support: "not an address"}
                """);
        assertThat(found).extracting(p -> p.path().toString()).contains(
                "hubfleet:hubs[0].environment.branding.logoUrl", "hubfleet:hubs[0].environment.branding.links[0].url",
                "hubfleet:hubs[0].environment.branding.support");
    }
}
