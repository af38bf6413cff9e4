# hubfleet smoke test, scratch bucket on Google Cloud (after scratch.py): SCRATCH_BUCKET is
# gs://<bucket>/<user>. The pod's Workload Identity token comes from the GKE metadata server; the
# object goes through the Cloud Storage JSON API.
METADATA = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default"
STORAGE_API = "https://storage.googleapis.com"


def gcs_location(url):
    """(bucket, prefix) of gs://bucket/prefix."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme != "gs" or not parsed.netloc:
        raise RuntimeError(f"SCRATCH_BUCKET {url} is not a gs:// URL")
    return parsed.netloc, parsed.path.strip("/")


def metadata(path, timeout):
    _, _, body = http("GET", f"{METADATA}/{path}", {"Metadata-Flavor": "Google"}, timeout=timeout)
    return body.decode("utf-8")


def smoke(timeout_seconds=60):
    bucket, prefix = gcs_location(scratch_url())
    name = object_name(prefix)
    token = json.loads(metadata("token", timeout_seconds))["access_token"]
    print(f"identity: {metadata('email', timeout_seconds).strip()} (Workload Identity)")
    auth = {"Authorization": f"Bearer {token}"}
    quoted = urllib.parse.quote(name, safe="")
    media = f"{STORAGE_API}/storage/v1/b/{bucket}/o/{quoted}"

    def put(data):
        http("POST", f"{STORAGE_API}/upload/storage/v1/b/{bucket}/o?uploadType=media&name={quoted}",
             {**auth, "Content-Type": "text/plain"}, data, timeout_seconds)

    def get():
        status, _, body = http("GET", f"{media}?alt=media", auth, timeout=timeout_seconds, missing_ok=True)
        return None if status == 404 else body

    def delete():
        http("DELETE", media, auth, timeout=timeout_seconds)

    round_trip(put, get, delete, f"gs://{bucket}/{name}")
