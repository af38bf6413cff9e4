"""hubfleet's hub-side Python (hub.extraConfig) run against stubs of what z2jh 4.4.0's jupyterhub_config.py
gives it: the values (HUBFLEET_HUB_VALUES, rendered by the test) through z2jh.get_config, one shared
namespace for every snippet, executed in sorted key order, and a traitlets-like `c`."""
import asyncio
import copy
import json
import os
import sys
import types
import unittest

VALUES = json.load(open(os.environ["HUBFLEET_HUB_VALUES"], encoding="utf-8"))


def get_config(key, default=None):
    node = VALUES
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


z2jh = types.ModuleType("z2jh")
z2jh.get_config = get_config
sys.modules["z2jh"] = z2jh


class V1VolumeMount:
    def __init__(self, name=None, mount_path=None, sub_path=None, read_only=None):
        self.name, self.mount_path, self.sub_path, self.read_only = name, mount_path, sub_path, read_only


for name in ["kubernetes_asyncio", "kubernetes_asyncio.client", "kubernetes_asyncio.client.models"]:
    sys.modules[name] = types.ModuleType(name)
sys.modules["kubernetes_asyncio.client.models"].V1VolumeMount = V1VolumeMount


class Placeholder:
    """What traitlets hands back for a key never set (a LazyConfigValue): not callable."""


class Section:
    def __getattr__(self, key):
        if key.startswith("__"):
            raise AttributeError(key)
        value = Placeholder()
        setattr(self, key, value)
        return value


class Config:
    def __getattr__(self, key):
        if key.startswith("__"):
            raise AttributeError(key)
        section = Section()
        setattr(self, key, section)
        return section


def load():
    c = Config()
    c.KubeSpawner.profile_list = get_config("singleuser.profileList", [])
    namespace = {"c": c, "get_config": get_config}
    for key, code in sorted(get_config("hub.extraConfig", {}).items()):
        exec(compile(code, key, "exec"), namespace)
    return c


class Group:
    def __init__(self, name):
        self.name = name


class User:
    def __init__(self, groups=(), admin=False):
        self.groups = [Group(g) for g in groups]
        self.admin = admin


class Spawner:
    def __init__(self, user):
        self.user = user


class Container:
    def __init__(self, name, mounts, command=None):
        self.name, self.volume_mounts, self.command = name, mounts, command


def pod_for(mounts):
    """A pod as KubeSpawner builds it: z2jh's volume_mounts as V1VolumeMount, the baseline's init container."""
    spec = types.SimpleNamespace()
    spec.containers = [Container("notebook", [
        V1VolumeMount(m["name"], m["mountPath"], m.get("subPath"), m.get("readOnly")) for m in mounts])]
    init = VALUES["singleuser"]["initContainers"][0]
    spec.init_containers = [Container(init["name"], [
        V1VolumeMount(m["name"], m["mountPath"], m.get("subPath")) for m in init["volumeMounts"]],
        list(init["command"]))]
    return types.SimpleNamespace(spec=spec)


def recursive_update(target, new):
    """jupyterhub.utils.recursive_update (JupyterHub 5.5), as Spawner._apply_overrides uses it."""
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            recursive_update(target[key], value)
        elif value is None:
            target.pop(key, None)
        else:
            target[key] = value


def mounts_of(groups):
    """volume_mounts after z2jh's config and JupyterHub's apply_group_overrides for a user in `groups`."""
    mounts = {"home": {"name": "home", "mountPath": "/home/jovyan", "subPath": "{username}"}}
    mounts.update(copy.deepcopy(get_config("singleuser.storage.extraVolumeMounts", {})))
    overrides = get_config("hub.config.KubeSpawner.group_overrides", {})
    for key in sorted(overrides):
        if set(groups) & set(overrides[key]["groups"]):
            recursive_update(mounts, copy.deepcopy(overrides[key]["spawner_override"]["volume_mounts"]))
    return mounts


def run(hook, spawner, pod):
    result = hook(spawner, pod)
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


