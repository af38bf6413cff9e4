# hubfleet smoke test, scratch bucket on AWS (after scratch.py): SCRATCH_BUCKET is s3://<bucket>/<user>.
# IAM roles for service accounts (IRSA) give the pod a role and a web identity token file; STS
# exchanges the token for credentials (AssumeRoleWithWebIdentity needs no signature) and the S3
# requests are signed with Signature Version 4.
import datetime
import hashlib
import hmac
import xml.etree.ElementTree as ElementTree

STS_ENDPOINT = "https://sts.{region}.amazonaws.com/"
S3_ENDPOINT = "https://{bucket}.s3.{region}.amazonaws.com"
# RFC 3986's unreserved characters: everything else is percent-encoded when signing.
UNRESERVED = "-_.~"


def s3_location(url):
    """(bucket, prefix) of s3://bucket/prefix."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme != "s3" or not parsed.netloc:
        raise RuntimeError(f"SCRATCH_BUCKET {url} is not an s3:// URL")
    return parsed.netloc, parsed.path.strip("/")


def irsa_environment():
    """(role ARN, token file, region) that the EKS pod identity webhook puts in IRSA pods."""
    role_arn = os.environ.get("AWS_ROLE_ARN")
    token_file = os.environ.get("AWS_WEB_IDENTITY_TOKEN_FILE")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    missing = [name for name, value in (("AWS_ROLE_ARN", role_arn), ("AWS_WEB_IDENTITY_TOKEN_FILE", token_file),
                                        ("AWS_REGION or AWS_DEFAULT_REGION", region)) if not value]
    if missing:
        raise RuntimeError(f"IRSA did not reach this pod: {', '.join(missing)} not set (is the user service account "
                           "annotated with eks.amazonaws.com/role-arn?)")
    return role_arn, token_file, region


def assume_role(role_arn, token_file, region, timeout):
    """Temporary credentials for the pod's role: AccessKeyId, SecretAccessKey, SessionToken."""
    with open(token_file, encoding="utf-8") as file:
        web_identity_token = file.read().strip()
    form = urllib.parse.urlencode({
        "Action": "AssumeRoleWithWebIdentity",
        "Version": "2011-06-15",
        "RoleArn": role_arn,
        "RoleSessionName": "hubfleet-smoke",
        "DurationSeconds": "900",
        "WebIdentityToken": web_identity_token,
    }).encode("utf-8")
    _, _, body = http("POST", STS_ENDPOINT.format(region=region),
                      {"Content-Type": "application/x-www-form-urlencoded"}, form, timeout)
    credentials = ElementTree.fromstring(body).find(".//{*}Credentials")
    if credentials is None:
        raise RuntimeError("STS answered without credentials")
    return {key: credentials.findtext("{*}" + key) for key in ("AccessKeyId", "SecretAccessKey", "SessionToken")}


def signing_key(secret_key, date, region, service):
    key = ("AWS4" + secret_key).encode("utf-8")
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


def sign_v4(method, url, headers, payload_hash, access_key, secret_key, region, service, amz_date):
    """The Authorization header of a request signed with AWS Signature Version 4, signing every header
    given (host and x-amz-date among them). The URL's path is signed as it is sent, encoded once: S3's rule."""
    parsed = urllib.parse.urlsplit(url)
    query = sorted((urllib.parse.quote(k, safe=UNRESERVED), urllib.parse.quote(v, safe=UNRESERVED))
                   for k, v in urllib.parse.parse_qsl(parsed.query, keep_blank_values=True))
    canonical_headers = sorted((name.lower(), " ".join(str(value).split())) for name, value in headers.items())
    signed_headers = ";".join(name for name, _ in canonical_headers)
    canonical_request = "\n".join([
        method,
        parsed.path or "/",
        "&".join(f"{k}={v}" for k, v in query),
        "".join(f"{name}:{value}\n" for name, value in canonical_headers),
        signed_headers,
        payload_hash,
    ])
    scope = f"{amz_date[:8]}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                                hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()])
    signature = hmac.new(signing_key(secret_key, amz_date[:8], region, service), string_to_sign.encode("utf-8"),
                         hashlib.sha256).hexdigest()
    return f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"


def s3_request(method, url, credentials, region, data=None, timeout=60, missing_ok=False):
    payload_hash = hashlib.sha256(data or b"").hexdigest()
    headers = {
        "Host": urllib.parse.urlsplit(url).netloc,
        "X-Amz-Date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        "X-Amz-Content-Sha256": payload_hash,
        "X-Amz-Security-Token": credentials["SessionToken"],
    }
    headers["Authorization"] = sign_v4(method, url, headers, payload_hash, credentials["AccessKeyId"],
                                       credentials["SecretAccessKey"], region, "s3", headers["X-Amz-Date"])
    return http(method, url, headers, data, timeout, missing_ok)


def smoke(timeout_seconds=60):
    bucket, prefix = s3_location(scratch_url())
    role_arn, token_file, region = irsa_environment()
    credentials = assume_role(role_arn, token_file, region, timeout_seconds)
    print(f"identity: {role_arn} (IRSA)")
    name = object_name(prefix)
    url = S3_ENDPOINT.format(bucket=bucket, region=region) + "/" + urllib.parse.quote(name, safe="/" + UNRESERVED)

    def put(data):
        s3_request("PUT", url, credentials, region, data, timeout_seconds)

    def get():
        status, _, body = s3_request("GET", url, credentials, region, timeout=timeout_seconds, missing_ok=True)
        return None if status == 404 else body

    def delete():
        s3_request("DELETE", url, credentials, region, timeout=timeout_seconds)

    round_trip(put, get, delete, f"s3://{bucket}/{name}")
