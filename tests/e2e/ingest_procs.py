"""Helpers for end-to-end tests: `ingest` commands as real processes, the three statement files, polling."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests

from devtools.realworld import VENDORED
from tests.hostile.makers import encrypted_pdf

ROOT = Path(__file__).resolve().parents[2]
TEXT_STATEMENT = VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_11111111_20190610.pdf"
TERMINAL = {"COMPLETED", "OCR_COMPLETED_WITH_PARTIAL_ERROR", "OCR_FILES_INTEGRATION_FAILURE"}


def scan_png() -> bytes:
    """Page 1 of the text statement rendered at 200 dpi: a scan, with no text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(TEXT_STATEMENT))
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def three_files() -> list[tuple[str, bytes, str]]:
    """(name, bytes, content type) of a text statement, a scan of it, and a password-protected PDF."""
    return [
        ("statement.pdf", TEXT_STATEMENT.read_bytes(), "application/pdf"),
        ("scan.png", scan_png(), "image/png"),
        ("locked.pdf", encrypted_pdf(user="1234", owner="bank"), "application/pdf"),
    ]


def command_env(home: Path, **settings: str) -> dict[str, str]:
    """The environment of an `ingest` command on its own home: this process's, without its INGEST_
    settings, with INGEST_HOME and `settings` set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INGEST_")}
    return env | {"INGEST_HOME": str(home), **settings}


def base_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INGEST_", "AWS_"))}
    env.update(
        INGEST_HOME=str(home),
        INGEST_API_KEYS="key-a:tenant-a,key-b:tenant-b",
        OMP_THREAD_LIMIT="1",
        PYTHONUNBUFFERED="1",
        INGEST_WEBHOOK_ALLOW_PRIVATE="1",  # the webhook receivers listen on loopback
    )
    return env


class Proc:
    """An `ingest` subcommand in its own process group, with stderr kept in a file for failures."""

    def __init__(self, args: list[str], env: Mapping[str, str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "ingest", "-v", *args],
            env=dict(env),
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for(self, pattern: str, timeout_s: float = 20) -> re.Match[str]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if match := re.search(pattern, self.output()):
                return match
            if self.popen.poll() is not None:
                raise AssertionError(f"process exited {self.popen.returncode}:\n{self.output()}")
            time.sleep(0.1)
        raise AssertionError(f"no {pattern!r} within {timeout_s} s:\n{self.output()}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, sig)
            try:
                self.popen.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=10)
        self._log.close()


@contextmanager
def running(args: list[str], env: Mapping[str, str], log_path: Path) -> Iterator[Proc]:
    proc = Proc(args, env, log_path)
    try:
        yield proc
    finally:
        proc.stop()


def start_api(env: Mapping[str, str], log_path: Path) -> tuple[Proc, str]:
    """`ingest api` on a free port of the loopback interface; its base URL."""
    proc = Proc(["api", "--host", "127.0.0.1", "--port", "0"], env, log_path)
    try:
        match = proc.wait_for(r"listening on (http://127\.0\.0\.1:\d+)")
    except BaseException:
        proc.stop()
        raise
    return proc, match.group(1)


def upload(offer: Mapping[str, Any], name: str, data: bytes, content_type: str) -> requests.Response:
    """What a lending app does with one `uploads[]` entry: the form fields, then the file."""
    assert offer["method"] == "POST"
    return requests.post(
        offer["url"], data=offer["fields"], files={"file": (name, data, content_type)}, timeout=30
    )


def poll_document(
    base_url: str, request_id: str, api_key: str, timeout_s: float = 50, diagnostics: Callable[[], str] = str
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    document: dict[str, Any] = {}
    while time.monotonic() < deadline:
        response = requests.get(
            f"{base_url}/requests/{request_id}", headers={"x-api-key": api_key}, timeout=10
        )
        document = response.json()
        if document.get("status") in TERMINAL:
            assert response.status_code == 200
            return document
        assert response.status_code == 202, response.text
        time.sleep(0.3)
    raise AssertionError(f"still {document.get('status')} after {timeout_s} s\n{diagnostics()}")


def transactions(document: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    return [
        (t["file"], t["date"], t["description"], t["amount"], t["balance"])
        for a in document["accounts"]
        for t in a["transactions"]
    ]


def uninterrupted(tmp_path: Path, files: list[tuple[str, bytes, str]]) -> dict[str, Any]:
    """The same files through `ingest run` on the local backend, in one go: the reference outcome."""
    folder = tmp_path / "reference"
    folder.mkdir()
    for name, data, _ in files:
        (folder / name).write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "ingest", "run", *(str(folder / name) for name, _, _ in files)],
        env=base_env(tmp_path / "reference-home"),
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return dict(json.loads(done.stdout))


def assert_three_file_outcome(document: dict[str, Any], reference: dict[str, Any]) -> None:
    """The acceptance outcome: partial error, the locked file ENCRYPTED_FILE, the statement's
    transactions, each once, and the same transactions as an uninterrupted local run of the same files."""
    assert document["status"] == "OCR_COMPLETED_WITH_PARTIAL_ERROR"
    assert document["status_label"] == "Ocr Completed With Partial Error"
    by_name = {f["name"]: f for f in document["files"]}
    assert by_name["locked.pdf"]["status"] == "REJECTED"
    assert by_name["locked.pdf"]["rejection"]["code"] == "ENCRYPTED_FILE"
    assert by_name["statement.pdf"]["status"] == "ACCEPTED"
    assert by_name["statement.pdf"]["method"] == "TEXT"
    assert by_name["scan.png"]["status"] == "ACCEPTED"
    assert by_name["scan.png"]["method"] == "OCR"
    assert any("11111111" in (a["account_number"] or "") for a in document["accounts"])
    found = transactions(document)
    assert any(t[0] == "statement.pdf" for t in found), document["accounts"]
    assert len(found) == len(set(found)), "a transaction appears twice"
    assert found == transactions(reference)
    assert [(f["name"], f["status"], f["sha256"]) for f in document["files"]] == [
        (f["name"], f["status"], f["sha256"]) for f in reference["files"]
    ]


class WebhookReceiver:
    """A callback endpoint on 127.0.0.1 that records what it is sent; with `hold_first`, the first call
    gets no answer until the receiver closes (a delivery in flight)."""

    def __init__(self, hold_first: bool = False) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        received = self.calls
        self._closing = closing = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                received.append((dict(self.headers.items()), body))
                if hold_first and len(received) == 1:
                    closing.wait()
                    return
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self.server.shutdown()
        self.server.server_close()

    def wait(self, count: int = 1, timeout_s: float = 20) -> None:
        deadline = time.monotonic() + timeout_s
        while len(self.calls) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(self.calls) >= count, f"{len(self.calls)} webhook calls"
