# hubfleet smoke test, scratch bucket: what every cloud's cell shares (it is sent ahead of
# scratch-<cloud>.py in the same cell). hubfleet sets SCRATCH_BUCKET in user pods to
# <bucket URL>/<user name>; an object is written there, read back and deleted with the pod's own
# cloud identity, through the cloud's REST API: the user image may have no gcsfs, s3fs or adlfs.
import json
import os
import urllib.error
import urllib.parse
import urllib.request
import uuid


def scratch_url():
    """SCRATCH_BUCKET, checked to be this user's own prefix."""
    url = os.environ.get("SCRATCH_BUCKET", "")
    if not url:
        raise RuntimeError("SCRATCH_BUCKET is not set in the user's server")
    if "$(" in url:
        raise RuntimeError(f"SCRATCH_BUCKET is {url!r}: Kubernetes did not put the user name in it")
    user = os.environ.get("JUPYTERHUB_USER")
    if user and not url.rstrip("/").endswith("/" + user):
        raise RuntimeError(f"SCRATCH_BUCKET {url} does not end with the user's own prefix /{user}")
    return url


def object_name(prefix):
    """A new object's name under the prefix; each run writes its own."""
    name = f"hubfleet-smoke-{uuid.uuid4().hex}.txt"
    return f"{prefix.strip('/')}/{name}" if prefix.strip("/") else name


def http(method, url, headers=None, data=None, timeout=60, missing_ok=False):
    """(status, headers, body). An error names the request and the answer's start, never the headers sent
    (they hold credentials); with missing_ok a 404 is an answer, not an error."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        body = error.read()
        if missing_ok and error.code == 404:
            return 404, error.headers, body
        detail = body[:600].decode("utf-8", "replace").strip()
        raise RuntimeError(f"{method} {url} answered {error.code} {error.reason}: {detail}") from None
    except urllib.error.URLError as error:
        raise RuntimeError(f"{method} {url} failed: {error.reason}") from None


def round_trip(put, get, delete, location):
    """Writes, reads back and deletes one object, then checks that it is gone. get() is None when missing."""
    payload = f"hubfleet smoke test {uuid.uuid4()}\n".encode("utf-8")
    put(payload)
    try:
        back = get()
    finally:
        delete()
    if back != payload:
        raise AssertionError(f"{location} read back {back!r}, not what was written")
    if get() is not None:
        raise AssertionError(f"{location} is still there after it was deleted")
    print(f"scratch {location}: wrote, read back and deleted {len(payload)} bytes")
