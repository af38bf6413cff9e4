package io.hubfleet.config;

import io.hubfleet.config.hub.AuthProvider;
import io.hubfleet.config.hub.HubConfig;
import io.hubfleet.config.hub.HubGroups;
import io.hubfleet.config.hub.ImageChoiceConfig;
import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.config.hub.SharedDirectoryConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Groups, image choices and group directories: groups only where the provider supplies them (GitHub teams
 * as org:team-slug, CILogon and generic OIDC claims; not Google), pinned image choices, other-image
 * patterns anchored at both ends, a profile everyone may start when others are limited to groups, and
 * group directories with unique names.
 */
final class GroupRules implements StackRule {

    /** How OAuthenticator 17.4's GitHubOAuthenticator names a team we make a group of: org:team-slug. */
    static final Pattern GITHUB_TEAM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*:[a-z0-9][a-z0-9_-]*$");

    @Override
    public List<ConfigProblem> check(BoundConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (BoundConfig.Indexed<HubConfig> indexed : config.hubs()) {
            HubConfig hub = indexed.value();
            ConfigPath at = BoundConfig.hub(indexed.index());
            groups(at, hub, problems);
            if (hub.profiles() != null) {
                profiles(at, hub, problems);
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < hub.sharedDirectories().size(); i++) {
                SharedDirectoryConfig directory = hub.sharedDirectories().get(i);
                if (!names.add(directory.name())) {
                    problems.add(ConfigProblem.of(at.child("sharedDirectories").index(i).child("name"), "\""
                            + directory.name() + "\" is already a shared directory's name",
                            "a name no other shared directory of the hub has"));
                }
            }
        }
        return problems;
    }

    private static void groups(ConfigPath hubPath, HubConfig hub, List<ConfigProblem> problems) {
        AuthProvider provider = hub.auth().provider();
        for (HubGroups.Use use : HubGroups.uses(hub)) {
            ConfigPath at = path(hubPath, use.at());
            switch (provider) {
                case GOOGLE -> problems.add(ConfigProblem.of(at, "Google login brings no groups: OAuthenticator's "
                        + "Google groups need a Workspace administrator to impersonate and a service-account key "
                        + "with domain-wide delegation, which hubfleet does not hold",
                        "no groups with provider google: name users (admins, allowedUsers) or google.hostedDomains"));
                case GITHUB -> {
                    if (!GITHUB_TEAM.matcher(use.group()).matches()) {
                        problems.add(ConfigProblem.of(at, "\"" + use.group() + "\" is not a GitHub team: GitHub's "
                                + "groups are the teams a user belongs to, not organisations",
                                "a team as org:team-slug, as in the team's URL (github.com/orgs/<org>/teams/<team-slug>)"));
                    }
                }
                case CILOGON, GENERIC_OAUTH -> {
                    // Any name the claim may carry.
                }
            }
        }
    }

    private static void profiles(ConfigPath hubPath, HubConfig hub, List<ConfigProblem> problems) {
        boolean anyOpen = false;
        for (int i = 0; i < hub.profiles().size(); i++) {
            ProfileConfig profile = hub.profiles().get(i);
            ConfigPath at = hubPath.child("profiles").index(i);
            anyOpen |= profile.allowedGroups().isEmpty();
            if (profile.image() != null && !profile.images().isEmpty()) {
                problems.add(ConfigProblem.of(at.child("images"), "both image and images are set",
                        "image (one image) or images (a choice), not both"));
            }
            for (int j = 0; j < profile.images().size(); j++) {
                ImageChoiceConfig image = profile.images().get(j);
                if ("latest".equals(image.tag())) {
                    problems.add(ConfigProblem.of(at.child("images").index(j).child("tag"), "\"latest\" is not pinned",
                            "a fixed tag or digest, so every server runs the same image until you change it"));
                }
                if (j == 0 && !image.allowedGroups().isEmpty()) {
                    problems.add(ConfigProblem.of(at.child("images").index(0).child("allowedGroups"),
                            "the first image is preselected for everyone who sees the profile, so it cannot be limited",
                            "limit later images, or the whole profile with allowedGroups"));
                }
            }
            if (!profile.resourceChoices().isEmpty()) {
                var choices = profile.resourceChoices();
                int preselected = java.util.stream.IntStream.range(0, choices.size())
                        .filter(j -> choices.get(j).isDefault()).findFirst().orElse(0);
                if (!choices.get(preselected).allowedGroups().isEmpty()) {
                    problems.add(ConfigProblem.of(at.child("resourceChoices").index(preselected).child("allowedGroups"),
                            "the preselected choice (the one marked default, else the first) is offered to everyone "
                                    + "who sees the profile, so it cannot be limited",
                            "limit other choices, or the whole profile with allowedGroups"));
                }
            }
            if (profile.otherImage() != null) {
                ConfigPath other = at.child("otherImage");
                if (profile.images().isEmpty()) {
                    problems.add(ConfigProblem.of(other, "an other-image field needs listed images: the spawn form "
                            + "preselects the first of them", "images: [{name, tag}, ...] beside otherImage"));
                }
                pattern(other.child("pattern"), profile.otherImage().pattern()).ifPresent(problems::add);
            }
        }
        if (!anyOpen) {
            problems.add(ConfigProblem.of(hubPath.child("profiles"), "every profile is limited to groups: a user in "
                    + "none of them would get a server with the hub's defaults instead of none",
                    "at least one profile without allowedGroups"));
        }
    }

    /** A pattern KubeSpawner can use as validation_regex: compiles, and is anchored at both ends. */
    static java.util.Optional<ConfigProblem> pattern(ConfigPath at, String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return java.util.Optional.of(ConfigProblem.of(at, "not a regular expression: " + e.getDescription(),
                    "a regular expression such as ^quay\\.io/jupyter/[a-z-]+:[0-9-]+$"));
        }
        if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) {
            return java.util.Optional.of(ConfigProblem.of(at, "not anchored: KubeSpawner matches it from the start "
                    + "only, so without ^ and $ it admits any image that merely begins like an allowed one",
                    "a pattern that starts with ^ and ends with $, such as ^quay\\.io/jupyter/[a-z-]+:[0-9-]+$"));
        }
        if (Pattern.compile(pattern).matcher("").matches()) {
            return java.util.Optional.of(ConfigProblem.of(at, "it admits an empty image name",
                    "a pattern that requires a name and a tag"));
        }
        return java.util.Optional.empty();
    }

    private static ConfigPath path(ConfigPath hubPath, List<Object> segments) {
        ConfigPath at = hubPath;
        for (Object segment : segments) {
            at = segment instanceof Integer index ? at.index(index) : at.child((String) segment);
        }
        return at;
    }
}
