"""End to end on the local backend: `ingest api` as a process, uploads through its own signed URLs."""

from __future__ import annotations

import datetime as dt
import json
import signal
from pathlib import Path

import requests
from ingest_procs import (
    TEXT_STATEMENT,
    WebhookReceiver,
    assert_three_file_outcome,
    base_env,
    poll_document,
    start_api,
    three_files,
    uninterrupted,
    upload,
)

from ingest.api.uploads import LocalUploads
from ingest.webhooks import SIGNATURE_HEADER, verify

UPLOAD_SECRET = "upload-secret-for-this-test-0123456789"
WEBHOOK_SECRET = "webhook-secret-for-this-test-0123456789"


def _declare(
    base_url: str, api_key: str, files: list[dict[str, object]], **extra: object
) -> requests.Response:
    body = {"reference": "loan-42", "files": files, **extra}
    return requests.post(f"{base_url}/requests", json=body, headers={"x-api-key": api_key}, timeout=10)


def test_three_files_through_the_local_api(tmp_path: Path) -> None:
    env = base_env(tmp_path / "home")
    env.update(INGEST_UPLOAD_SECRET=UPLOAD_SECRET, INGEST_WEBHOOK_SECRET=WEBHOOK_SECRET)
    files = three_files()
    api, base_url = start_api(env, tmp_path / "api.log")
    try:
        with WebhookReceiver() as hook:
            created = _declare(
                base_url,
                "key-a",
                [{"name": n, "size": len(d), "content_type": t} for n, d, t in files],
                callback_url=hook.url,
            )
            assert created.status_code == 201, created.text
            request_id = created.json()["request_id"]
            offers = {o["name"]: o for o in created.json()["uploads"]}
            assert created.json()["status"] == "AWAITING_FILES"

            for name, data, content_type in files:
                assert upload(offers[name], name, data, content_type).status_code == 204
            # The same object again: accepted by the server, changes nothing.
            name, data, content_type = files[0]
            assert upload(offers[name], name, data, content_type).status_code == 204

            document = poll_document(base_url, request_id, "key-a", diagnostics=api.output)
            assert_three_file_outcome(document, uninterrupted(tmp_path, files))

            # Invisible to another tenant, and to a caller without a key.
            other = requests.get(
                f"{base_url}/requests/{request_id}", headers={"x-api-key": "key-b"}, timeout=10
            )
            assert other.status_code == 404
            assert other.json()["code"] == "SESSION_NONEXISTENT"
            assert requests.get(f"{base_url}/requests/{request_id}", timeout=10).status_code == 401

            hook.wait()
            headers, body = hook.calls[0]
            assert verify(WEBHOOK_SECRET.encode(), headers[SIGNATURE_HEADER], body)
            summary = json.loads(body)
            assert summary["request_id"] == request_id
            assert summary["status"] == "OCR_COMPLETED_WITH_PARTIAL_ERROR"
            assert summary["transactions"] == sum(len(a["transactions"]) for a in document["accounts"])
    finally:
        api.stop()


def test_expired_and_oversized_uploads_are_refused(tmp_path: Path) -> None:
    env = base_env(tmp_path / "home")
    env.update(INGEST_UPLOAD_SECRET=UPLOAD_SECRET, INGEST_MAX_FILE_BYTES="200000")
    api, base_url = start_api(env, tmp_path / "api.log")
    try:
        # Declared over the byte limit, or too many files: refused up front.
        too_big = _declare(base_url, "key-a", [{"name": "big.pdf", "size": 200_001}])
        assert too_big.status_code == 413
        assert too_big.json()["code"] == "FILE_TOO_LARGE"
        too_many = _declare(base_url, "key-a", [{"name": f"{i}.pdf", "size": 10} for i in range(25)])
        assert too_many.status_code == 413

        created = _declare(
            base_url, "key-a", [{"name": "small.pdf", "size": 1000, "content_type": "application/pdf"}]
        )
        assert created.status_code == 201, created.text
        request_id = created.json()["request_id"]
        offer = created.json()["uploads"][0]

        # Past the declared size plus slack.
        oversized = upload(offer, "small.pdf", b"%PDF-1.7\n" + b"0" * 20_000, "application/pdf")
        assert oversized.status_code == 413
        assert oversized.json()["code"] == "UPLOAD_TOO_LARGE"

        # Over the server's byte limit: refused before the body is read.
        huge = upload(offer, "small.pdf", b"0" * 400_000, "application/pdf")
        assert huge.status_code == 413

        # A policy for the same key that expired a second ago, signed with the server's secret.
        key = offer["fields"]["key"]
        past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        expired = LocalUploads(UPLOAD_SECRET.encode(), tmp_path).offer(
            key, "application/pdf", 5000, past, base_url
        )
        refused = upload(
            {"method": "POST", "url": expired.url, "fields": expired.fields},
            "small.pdf",
            b"%PDF-1.7",
            "application/pdf",
        )
        assert refused.status_code == 403
        assert refused.json()["code"] == "UPLOAD_EXPIRED"

        # A forged policy (a bigger cap) under the original signature.
        forged = dict(offer["fields"], policy=expired.fields["policy"])
        assert (
            upload(
                {"method": "POST", "url": offer["url"], "fields": forged}, "x", b"%PDF", "application/pdf"
            ).status_code
            == 403
        )

        # Nothing of the refused uploads arrived.
        status = requests.get(f"{base_url}/requests/{request_id}", headers={"x-api-key": "key-a"}, timeout=10)
        assert status.status_code == 202
        assert status.json()["status"] == "AWAITING_FILES"
    finally:
        api.stop()


def test_a_webhook_in_flight_when_the_server_is_killed_is_sent_after_the_restart(tmp_path: Path) -> None:
    """The request ends, its webhook is on the wire, the server gets SIGKILL: the next start sends it."""
    env = base_env(tmp_path / "home")
    env.update(INGEST_UPLOAD_SECRET=UPLOAD_SECRET, INGEST_WEBHOOK_SECRET=WEBHOOK_SECRET)
    data = TEXT_STATEMENT.read_bytes()
    api, base_url = start_api(env, tmp_path / "api.log")
    try:
        with WebhookReceiver(hold_first=True) as hook:
            created = _declare(
                base_url,
                "key-a",
                [{"name": "statement.pdf", "size": len(data), "content_type": "application/pdf"}],
                callback_url=hook.url,
            )
            request_id = created.json()["request_id"]
            assert (
                upload(created.json()["uploads"][0], "statement.pdf", data, "application/pdf").status_code
                == 204
            )
            poll_document(base_url, request_id, "key-a", diagnostics=api.output)
            hook.wait(1)
            api.stop(sig=signal.SIGKILL)  # while the receiver holds the webhook unanswered

            api, base_url = start_api(env, tmp_path / "api-again.log")
            hook.wait(2)
            headers, body = hook.calls[1]
            assert verify(WEBHOOK_SECRET.encode(), headers[SIGNATURE_HEADER], body)
            assert json.loads(body)["request_id"] == request_id
            api.wait_for("webhook delivered")
    finally:
        api.stop()
