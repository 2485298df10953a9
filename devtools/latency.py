"""Latency: seconds from a statement handed over to its document ready, p50 and p95, one at a time.

`python -m devtools.latency [--repeats 7]` measures a 1-page and a 3-page statement, digital and scanned,
through `ingest run` (a process per file, as a script calls it) and through the local API (`ingest api`
already running: create the request, upload the file through the returned form, poll until terminal).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import requests

from devtools.samplegen import write_corpus

API_KEY = "latency-key"
POLL_S = 0.05
TERMINAL = ("COMPLETED", "OCR_COMPLETED_WITH_PARTIAL_ERROR", "OCR_FILES_INTEGRATION_FAILURE")
ROWS = {1: (6, 12), 3: (75, 100)}  # transactions that lay out on about one page, about three pages


@dataclass(frozen=True, slots=True)
class Case:
    kind: str  # digital | scanned
    pages: int
    path: Path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.latency", description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs of each case and path (default 7)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ingest-latency-"))
    try:
        for line in report(work, args.repeats):
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(work: Path, repeats: int) -> Iterator[str]:
    cases = _cases(work)
    env = {**os.environ, "INGEST_HOME": str(work / ".home"), "OMP_THREAD_LIMIT": "1"}
    yield f"{'statement':<18} {'path':<10} {'p50 s':>7} {'p95 s':>7}  ({repeats} runs each, one at a time)"
    paths: tuple[tuple[str, Callable[[Case, dict[str, str], str], None]], ...] = (
        ("ingest run", _via_run),
        ("local API", _via_api),
    )
    with _api(env, work) as base_url:
        for case in cases:
            label = f"{case.kind}, {case.pages} page{'s' if case.pages > 1 else ''}"
            for path_name, run in paths:
                seconds = []
                for _ in range(repeats):
                    started = time.perf_counter()
                    run(case, env, base_url)
                    seconds.append(time.perf_counter() - started)
                p50, p95 = quantile(seconds, 0.5), quantile(seconds, 0.95)
                yield f"{label:<18} {path_name:<10} {p50:7.2f} {p95:7.2f}"


def _cases(work: Path) -> list[Case]:
    """A generated statement of exactly one and of three pages, as a text PDF and as a 300-dpi scan."""
    cases = []
    for pages, rows in ROWS.items():
        out = work / f"corpus-{pages}"
        write_corpus(out, 6, seed=11, variants=("text", "scan300"), rows=rows)
        for kind, variant in (("digital", "text"), ("scanned", "scan300")):
            found = next((p for p in _statements(out, variant) if _page_count(p) == pages), None)
            if found is None:
                raise SystemExit(f"no generated {variant} statement of {pages} pages; widen ROWS")
            cases.append(Case(kind, pages, found))
    return sorted(cases, key=lambda c: (c.kind, c.pages))


def _statements(out: Path, variant: str) -> list[Path]:
    return sorted((out / "requests").glob(f"*-{variant}/statement-*.pdf"))


def _page_count(path: Path) -> int:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return 0  # one of the generator's hostile files
    try:
        return len(document)
    finally:
        document.close()


def quantile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (interpolated, as numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[round(share * 100) - 1]


def _via_run(case: Case, env: dict[str, str], base_url: str) -> None:
    # A fresh reference each time: `ingest run` hands back a finished request of the same reference.
    command = [sys.executable, "-m", "ingest", "run", str(case.path), "--reference", uuid.uuid4().hex]
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(
            f"ingest run failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}"
        )


def _via_api(case: Case, env: dict[str, str], base_url: str) -> None:
    headers = {"x-api-key": API_KEY}
    data = case.path.read_bytes()
    declared = {"name": case.path.name, "size": len(data), "content_type": "application/pdf"}
    created = requests.post(
        f"{base_url}/requests",
        json={"reference": "latency", "files": [declared]},
        headers=headers,
        timeout=30,
    )
    created.raise_for_status()
    offer = created.json()["uploads"][0]
    if offer["method"] == "POST":
        sent = requests.post(
            offer["url"], data=offer["fields"], files={"file": (case.path.name, data)}, timeout=30
        )
    else:
        sent = requests.put(offer["url"], data=data, headers=offer.get("headers") or {}, timeout=30)
    sent.raise_for_status()
    url = f"{base_url}/requests/{created.json()['request_id']}"
    while requests.get(url, headers=headers, timeout=30).json().get("status") not in TERMINAL:
        time.sleep(POLL_S)


@contextmanager
def _api(env: dict[str, str], work: Path) -> Iterator[str]:
    """`ingest api` on a free loopback port, until the block ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}"
    server_env = {**env, "INGEST_API_KEYS": f"{API_KEY}:latency", "INGEST_PUBLIC_URL": base_url}
    log = (work / "api.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "ingest", "api", "--host", "127.0.0.1", "--port", str(port)],
        env=server_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(base_url, server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _wait_until_up(base_url: str, server: subprocess.Popen[bytes], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"ingest api exited with {server.returncode}")
        try:
            requests.get(f"{base_url}/requests/none", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise SystemExit("ingest api did not start")


if __name__ == "__main__":
    raise SystemExit(main())