class ProfileGroupsTest(unittest.TestCase):

    def profiles(self, *groups):
        return load().KubeSpawner.profile_list(Spawner(User(groups)))

    def test_a_user_in_no_group_sees_only_open_profiles_choices_and_no_other_image_field(self):
        profiles = self.profiles()
        self.assertEqual(["cpu"], [p["slug"] for p in profiles])
        image = profiles[0]["profile_options"]["image"]
        self.assertEqual(1, len(image["choices"]))
        self.assertEqual({"enabled": False}, image["unlisted_choice"])

    def test_members_see_their_profiles_choices_and_the_other_image_field(self):
        profiles = self.profiles("example-org:gpu-users", "example-org:builders")
        self.assertEqual(["cpu", "gpu"], [p["slug"] for p in profiles])
        image = profiles[0]["profile_options"]["image"]
        self.assertEqual(2, len(image["choices"]))
        self.assertTrue(image["unlisted_choice"]["enabled"])
        self.assertNotIn("hubfleet_allowed_groups", json.dumps(profiles))

    def test_a_size_limited_to_a_group_is_offered_to_its_members_only(self):
        # KubeSpawner checks a submitted choice against the same callable's list: absent is not startable.
        sizes = self.profiles()[0]["profile_options"]["resources"]["choices"]
        self.assertEqual(["01-small"], list(sizes))
        sizes = self.profiles("example-org:big-users")[0]["profile_options"]["resources"]["choices"]
        self.assertEqual(["01-small", "02-large"], list(sizes))
        self.assertNotIn("hubfleet_allowed_groups", json.dumps(sizes))

    def test_the_configured_list_is_not_changed_between_users(self):
        self.profiles()
        self.assertEqual(["cpu", "gpu"], [p["slug"] for p in self.profiles("example-org:gpu-users")])


class GithubTeamsTest(unittest.TestCase):

    def test_teams_become_org_colon_slug(self):
        key = load().GitHubOAuthenticator.auth_state_groups_key
        state = {"teams": [{"slug": "gpu-users", "organization": {"login": "example-org"}},
                           {"slug": "a", "organization": {"login": "other"}}]}
        self.assertEqual(["example-org:gpu-users", "other:a"], key(state))
        self.assertEqual([], key({}))


class UserPodMountsTest(unittest.TestCase):

    def test_admins_read_every_home_of_the_hub_and_keep_the_shared_readwrite_mount(self):
        c = load()
        pod = run(c.KubeSpawner.modify_pod_hook, Spawner(User(admin=True)), pod_for(mounts_of([]).values()))
        mounts = {m.mount_path: m for m in pod.spec.containers[0].volume_mounts}
        self.assertTrue(mounts["/home/jovyan/all-homes"].read_only)
        self.assertIsNone(mounts["/home/jovyan/all-homes"].sub_path)
        self.assertEqual("_shared", mounts["/home/jovyan/shared-readwrite"].sub_path)

    def test_other_users_get_no_admin_mount(self):
        pod = run(load().KubeSpawner.modify_pod_hook, Spawner(User()), pod_for(mounts_of([]).values()))
        paths = [m.mount_path for m in pod.spec.containers[0].volume_mounts]
        self.assertNotIn("/home/jovyan/all-homes", paths)
        self.assertNotIn("/home/jovyan/shared-readwrite", paths)

    def test_members_write_their_group_directory_and_others_read_it(self):
        member = mounts_of(["example-org:data-team"])["hubfleet-group-team"]
        self.assertFalse(member["readOnly"])
        self.assertEqual("_groups/team", member["subPath"])
        self.assertTrue(mounts_of([])["hubfleet-group-team"]["readOnly"])
        self.assertNotIn("hubfleet-group-private", mounts_of([]), "hidden from others")
        self.assertIn("hubfleet-group-private", mounts_of(["example-org:data-team"]))

    def test_a_writable_group_directory_is_given_to_the_user_by_the_init_container(self):
        mounts = mounts_of(["example-org:data-team"]).values()
        pod = run(load().KubeSpawner.modify_pod_hook, Spawner(User(["example-org:data-team"])), pod_for(mounts))
        init = pod.spec.init_containers[0]
        self.assertIn("_groups/team", [m.sub_path for m in init.volume_mounts])
        self.assertTrue(init.command[-1].endswith(
            "chown 1000:100 /home/jovyan/groups/team && chown 1000:100 /home/jovyan/groups/private"))
        reader = run(load().KubeSpawner.modify_pod_hook, Spawner(User()), pod_for(mounts_of([]).values()))
        self.assertNotIn("groups", reader.spec.init_containers[0].command[-1])

    def test_a_mount_path_not_hubfleets_own_never_reaches_the_init_containers_shell(self):
        mounts = list(mounts_of(["example-org:data-team"]).values())
        mounts.append({"name": "home", "mountPath": "/tmp/x; rm -rf /", "subPath": "_groups/x", "readOnly": False})
        pod = run(load().KubeSpawner.modify_pod_hook, Spawner(User()), pod_for(mounts))
        self.assertNotIn("rm -rf", pod.spec.init_containers[0].command[-1])


if __name__ == "__main__":
    unittest.main()
