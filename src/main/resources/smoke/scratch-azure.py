# hubfleet smoke test, scratch bucket on Azure (after scratch.py): SCRATCH_BUCKET is
# abfs://scratch@<account>.dfs.core.windows.net/<user> (the hub's ADLS Gen2 storage account). Azure
# Workload Identity gives the pod a client ID, a tenant and a federated token file; Entra ID exchanges
# the token for an access token to Storage (client credentials with a client assertion) and the object
# goes through the Blob service's REST API, which ADLS Gen2 accounts serve too.
import email.utils

BLOB_ENDPOINT = "https://{account}.blob.core.windows.net"
STORAGE_SCOPE = "https://storage.azure.com/.default"
# A Blob service version that takes Entra ID (OAuth) tokens.
BLOB_API_VERSION = "2021-08-06"


def azure_location(url):
    """(account, container, prefix) of abfs[s]://container@account.dfs.core.windows.net/prefix, or of
    https://account.blob|dfs.core.windows.net/container/prefix."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme in ("abfs", "abfss") and "@" in parsed.netloc:
        container, _, host = parsed.netloc.partition("@")
        prefix = parsed.path.strip("/")
    elif parsed.scheme == "https" and parsed.netloc.endswith((".blob.core.windows.net", ".dfs.core.windows.net")):
        host = parsed.netloc
        container, _, prefix = parsed.path.strip("/").partition("/")
    else:
        raise RuntimeError(f"SCRATCH_BUCKET {url} is not an abfs:// or Azure Storage https:// URL")
    if not container:
        raise RuntimeError(f"SCRATCH_BUCKET {url} names no container")
    return host.split(".")[0], container, prefix


def workload_identity_token(timeout):
    """An Entra ID access token for Storage, for the identity the workload identity webhook gave the pod."""
    names = ("AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_FEDERATED_TOKEN_FILE")
    missing = [name for name in names if not os.environ.get(name)]
    if missing:
        raise RuntimeError(f"Azure Workload Identity did not reach this pod: {', '.join(missing)} not set (does the "
                           "pod carry the label azure.workload.identity/use: \"true\"?)")
    with open(os.environ["AZURE_FEDERATED_TOKEN_FILE"], encoding="utf-8") as file:
        assertion = file.read().strip()
    authority = os.environ.get("AZURE_AUTHORITY_HOST") or "https://login.microsoftonline.com/"
    form = urllib.parse.urlencode({
        "client_id": os.environ["AZURE_CLIENT_ID"],
        "scope": STORAGE_SCOPE,
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
    }).encode("utf-8")
    url = f"{authority.rstrip('/')}/{os.environ['AZURE_TENANT_ID']}/oauth2/v2.0/token"
    _, _, body = http("POST", url, {"Content-Type": "application/x-www-form-urlencoded"}, form, timeout)
    return json.loads(body)["access_token"]


def smoke(timeout_seconds=60):
    account, container, prefix = azure_location(scratch_url())
    token = workload_identity_token(timeout_seconds)
    print(f"identity: client {os.environ['AZURE_CLIENT_ID']} (Azure Workload Identity)")
    name = object_name(prefix)
    url = f"{BLOB_ENDPOINT.format(account=account)}/{container}/{urllib.parse.quote(name, safe='/')}"

    def headers(**more):
        return {"Authorization": f"Bearer {token}", "x-ms-version": BLOB_API_VERSION,
                "x-ms-date": email.utils.formatdate(usegmt=True), **more}

    def put(data):
        http("PUT", url, headers(**{"x-ms-blob-type": "BlockBlob", "Content-Type": "text/plain"}), data, timeout_seconds)

    def get():
        status, _, body = http("GET", url, headers(), timeout=timeout_seconds, missing_ok=True)
        return None if status == 404 else body

    def delete():
        http("DELETE", url, headers(), timeout=timeout_seconds)

    round_trip(put, get, delete, f"{BLOB_ENDPOINT.format(account=account)}/{container}/{name}")
