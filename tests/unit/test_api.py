"""The HTTP API as a pure function, and the upload policies it signs, checked directly.

moto does not check presigned POST policies, so what S3 would enforce is read from the policy itself:
expiry, size range, content type, and a key bound to the tenant and request.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from moto import mock_aws

from ingest.api.app import SIZE_SLACK_BYTES, UPLOAD_EXPIRY, App
from ingest.api.uploads import LocalUploads, UploadRefused
from ingest.services import open_services
from ingest.settings import Limits, Settings

KEYS = {"key-a": "tenant-a", "key-b": "tenant-b"}
LIMITS = Limits(max_file_bytes=1_000_000, max_files=3)
PUBLIC_URL = "https://ingest.lender.example"
SECRET = b"s" * 32


def _create(
    app: App, files: list[dict[str, object]], key: str = "key-a", **extra: object
) -> tuple[int, dict[str, Any]]:
    body = json.dumps({"reference": "loan-1", "files": files, **extra}).encode()
    # Host and X-Forwarded-Proto are the client's to write: upload URLs never come from them.
    headers = {"X-Api-Key": key, "Host": "attacker.example", "X-Forwarded-Proto": "gopher"}
    response = app.handle("POST", "/requests", headers, body)
    return response.status, json.loads(response.body)


@pytest.fixture
def local_app(tmp_path: Path) -> App:
    settings = Settings(home=tmp_path, api_keys=KEYS, limits=LIMITS, public_url=PUBLIC_URL)
    return App(open_services(settings), LocalUploads(SECRET, tmp_path / "incoming"))


@pytest.fixture
def aws_app(fake_aws_credentials: None, tmp_path: Path) -> Iterator[App]:
    with mock_aws():
        from ingest.backends.aws import S3BlobStore, S3Uploads, init_resources

        settings = Settings(
            backend="aws",
            home=tmp_path,
            bucket="ingest-api-test",
            table="ingest-api-test",
            queue="ingest-api-test",
            api_keys=KEYS,
            limits=LIMITS,
        )
        init_resources(settings)
        svc = open_services(settings)
        assert isinstance(svc.blobs, S3BlobStore)
        yield App(svc, S3Uploads(svc.blobs))


# The routes.
def test_create_answers_201_with_one_upload_per_file(local_app: App) -> None:
    status, body = _create(
        local_app, [{"name": "a.pdf", "size": 10}, {"name": "b.png", "size": 20, "content_type": "image/png"}]
    )
    assert status == 201
    assert set(body) == {"request_id", "reference", "status", "uploads"}
    assert body["status"] == "AWAITING_FILES"
    assert [u["name"] for u in body["uploads"]] == ["a.pdf", "b.png"]
    for upload in body["uploads"]:
        assert set(upload) == {"file_id", "name", "method", "url", "fields", "headers", "expires_at"}
        assert upload["url"] == f"{PUBLIC_URL}/uploads"


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ([{"name": "big.pdf", "size": LIMITS.max_file_bytes + 1}], "FILE_TOO_LARGE"),
        ([{"name": f"{i}.pdf", "size": 1} for i in range(LIMITS.max_files + 1)], "TOO_MANY_FILES"),
    ],
)
def test_over_the_limits_is_413(local_app: App, files: list[dict[str, object]], code: str) -> None:
    status, body = _create(local_app, files)
    assert (status, body["code"]) == (413, code)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b'{"reference": "r"}',
        b'{"reference": "r", "files": []}',
        b'{"reference": "r", "files": [{"name": "a", "size": -1}]}',
    ],
)
def test_malformed_bodies_are_400(local_app: App, body: bytes) -> None:
    response = local_app.handle("POST", "/requests", {"x-api-key": "key-a"}, body)
    assert response.status == 400
    assert json.loads(response.body)["code"] == "MALFORMED_REQUEST"


@pytest.mark.parametrize(
    "url",
    [
        "http://203.0.113.9/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.1/hook",
        "https://192.168.1.1/hook",
        "https://[fd00::1]/hook",
        "https://0.0.0.0/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "http://127.0.0.1:9999/hook",
    ],
)
def test_callback_url_must_be_https_to_a_public_address(local_app: App, url: str) -> None:
    status, body = _create(local_app, [{"name": "a.pdf", "size": 10}], callback_url=url)
    assert (status, body["code"]) == (400, "MALFORMED_REQUEST")
    assert body["message"].startswith("callback_url")


def test_callback_url_to_a_public_address_is_accepted(local_app: App) -> None:
    assert _create(local_app, [{"name": "a.pdf", "size": 10}], callback_url="https://1.1.1.1/hook")[0] == 201


def test_private_callbacks_need_the_local_development_setting(tmp_path: Path) -> None:
    settings = Settings(
        home=tmp_path, api_keys=KEYS, limits=LIMITS, webhook_allow_private=True, public_url=PUBLIC_URL
    )
    app = App(open_services(settings), LocalUploads(SECRET, tmp_path / "incoming"))
    assert _create(app, [{"name": "a.pdf", "size": 10}], callback_url="http://127.0.0.1:9999/hook")[0] == 201


def test_unknown_or_missing_key_is_401(local_app: App) -> None:
    assert _create(local_app, [{"name": "a.pdf", "size": 10}], key="nope")[0] == 401
    response = local_app.handle("GET", "/requests/abc", {}, b"")
    assert (response.status, json.loads(response.body)["code"]) == (401, "UNAUTHORIZED")


def test_a_request_is_invisible_to_other_tenants(local_app: App) -> None:
    _, body = _create(local_app, [{"name": "a.pdf", "size": 10}])
    path = f"/requests/{body['request_id']}"
    mine = local_app.handle("GET", path, {"x-api-key": "key-a"}, b"")
    assert mine.status == 202
    for method in ("GET", "DELETE"):
        theirs = local_app.handle(method, path, {"x-api-key": "key-b"}, b"")
        assert theirs.status == 404
        assert json.loads(theirs.body) == {
            "code": "SESSION_NONEXISTENT",
            "message": f"No request {body['request_id']}.",
        }
    unknown = local_app.handle(
        "GET", "/requests/00000000-0000-0000-0000-000000000000", {"x-api-key": "key-a"}, b""
    )
    assert json.loads(unknown.body)["code"] == "SESSION_NONEXISTENT"


def test_delete_removes_the_request(local_app: App) -> None:
    _, body = _create(local_app, [{"name": "a.pdf", "size": 10}])
    path = f"/requests/{body['request_id']}"
    assert local_app.handle("DELETE", path, {"x-api-key": "key-a"}, b"").status == 204
    assert local_app.handle("GET", path, {"x-api-key": "key-a"}, b"").status == 404


def test_unknown_routes_and_methods(local_app: App) -> None:
    assert local_app.handle("GET", "/nothing", {}, b"").status == 404
    assert local_app.handle("PUT", "/requests", {"x-api-key": "key-a"}, b"").status == 405


# Presigned S3 POST policies.
def _policy(fields: dict[str, str]) -> dict[str, Any]:
    return dict(json.loads(base64.b64decode(fields["policy"])))


def _conditions(policy: dict[str, Any]) -> tuple[dict[str, str], list[list[Any]]]:
    exact = {k: v for c in policy["conditions"] if isinstance(c, dict) for k, v in c.items()}
    ranges = [c for c in policy["conditions"] if isinstance(c, list)]
    return exact, ranges


def _sigv4(secret: str, date: str, region: str, policy: str) -> str:
    key = ("AWS4" + secret).encode()
    for part in (date, region, "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, policy.encode(), hashlib.sha256).hexdigest()


def test_presigned_post_binds_key_type_size_and_expiry(aws_app: App) -> None:
    before = dt.datetime.now(dt.UTC)
    status, body = _create(
        aws_app, [{"name": "march.pdf", "size": 50_000, "content_type": "application/pdf"}]
    )
    assert status == 201
    [upload] = body["uploads"]
    fields = upload["fields"]
    policy = _policy(fields)
    exact, ranges = _conditions(policy)
    assert exact["key"] == fields["key"] == f"requests/tenant-a/{body['request_id']}/{upload['file_id']}"
    assert exact["bucket"] == "ingest-api-test"
    assert exact["Content-Type"] == fields["Content-Type"] == "application/pdf"
    assert exact["x-amz-server-side-encryption"] == "AES256"
    assert ranges == [["content-length-range", 0, 50_000 + SIZE_SLACK_BYTES]]
    expiration = dt.datetime.fromisoformat(policy["expiration"].replace("Z", "+00:00"))
    assert (
        before + UPLOAD_EXPIRY - dt.timedelta(seconds=5)
        <= expiration
        <= before + UPLOAD_EXPIRY + dt.timedelta(minutes=1)
    )
    assert dt.datetime.fromisoformat(upload["expires_at"]) <= expiration + dt.timedelta(seconds=1)
    # Signed (SigV4) over exactly this policy: changing any condition breaks the signature.
    credential = fields["x-amz-credential"].split("/")
    assert fields["x-amz-algorithm"] == "AWS4-HMAC-SHA256"
    secret = os.environ["AWS_SECRET_ACCESS_KEY"]  # as moto's mock set it
    assert fields["x-amz-signature"] == _sigv4(secret, credential[1], credential[2], fields["policy"])


def test_presigned_size_cap_never_exceeds_the_byte_limit(aws_app: App) -> None:
    _, body = _create(aws_app, [{"name": "big.pdf", "size": LIMITS.max_file_bytes}])
    _, ranges = _conditions(_policy(body["uploads"][0]["fields"]))
    assert ranges == [["content-length-range", 0, LIMITS.max_file_bytes]]


def test_presigned_keys_differ_per_tenant_and_request(aws_app: App) -> None:
    keys = {
        u["fields"]["key"]
        for key in ("key-a", "key-a", "key-b")
        for u in _create(aws_app, [{"name": "a.pdf", "size": 10}], key=key)[1]["uploads"]
    }
    assert len(keys) == 3
    assert {k.split("/")[1] for k in keys} == {"tenant-a", "tenant-b"}


# The local backend's own upload policies.
NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
KEY = "requests/tenant-a/req-1/file-1"


def _fields(uploads: LocalUploads, **changes: str) -> dict[str, str]:
    offer = uploads.offer(KEY, "application/pdf", 100, NOW + dt.timedelta(minutes=15), "http://h")
    return {**offer.fields, **changes}


def _multipart(fields: dict[str, str], data: bytes | None, boundary: str = "b0undary") -> tuple[str, bytes]:
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    if data is not None:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        parts.append(head.encode() + b"Content-Type: application/pdf\r\n\r\n" + data + b"\r\n")
    return f"multipart/form-data; boundary={boundary}", b"".join(parts) + f"--{boundary}--\r\n".encode()


def _read(uploads: LocalUploads, fields: dict[str, str], data: bytes | None, when: dt.datetime) -> bytes:
    content_type, body = _multipart(fields, data)
    reader = uploads.receive(content_type, len(body), when)
    reader.feed(body)
    received = reader.finish()
    try:
        assert received.key == KEY
        return received.path.read_bytes()
    finally:
        received.discard()


def test_local_policy_accepts_what_it_signed(tmp_path: Path) -> None:
    uploads = LocalUploads(SECRET, tmp_path)
    assert _read(uploads, _fields(uploads), b"%PDF-1.7\x00\xff\r\n", NOW) == b"%PDF-1.7\x00\xff\r\n"
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone once discarded


@pytest.mark.parametrize(
    ("form_changes", "data", "when", "status", "code"),
    [
        ({}, b"%PDF-1.7", NOW + dt.timedelta(minutes=16), 403, "UPLOAD_EXPIRED"),
        ({}, b"x" * 101, NOW, 413, "UPLOAD_TOO_LARGE"),
        ({"key": "requests/tenant-b/req-1/file-1"}, b"%PDF", NOW, 403, "UPLOAD_FORBIDDEN"),
        ({"Content-Type": "text/html"}, b"%PDF", NOW, 403, "UPLOAD_FORBIDDEN"),
        ({"signature": "0" * 64}, b"%PDF", NOW, 403, "UPLOAD_FORBIDDEN"),
        ({}, None, NOW, 400, "MALFORMED_REQUEST"),
    ],
    ids=["expired", "over-cap", "other-key", "other-type", "bad-signature", "no-file"],
)
def test_local_policy_refuses(
    tmp_path: Path,
    *,
    form_changes: dict[str, str],
    data: bytes | None,
    when: dt.datetime,
    status: int,
    code: str,
) -> None:
    uploads = LocalUploads(SECRET, tmp_path)
    with pytest.raises(UploadRefused) as refused:
        _read(uploads, _fields(uploads, **form_changes), data, when)
    assert (refused.value.status, refused.value.code) == (status, code)
    assert list(tmp_path.iterdir()) == []  # nothing of a refused upload is kept


def test_local_policy_from_another_secret_is_refused(tmp_path: Path) -> None:
    fields = _fields(LocalUploads(b"o" * 32, tmp_path))
    with pytest.raises(UploadRefused):
        _read(LocalUploads(SECRET, tmp_path), fields, b"%PDF", NOW)
