package io.hubfleet.config;

import io.hubfleet.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups only where the provider brings them; pinned image choices; anchored patterns; an open profile. */
class GroupRulesTest {

    static String hub(String auth, String rest) {
        return Stacks.GCP_WITH_HUB.replace("github: {organizations: [alpha-org]}\n", auth) + rest;
    }

    @Test
    void googleLoginBringsNoGroups() {
        List<String> report = Stacks.report(hub("google: {hostedDomains: [example.edu]}\n        adminGroups: [staff]\n", "")
                .replace("provider: github", "provider: google"));
        assertThat(report).anySatisfy(line -> assertThat(line).contains("hubs[0].auth.adminGroups[0]")
                .contains("Google login brings no groups"));
    }

    @Test
    void githubGroupsAreTeams() {
        List<String> report = Stacks.report(hub("github: {organizations: [alpha-org]}\n        allowedGroups: [alpha-org]\n", ""));
        assertThat(report).anySatisfy(line -> assertThat(line).contains("hubs[0].auth.allowedGroups[0]")
                .contains("not a GitHub team").contains("org:team-slug"));
    }

    @Test
    void imagesArePinnedPatternsAnchoredAndOneProfileOpen() {
        List<String> report = Stacks.report(hub("github: {organizations: [alpha-org]}\n", """
                      profiles:
                        - name: only
                          displayName: Only
                          pool: user
                          memoryGuaranteeGiB: 4
                          allowedGroups: ["alpha-org:team"]
                          images:
                            - {name: quay.io/jupyter/scipy-notebook, tag: latest}
                          otherImage: {pattern: 'quay\\.io/.*'}
                        - name: none
                          displayName: None
                          pool: user
                          memoryGuaranteeGiB: 4
                          allowedGroups: ["alpha-org:team"]
                          otherImage: {pattern: '^a:b$'}
                """));
        assertThat(report).anySatisfy(line -> assertThat(line).contains("profiles[0].images[0].tag").contains("not pinned"))
                .anySatisfy(line -> assertThat(line).contains("profiles[0].otherImage.pattern").contains("not anchored"))
                .anySatisfy(line -> assertThat(line).contains("profiles[1].otherImage").contains("needs listed images"))
                .anySatisfy(line -> assertThat(line).contains("every profile is limited to groups"));
    }
}
