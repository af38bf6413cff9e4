# hubfleet: profiles, image choices and other-image fields limited to groups of the identity provider.
# KubeSpawner 7.0.0 (kubespawner/spawner.py) calls a callable profile_list with the spawner both to draw
# the spawn form and, in load_user_options, to validate what was submitted: a profile missing from the
# list is refused ("No such profile"), a choice missing from its option fails to load, and an other-image
# value for a field that is not enabled is refused ("Received unlisted_choice ... without being enabled").
# So what a user's groups do not admit is neither shown nor startable through the form or the REST API.
# Entries carry their groups under "hubfleet_allowed_groups" (singleuser.profileList, from hubfleet);
# an entry without it is open to everyone who sees its profile.
import copy

from z2jh import get_config

HUBFLEET_GROUPS_KEY = "hubfleet_allowed_groups"


def hubfleet_admits(entry, groups):
    allowed = entry.get(HUBFLEET_GROUPS_KEY)
    return allowed is None or bool(set(allowed) & groups)


def hubfleet_profiles_for(groups, profiles):
    visible = []
    for profile in profiles:
        if not hubfleet_admits(profile, groups):
            continue
        profile = copy.deepcopy(profile)
        profile.pop(HUBFLEET_GROUPS_KEY, None)
        for option in profile.get("profile_options", {}).values():
            choices = option.get("choices", {})
            for key in list(choices):
                if hubfleet_admits(choices[key], groups):
                    choices[key].pop(HUBFLEET_GROUPS_KEY, None)
                else:
                    del choices[key]
            unlisted = option.get("unlisted_choice")
            if unlisted is not None:
                if hubfleet_admits(unlisted, groups):
                    unlisted.pop(HUBFLEET_GROUPS_KEY, None)
                else:
                    option["unlisted_choice"] = {"enabled": False}
        visible.append(profile)
    return visible


hubfleet_all_profiles = get_config("singleuser.profileList", [])


def hubfleet_profile_list(spawner):
    # The groups of the server's owner, as the authenticator last set them (manage_groups).
    return hubfleet_profiles_for({group.name for group in spawner.user.groups}, hubfleet_all_profiles)


c.KubeSpawner.profile_list = hubfleet_profile_list
