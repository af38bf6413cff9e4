"""Tests of the smoke test's cells (src/main/resources/smoke), run by SmokeCellsPythonTest with python3.

Each cell is loaded the way the kernel runs it (its parts in one namespace) and run against small local
fakes of the cloud services; the AWS signature is checked against AWS's published examples.
"""
import hashlib
import json
import os
import sys
import tempfile
import threading
import types
import unittest
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

CELLS = os.environ["HUBFLEET_SMOKE_CELLS"]


def load(*files):
    """The cell's parts executed in one namespace, as the kernel executes the cell."""
    namespace = {"__name__": "smoke_cell"}
    for file in files:
        with open(os.path.join(CELLS, file), encoding="utf-8") as source:
            exec(compile(source.read(), file, "exec"), namespace)
    return namespace


class Fake:
    """A local HTTP service: route(method, path, headers, body) -> (status, headers, body); records requests."""

    def __init__(self, route):
        self.requests = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def handle_one(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fake.requests.append((self.command, self.path, dict(self.headers), body))
                status, headers, answer = route(self.command, self.path, self.headers, body)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_PUT = do_POST = do_DELETE = handle_one

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class ObjectStore:
    """Objects by path, as the three clouds' object APIs keep them."""

    def __init__(self):
        self.objects = {}

    def put(self, key, body):
        self.objects[key] = body

    def get(self, key):
        return self.objects.get(key)

    def delete(self, key):
        return self.objects.pop(key, None) is not None


class Environment(unittest.TestCase):
    def environ(self, **values):
        patcher = mock.patch.dict(os.environ, values)
        patcher.start()
        self.addCleanup(patcher.stop)

    def fake(self, route):
        fake = Fake(route)
        self.addCleanup(fake.close)
        return fake

    def token_file(self, text):
        handle, path = tempfile.mkstemp()
        with os.fdopen(handle, "w") as out:
            out.write(text + "\n")
        self.addCleanup(os.remove, path)
        return path


class SignatureV4Test(unittest.TestCase):
    """AWS's published examples: the Signature Version 4 test suite (get-vanilla, ...) and the S3 examples."""

    aws = load("scratch.py", "scratch-aws.py")

    def suite_example(self, url):
        return self.aws["sign_v4"]("GET", url, {"Host": "example.amazonaws.com", "X-Amz-Date": "20150830T123600Z"},
                                   hashlib.sha256(b"").hexdigest(), "AKIDEXAMPLE",
                                   "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service",
                                   "20150830T123600Z")

    def s3_example(self, method, url, headers, payload_hash):
        return self.aws["sign_v4"](method, url, {"Host": "examplebucket.s3.amazonaws.com",
                                                 "x-amz-date": "20130524T000000Z",
                                                 "x-amz-content-sha256": payload_hash, **headers},
                                   payload_hash, "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                   "us-east-1", "s3", "20130524T000000Z")

    def test_get_vanilla(self):
        self.assertEqual(self.suite_example("https://example.amazonaws.com/"),
                         "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                         "SignedHeaders=host;x-amz-date, "
                         "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")

    def test_get_vanilla_query_order_key_case(self):
        self.assertTrue(self.suite_example("https://example.amazonaws.com/?Param2=value2&Param1=value1").endswith(
            "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"))

    def test_s3_get_object(self):
        empty = hashlib.sha256(b"").hexdigest()
        authorization = self.s3_example("GET", "https://examplebucket.s3.amazonaws.com/test.txt",
                                        {"Range": "bytes=0-9"}, empty)
        self.assertIn("SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,", authorization)
        self.assertTrue(authorization.endswith(
            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"))

    def test_s3_put_object_with_an_encoded_key(self):
        payload_hash = hashlib.sha256(b"Welcome to Amazon S3.").hexdigest()
        authorization = self.s3_example("PUT", "https://examplebucket.s3.amazonaws.com/test%24file.text",
                                        {"Date": "Fri, 24 May 2013 00:00:00 GMT",
                                         "x-amz-storage-class": "REDUCED_REDUNDANCY"}, payload_hash)
        self.assertTrue(authorization.endswith(
            "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"))

    def test_s3_list_objects_with_a_query(self):
        empty = hashlib.sha256(b"").hexdigest()
        authorization = self.s3_example("GET", "https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J", {},
                                        empty)
        self.assertTrue(authorization.endswith(
            "Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"))


class ScratchUrlTest(Environment):
    common = load("scratch.py")

    def test_the_users_own_prefix(self):
        self.environ(SCRATCH_BUCKET="gs://b/ada", JUPYTERHUB_USER="ada")
        self.assertEqual(self.common["scratch_url"](), "gs://b/ada")

    def test_an_unexpanded_user_name_fails(self):
        self.environ(SCRATCH_BUCKET="gs://b/$(JUPYTERHUB_USER)", JUPYTERHUB_USER="ada")
        with self.assertRaisesRegex(RuntimeError, "did not put the user name"):
            self.common["scratch_url"]()

    def test_another_users_prefix_fails(self):
        self.environ(SCRATCH_BUCKET="gs://b/grace", JUPYTERHUB_USER="ada")
        with self.assertRaisesRegex(RuntimeError, "own prefix /ada"):
            self.common["scratch_url"]()

    def test_a_missing_variable_fails(self):
        self.environ(JUPYTERHUB_USER="ada")
        os.environ.pop("SCRATCH_BUCKET", None)
        with self.assertRaisesRegex(RuntimeError, "SCRATCH_BUCKET is not set"):
            self.common["scratch_url"]()

    def test_azure_locations(self):
        azure = load("scratch.py", "scratch-azure.py")
        self.assertEqual(azure["azure_location"]("abfs://scratch@acct.dfs.core.windows.net/ada"),
                         ("acct", "scratch", "ada"))
        self.assertEqual(azure["azure_location"]("https://acct.blob.core.windows.net/scratch/ada"),
                         ("acct", "scratch", "ada"))
        with self.assertRaises(RuntimeError):
            azure["azure_location"]("gs://b/ada")


class GcpCellTest(Environment):
    def test_round_trip_with_the_metadata_servers_token(self):
        store = ObjectStore()

        def route(method, path, headers, body):
            url = urllib.parse.urlsplit(path)
            if url.path.startswith("/metadata/"):
                if headers.get("Metadata-Flavor") != "Google":
                    return 403, {}, b"missing Metadata-Flavor"
                if url.path.endswith("/token"):
                    return 200, {}, json.dumps({"access_token": "ya29.fake", "expires_in": 3599}).encode()
                return 200, {}, b"hub-users@project.iam.gserviceaccount.com"
            if headers.get("Authorization") != "Bearer ya29.fake":
                return 401, {}, b"no token"
            query = urllib.parse.parse_qs(url.query)
            if method == "POST" and url.path == "/upload/storage/v1/b/bucket/o":
                store.put(query["name"][0], body)
                return 200, {}, b"{}"
            key = urllib.parse.unquote(url.path.removeprefix("/storage/v1/b/bucket/o/"))
            if method == "GET":
                found = store.get(key)
                return (404, {}, b"No such object") if found is None else (200, {}, found)
            return (204, {}, b"") if store.delete(key) else (404, {}, b"No such object")

        fake = self.fake(route)
        self.environ(SCRATCH_BUCKET="gs://bucket/ada", JUPYTERHUB_USER="ada")
        cell = load("scratch.py", "scratch-gcp.py")
        cell["METADATA"] = fake.url + "/metadata/default"
        cell["STORAGE_API"] = fake.url
        cell["smoke"](timeout_seconds=5)

        methods = [(method, urllib.parse.urlsplit(path).path) for method, path, _, _ in fake.requests]
        self.assertIn(("POST", "/upload/storage/v1/b/bucket/o"), methods)
        self.assertEqual([m for m, _ in methods[2:]], ["POST", "GET", "DELETE", "GET"])
        upload = urllib.parse.parse_qs(urllib.parse.urlsplit(fake.requests[2][1]).query)["name"][0]
        self.assertTrue(upload.startswith("ada/hubfleet-smoke-"))
        self.assertEqual(store.objects, {})

    def test_a_refusal_names_the_request_and_the_answer(self):
        def route(method, path, headers, body):
            if path.startswith("/metadata/"):
                return 200, {}, json.dumps({"access_token": "t"}).encode() if path.endswith("token") else b"sa"
            return 403, {}, b'{"error": {"message": "hub-users does not have storage.objects.create access"}}'

        fake = self.fake(route)
        self.environ(SCRATCH_BUCKET="gs://bucket/ada", JUPYTERHUB_USER="ada")
        cell = load("scratch.py", "scratch-gcp.py")
        cell["METADATA"] = fake.url + "/metadata/default"
        cell["STORAGE_API"] = fake.url
        with self.assertRaisesRegex(RuntimeError, "POST .*/upload/storage/v1/b/bucket/o.* answered 403 .*"
                                                  "storage.objects.create"):
            cell["smoke"](timeout_seconds=5)


class AwsCellTest(Environment):
    def test_round_trip_with_irsa_credentials_signed_as_sent(self):
        store = ObjectStore()
        aws = load("scratch.py", "scratch-aws.py")
        forms = []

        def route(method, path, headers, body):
            if path.startswith("/sts/"):
                forms.append(urllib.parse.parse_qs(body.decode()))
                return 200, {}, b"""<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleWithWebIdentityResult><Credentials>
                    <AccessKeyId>ASIAFAKE</AccessKeyId><SecretAccessKey>secret/key</SecretAccessKey>
                    <SessionToken>session-token</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration>
                  </Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>"""
            # Verify the signature over what actually arrived: the headers it says it signed, as received.
            authorization = headers.get("Authorization", "")
            signed = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
            received = {name: headers.get(name) for name in signed}
            expected = aws["sign_v4"](method, "http://" + headers["Host"] + path, received,
                                      hashlib.sha256(body).hexdigest(), "ASIAFAKE", "secret/key", "eu-west-1", "s3",
                                      headers["X-Amz-Date"])
            if authorization != expected or headers.get("X-Amz-Security-Token") != "session-token" \
                    or headers.get("X-Amz-Content-Sha256") != hashlib.sha256(body).hexdigest():
                return 403, {}, b"<Error><Code>SignatureDoesNotMatch</Code></Error>"
            if "x-amz-security-token" not in signed:
                return 403, {}, b"<Error><Code>AccessDenied</Code></Error>"
            key = urllib.parse.unquote(path.removeprefix("/bucket/"))
            if method == "PUT":
                store.put(key, body)
                return 200, {}, b""
            if method == "GET":
                found = store.get(key)
                return (404, {}, b"<Error><Code>NoSuchKey</Code></Error>") if found is None else (200, {}, found)
            store.delete(key)
            return 204, {}, b""

        fake = self.fake(route)
        self.environ(SCRATCH_BUCKET="s3://bucket/ada", JUPYTERHUB_USER="ada", AWS_REGION="eu-west-1",
                     AWS_ROLE_ARN="arn:aws:iam::123456789012:role/hub-users",
                     AWS_WEB_IDENTITY_TOKEN_FILE=self.token_file("projected-service-account-token"))
        aws["STS_ENDPOINT"] = fake.url + "/sts/{region}"
        aws["S3_ENDPOINT"] = fake.url + "/{bucket}"
        aws["smoke"](timeout_seconds=5)

        self.assertEqual(forms[0]["Action"], ["AssumeRoleWithWebIdentity"])
        self.assertEqual(forms[0]["WebIdentityToken"], ["projected-service-account-token"])
        self.assertEqual(forms[0]["RoleArn"], ["arn:aws:iam::123456789012:role/hub-users"])
        self.assertEqual([method for method, _, _, _ in fake.requests], ["POST", "PUT", "GET", "DELETE", "GET"])
        self.assertEqual(fake.requests[0][1], "/sts/eu-west-1")
        self.assertTrue(fake.requests[1][1].startswith("/bucket/ada/hubfleet-smoke-"))
        self.assertEqual(store.objects, {})

    def test_without_irsa_it_says_what_is_missing(self):
        self.environ(SCRATCH_BUCKET="s3://bucket/ada", JUPYTERHUB_USER="ada")
        for name in ("AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_REGION", "AWS_DEFAULT_REGION"):
            os.environ.pop(name, None)
        with self.assertRaisesRegex(RuntimeError, "AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE, AWS_REGION or "
                                                  "AWS_DEFAULT_REGION not set"):
            load("scratch.py", "scratch-aws.py")["smoke"](timeout_seconds=5)


class AzureCellTest(Environment):
    def test_round_trip_with_the_federated_token(self):
        store = ObjectStore()
        forms = []

        def route(method, path, headers, body):
            if path == "/tenant-id/oauth2/v2.0/token":
                forms.append(urllib.parse.parse_qs(body.decode()))
                return 200, {}, json.dumps({"access_token": "entra-token", "token_type": "Bearer"}).encode()
            if headers.get("Authorization") != "Bearer entra-token" or not headers.get("x-ms-version") \
                    or not headers.get("x-ms-date"):
                return 403, {}, b"AuthenticationFailed"
            key = urllib.parse.unquote(path.removeprefix("/acct/"))
            if method == "PUT":
                if headers.get("x-ms-blob-type") != "BlockBlob":
                    return 400, {}, b"MissingRequiredHeader"
                store.put(key, body)
                return 201, {}, b""
            if method == "GET":
                found = store.get(key)
                return (404, {}, b"BlobNotFound") if found is None else (200, {}, found)
            store.delete(key)
            return 202, {}, b""

        fake = self.fake(route)
        self.environ(SCRATCH_BUCKET="abfs://scratch@acct.dfs.core.windows.net/ada", JUPYTERHUB_USER="ada",
                     AZURE_CLIENT_ID="client-id", AZURE_TENANT_ID="tenant-id", AZURE_AUTHORITY_HOST=fake.url + "/",
                     AZURE_FEDERATED_TOKEN_FILE=self.token_file("federated-token"))
        cell = load("scratch.py", "scratch-azure.py")
        cell["BLOB_ENDPOINT"] = fake.url + "/{account}"
        cell["smoke"](timeout_seconds=5)

        self.assertEqual(forms[0]["client_assertion"], ["federated-token"])
        self.assertEqual(forms[0]["client_id"], ["client-id"])
        self.assertEqual(forms[0]["grant_type"], ["client_credentials"])
        self.assertEqual(forms[0]["scope"], ["https://storage.azure.com/.default"])
        self.assertEqual([method for method, _, _, _ in fake.requests], ["POST", "PUT", "GET", "DELETE", "GET"])
        self.assertTrue(fake.requests[1][1].startswith("/acct/scratch/ada/hubfleet-smoke-"))
        self.assertEqual(store.objects, {})


class HomeCellTest(Environment):
    def test_writes_reads_and_removes_a_file_in_a_mounted_home(self):
        home = tempfile.mkdtemp()
        self.addCleanup(os.rmdir, home)
        self.environ(HOME=home)
        with mock.patch("os.path.ismount", return_value=True):
            load("home.py")["smoke"](timeout_seconds=5)
        self.assertEqual(os.listdir(home), [])

    def test_a_home_that_is_not_a_volume_fails(self):
        home = tempfile.mkdtemp()
        self.addCleanup(os.rmdir, home)
        self.environ(HOME=home)
        with mock.patch("os.path.ismount", return_value=False):
            with self.assertRaisesRegex(RuntimeError, "is not a mounted volume"):
                load("home.py")["smoke"](timeout_seconds=5)


class DaskCellTest(unittest.TestCase):
    def fake_gateway(self, result):
        calls = []

        class Client:
            def wait_for_workers(self, n, timeout):
                calls.append(("wait_for_workers", n))

            def submit(self, function, *args):
                calls.append(("submit", function(*args)))
                return types.SimpleNamespace(result=lambda timeout: result)

            def close(self):
                calls.append("client.close")

        class Cluster:
            name = "hub.abc"

            def scale(self, n):
                calls.append(("scale", n))

            def get_client(self):
                return Client()

            def shutdown(self):
                calls.append("shutdown")

        class Gateway:
            def new_cluster(self):
                calls.append("new_cluster")
                return Cluster()

            def close(self):
                calls.append("gateway.close")

        module = types.ModuleType("dask_gateway")
        module.Gateway = Gateway
        patcher = mock.patch.dict(sys.modules, {"dask_gateway": module})
        patcher.start()
        self.addCleanup(patcher.stop)
        return calls

    def test_a_cluster_scales_computes_and_shuts_down(self):
        calls = self.fake_gateway(45)
        load("dask.py")["smoke"](timeout_seconds=5)
        self.assertEqual(calls, ["new_cluster", ("scale", 1), ("wait_for_workers", 1), ("submit", 45),
                                 "client.close", "shutdown", "gateway.close"])

    def test_a_wrong_result_fails_and_the_cluster_is_still_shut_down(self):
        calls = self.fake_gateway(44)
        with self.assertRaisesRegex(AssertionError, "not 45"):
            load("dask.py")["smoke"](timeout_seconds=5)
        self.assertIn("shutdown", calls)


if __name__ == "__main__":
    unittest.main()
