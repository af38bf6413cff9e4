# hubfleet: mounts that depend on who starts the server, after the baseline's hook (components/hub/
# values.yaml, hubfleet-10-shared-readwrite), which it keeps.
# - Admins get custom.hubfleet.adminVolumeMounts: the hub's home volume read-only (adminsReadHomes).
#   The volume is this hub's directory only (its own disk, or <share>/<hub>), so no other hub's homes.
# - A group directory mounted writable (hub.config.KubeSpawner.group_overrides, for its members) is made
#   the user's by the home-ownership init container: the kubelet creates sub-paths owned by root.
# KubeSpawner 7.0.0 (kubespawner/spawner.py) awaits modify_pod_hook(spawner, pod) if it returns an
# awaitable.
import inspect
import re

from kubernetes_asyncio.client.models import V1VolumeMount
from z2jh import get_config

HUBFLEET_GROUPS_PREFIX = "_groups/"
# Only hubfleet's own group mount paths reach the root init container's shell.
HUBFLEET_GROUP_PATH = re.compile(r"^/home/jovyan/groups/[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
hubfleet_previous_pod_hook = c.KubeSpawner.modify_pod_hook
if not callable(hubfleet_previous_pod_hook):
    # No earlier hook (the baseline's removed by raw values): traitlets hands back an empty placeholder.
    def hubfleet_previous_pod_hook(spawner, pod):
        return pod
hubfleet_admin_mounts = get_config("custom.hubfleet.adminVolumeMounts", {})


async def hubfleet_user_pod_mounts(spawner, pod):
    pod = hubfleet_previous_pod_hook(spawner, pod)
    if inspect.isawaitable(pod):
        pod = await pod
    notebook = [container for container in pod.spec.containers if container.name == "notebook"]
    if spawner.user.admin:
        for key in sorted(hubfleet_admin_mounts):
            mount = hubfleet_admin_mounts[key]
            for container in notebook:
                container.volume_mounts.append(V1VolumeMount(
                    name=mount["name"], mount_path=mount["mountPath"], sub_path=mount.get("subPath"),
                    read_only=mount.get("readOnly", False)))
    for init in pod.spec.init_containers or []:
        if init.name != "home-ownership":
            continue
        for container in notebook:
            for mount in container.volume_mounts or []:
                if ((mount.sub_path or "").startswith(HUBFLEET_GROUPS_PREFIX) and not mount.read_only
                        and HUBFLEET_GROUP_PATH.match(mount.mount_path)):
                    init.volume_mounts.append(V1VolumeMount(
                        name=mount.name, mount_path=mount.mount_path, sub_path=mount.sub_path))
                    init.command = init.command[:-1] + [
                        init.command[-1] + " && chown 1000:100 " + mount.mount_path]
    return pod


c.KubeSpawner.modify_pod_hook = hubfleet_user_pod_mounts
