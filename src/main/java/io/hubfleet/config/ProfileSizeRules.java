package io.hubfleet.config;

import io.hubfleet.config.hub.ProfileConfig;
import io.hubfleet.config.hub.ResourceChoiceConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A declared profile's size: its own ({@code memoryGuaranteeGiB}, with cpu and gpus), or sizes users choose
 * from ({@code resourceChoices}), never both — a profile-level value beside choices would be silently
 * replaced by each choice's override (KubeSpawner 7.0.0 applies a choice's {@code kubespawner_override} after
 * its profile's), so it is refused rather than ignored. Whether each size fits its pool's nodes is
 * {@link HubRules}' question.
 */
final class ProfileSizeRules {

    private ProfileSizeRules() {
    }

    static List<ConfigProblem> check(ConfigPath at, ProfileConfig profile) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (profile.resourceChoices().isEmpty()) {
            if (profile.memoryGuaranteeGiB() == null) {
                problems.add(ConfigProblem.of(at.child("memoryGuaranteeGiB"), "missing: the profile has no size",
                        "memoryGuaranteeGiB (with cpuGuarantee, cpuLimit, memoryLimitGiB and gpus as needed), "
                                + "or resourceChoices: sizes users choose from"));
            } else if (profile.memoryLimitGiB() < profile.memoryGuaranteeGiB()) {
                problems.add(limitBelowGuarantee(at));
            }
            return problems;
        }
        ownSize(at, "cpuGuarantee", profile.cpuGuarantee(), problems);
        ownSize(at, "cpuLimit", profile.cpuLimit(), problems);
        ownSize(at, "memoryGuaranteeGiB", profile.memoryGuaranteeGiB(), problems);
        // The record fills an unset limit from the guarantee: a limit without a guarantee was written.
        ownSize(at, "memoryLimitGiB", profile.memoryGuaranteeGiB() == null ? profile.memoryLimitGiB() : null, problems);
        ownSize(at, "gpus", profile.gpus(), problems);
        Set<String> names = new HashSet<>();
        int defaults = 0;
        for (int j = 0; j < profile.resourceChoices().size(); j++) {
            ResourceChoiceConfig choice = profile.resourceChoices().get(j);
            ConfigPath choiceAt = at.child("resourceChoices").index(j);
            if (!names.add(choice.name())) {
                problems.add(ConfigProblem.of(choiceAt.child("name"), "\"" + choice.name()
                        + "\" is already a choice's name in this profile", "a name no other choice of the profile has"));
            }
            defaults += choice.isDefault() ? 1 : 0;
            if (choice.memoryLimitGiB() < choice.memoryGuaranteeGiB()) {
                problems.add(limitBelowGuarantee(choiceAt));
            }
        }
        if (defaults > 1) {
            problems.add(ConfigProblem.of(at.child("resourceChoices"), defaults + " choices are marked default",
                    "at most one default choice (without one, the first is preselected)"));
        }
        return problems;
    }

    private static void ownSize(ConfigPath at, String key, Object value, List<ConfigProblem> problems) {
        if (value != null) {
            problems.add(ConfigProblem.of(at.child(key), "set on a profile with resourceChoices, whose every choice "
                    + "gives its own size", "the size in each of resourceChoices[], or no resourceChoices"));
        }
    }

    private static ConfigProblem limitBelowGuarantee(ConfigPath at) {
        return ConfigProblem.of(at.child("memoryLimitGiB"), "the limit is below the guarantee",
                "a limit at least the guarantee");
    }
}
