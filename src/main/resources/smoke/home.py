# hubfleet smoke test, home directory: the user's home is a mounted volume (not the container's own
# disk, which is lost when the server stops) where a file can be written, read back and removed.
# Standard library only: the user image may be a plain Jupyter image.
import os
import uuid


def smoke(timeout_seconds=60):
    home = os.path.expanduser("~")
    if not os.path.ismount(home):
        raise RuntimeError(f"{home} is not a mounted volume: files written there are lost when the server stops")
    path = os.path.join(home, f".hubfleet-smoke-{uuid.uuid4().hex}")
    payload = f"hubfleet smoke test {uuid.uuid4()}\n"
    with open(path, "x", encoding="utf-8") as out:
        out.write(payload)
        out.flush()
        os.fsync(out.fileno())
    try:
        with open(path, encoding="utf-8") as back:
            read = back.read()
    finally:
        os.remove(path)
    if read != payload:
        raise AssertionError(f"{path} read back {read!r}, not what was written")
    if os.path.exists(path):
        raise AssertionError(f"{path} is still there after it was removed")
    print(f"home {home}: wrote, read back and removed {os.path.basename(path)}")
