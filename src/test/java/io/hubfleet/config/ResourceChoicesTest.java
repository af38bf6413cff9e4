package io.hubfleet.config;

import io.hubfleet.testing.Releases;
import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declared profile's sizes users choose from ({@code profiles[].resourceChoices}): exclusive with the
 * profile's own size, each fitting its pool's nodes, named once, at most one marked default, the preselected
 * one open to everyone who sees the profile; events size their room by the preselected choice.
 */
class ResourceChoicesTest {

    static final String PROFILE = """
                  profiles:
                    - name: standard
                      displayName: Standard
                      pool: user
            %s
            """;

    static String hub(String profileKeys) {
        return Stacks.GCP_WITH_HUB + PROFILE.formatted(profileKeys.stripTrailing().indent(10).stripTrailing());
    }

    static final String TWO_CHOICES = """
            resourceChoices:
              - {name: small, displayName: Small, memoryGuaranteeGiB: 4}
              - {name: large, displayName: Large, memoryGuaranteeGiB: 16, allowedGroups: ["example-org:big"]}
            """;

    @Test
    void choicesAreOfferedWithTheirSizes() {
        JsonNode values = Releases.values(Stacks.plan(hub(TWO_CHOICES)), "alpha");
        JsonNode choices = values.at("/singleuser/profileList/0/profile_options/resources/choices");
        assertThat(choices.fieldNames()).toIterable().containsExactly("01-small", "02-large");
        assertThat(choices.at("/01-small/default").asBoolean()).isTrue();
        assertThat(choices.at("/02-large/default").isMissingNode()).isTrue();
        assertThat(choices.at("/02-large/kubespawner_override/mem_guarantee").asText()).isEqualTo("16384M");
        assertThat(choices.at("/02-large/kubespawner_override/mem_limit").asText()).as("limit defaults to the guarantee")
                .isEqualTo("16384M");
    }

    @Test
    void theChoiceMarkedDefaultIsPreselected() {
        String marked = TWO_CHOICES.replace("memoryGuaranteeGiB: 4}", "memoryGuaranteeGiB: 4, allowedGroups: [\"example-org:small\"]}")
                .replace("allowedGroups: [\"example-org:big\"]}", "default: true}");
        JsonNode values = Releases.values(Stacks.plan(hub(marked)), "alpha");
        JsonNode choices = values.at("/singleuser/profileList/0/profile_options/resources/choices");
        assertThat(choices.at("/01-small/default").isMissingNode()).isTrue();
        assertThat(choices.at("/02-large/default").asBoolean()).isTrue();
    }

    @Test
    void anEventMakesRoomForThePreselectedChoice() {
        // 20 users of 4 GiB fit a few 32 GiB nodes; of 16 GiB, one a node: 20 nodes, more than the pool's 10.
        String event = """
                      events:
                        - {name: class, start: "2027-03-15T09:00:00Z", end: "2027-03-15T12:00:00Z", expectedUsers: 20, profile: standard}
                """;
        Stacks.plan(hub(TWO_CHOICES) + event);
        String largePreselected = TWO_CHOICES.replace("allowedGroups: [\"example-org:big\"]}", "default: true}");
        assertThat(Stacks.report(hub(largePreselected) + event)).anyMatch(p -> p.startsWith(
                "hubfleet:hubs[0].events[0].expectedUsers: ") && p.contains("need 20 nodes of pool user (1 a node)"));
    }

    @Test
    void aProfileWithChoicesMayNotAlsoHaveItsOwnSize() {
        assertThat(Stacks.report(hub(TWO_CHOICES + "memoryGuaranteeGiB: 8\ngpus: 1\n"))).contains(
                "hubfleet:hubs[0].profiles[0].memoryGuaranteeGiB: set on a profile with resourceChoices, whose every "
                        + "choice gives its own size. Allowed: the size in each of resourceChoices[], or no resourceChoices.",
                "hubfleet:hubs[0].profiles[0].gpus: set on a profile with resourceChoices, whose every "
                        + "choice gives its own size. Allowed: the size in each of resourceChoices[], or no resourceChoices.");
    }

    @Test
    void aProfileNeedsASize() {
        assertThat(Stacks.report(hub("cpuGuarantee: 1\n"))).contains(
                "hubfleet:hubs[0].profiles[0].memoryGuaranteeGiB: missing: the profile has no size. Allowed: "
                        + "memoryGuaranteeGiB (with cpuGuarantee, cpuLimit, memoryLimitGiB and gpus as needed), or "
                        + "resourceChoices: sizes users choose from.");
    }

    @Test
    void eachChoiceFitsItsPoolsNodesAndIsNamedOnce() {
        String bad = """
                resourceChoices:
                  - {name: small, displayName: Small, memoryGuaranteeGiB: 4, memoryLimitGiB: 2}
                  - {name: small, displayName: Huge, memoryGuaranteeGiB: 200, default: true}
                  - {name: gpu, displayName: GPU, memoryGuaranteeGiB: 4, gpus: 1, default: true}
                """;
        assertThat(Stacks.report(hub(bad)))
                .contains("hubfleet:hubs[0].profiles[0].resourceChoices[0].memoryLimitGiB: the limit is below the "
                        + "guarantee. Allowed: a limit at least the guarantee.")
                .contains("hubfleet:hubs[0].profiles[0].resourceChoices[1].name: \"small\" is already a choice's name in "
                        + "this profile. Allowed: a name no other choice of the profile has.")
                .contains("hubfleet:hubs[0].profiles[0].resourceChoices: 2 choices are marked default. Allowed: at most "
                        + "one default choice (without one, the first is preselected).")
                .anyMatch(p -> p.startsWith("hubfleet:hubs[0].profiles[0].resourceChoices[1].memoryGuaranteeGiB: 200.0 GiB "
                        + "does not fit a "))
                .anyMatch(p -> p.startsWith("hubfleet:hubs[0].profiles[0].resourceChoices[2].gpus: 1 GPUs asked"));
    }

    @Test
    void thePreselectedChoiceCannotBeLimitedToGroups() {
        String limited = TWO_CHOICES.replace("memoryGuaranteeGiB: 4}", "memoryGuaranteeGiB: 4, allowedGroups: [\"example-org:small\"]}");
        assertThat(Stacks.report(hub(limited))).contains(
                "hubfleet:hubs[0].profiles[0].resourceChoices[0].allowedGroups: the preselected choice (the one marked "
                        + "default, else the first) is offered to everyone who sees the profile, so it cannot be "
                        + "limited. Allowed: limit other choices, or the whole profile with allowedGroups.");
    }

    @Test
    void aChoicesGroupsFollowTheLoginProvidersRules() {
        // GitHub's groups are teams (org:team-slug); an organisation alone is refused, in a choice as anywhere.
        String org = TWO_CHOICES.replace("[\"example-org:big\"]", "[example-org]");
        assertThat(Stacks.report(hub(org))).anyMatch(p -> p.startsWith(
                "hubfleet:hubs[0].profiles[0].resourceChoices[1].allowedGroups[0]: \"example-org\" is not a GitHub team"));
    }
}
