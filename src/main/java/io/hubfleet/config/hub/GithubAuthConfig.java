package io.hubfleet.config.hub;

import java.util.List;

/** GitHub login: members of these organisations, or of these teams ({@code org:team-slug}). */
public record GithubAuthConfig(List<String> organizations, List<String> teams) {

    public GithubAuthConfig {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
