"""Throughput plumbing: OCR of a file's pages in parallel but in order, and the status store's connections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from devtools.samplegen.corpus import build, plan_request
from ingest.api.server import Processor
from ingest.backends.local import DirectoryBlobStore, SqliteStatusStore
from ingest.codes import ExtractionMethod, RequestStatus
from ingest.extract.pages import _OcrPool
from ingest.extract.words import PageWords
from ingest.pipeline import DeclaredFile, create_request, get_document, receive_file
from ingest.services import open_services
from ingest.settings import Settings
from tests.unit.authenticity.pdfs import signed


class _SlowLanguage:
    """Stands in for a file's OCR language: later pages finish first, and every call is recorded."""

    def __init__(self, decided: bool) -> None:
        self.decided = decided
        self.lock = threading.Lock()
        self.running = 0
        self.most_at_once = 0
        self.started: list[int] = []

    def read(self, image: Image.Image, number: int, dpi: float, *, dpi_known: bool = True) -> PageWords:
        del image, dpi, dpi_known
        with self.lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.started.append(number)
        time.sleep(0.05 / number)  # page 1 is the slowest: order must come from the pool, not from luck
        with self.lock:
            self.running -= 1
        self.decided = True
        return _page(number)


def _page(number: int) -> PageWords:
    return PageWords(number=number, width=612.0, height=792.0, words=(), method=ExtractionMethod.OCR)


def _read_all(pool: _OcrPool, count: int, text_pages: frozenset[int] = frozenset()) -> list[int]:
    image = Image.new("L", (8, 8))
    numbers = []
    with pool:
        for number in range(1, count + 1):
            pages = pool.done(_page(number)) if number in text_pages else pool.read(image, number, 300.0)
            numbers += [page.number for page in pages]
        numbers += [page.number for page in pool.drain()]
    return numbers


def test_pages_come_out_in_order_with_at_most_threads_in_flight() -> None:
    language = _SlowLanguage(decided=True)
    numbers = _read_all(_OcrPool(language, threads=3), 10)  # type: ignore[arg-type]
    assert numbers == list(range(1, 11))
    assert language.most_at_once == 3


def test_text_pages_wait_behind_the_scans_before_them() -> None:
    language = _SlowLanguage(decided=True)
    numbers = _read_all(_OcrPool(language, threads=2), 8, text_pages=frozenset({2, 5, 6}))  # type: ignore[arg-type]
    assert numbers == list(range(1, 9))


def test_the_first_page_is_read_alone_until_the_language_is_decided() -> None:
    language = _SlowLanguage(decided=False)
    numbers = _read_all(_OcrPool(language, threads=4), 6)  # type: ignore[arg-type]
    assert numbers == list(range(1, 7))
    assert language.started[0] == 1
    assert language.most_at_once > 1  # after the first page, the rest went in parallel


def test_one_thread_reads_one_page_at_a_time() -> None:
    language = _SlowLanguage(decided=True)
    assert _read_all(_OcrPool(language, threads=1), 5) == [1, 2, 3, 4, 5]  # type: ignore[arg-type]
    assert language.most_at_once == 1


def test_the_status_store_keeps_one_connection_per_thread(tmp_path: Path) -> None:
    store = SqliteStatusStore(tmp_path / "ingest.db")
    with store._connect() as first, store._connect() as again:
        assert first is again
    seen = []

    def other_thread() -> None:
        with store._connect() as db:
            seen.append(db)

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    with store._connect() as mine:
        assert seen[0] is not mine


def test_a_forked_process_opens_its_own_connection(tmp_path: Path) -> None:
    store = SqliteStatusStore(tmp_path / "ingest.db")
    with store._connect() as parent:
        parent_id = id(parent)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child reports whether it got a connection of its own, and that it works
        with store._connect() as db:
            ok = id(db) != parent_id and db.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
        os.write(writer, b"1" if ok else b"0")
        os._exit(0)
    os.close(writer)
    answer = os.read(reader, 1)
    os.waitpid(pid, 0)
    os.close(reader)
    assert answer == b"1"


def test_a_blob_key_cannot_leave_the_store(tmp_path: Path) -> None:
    store = DirectoryBlobStore(tmp_path / "blobs")
    store.put("results/t/r/document.json", b"{}")
    assert (tmp_path / "blobs" / "results" / "t" / "r" / "document.json").read_bytes() == b"{}"
    for key in ("../outside", "results/../../outside", "/etc/passwd", ""):
        with pytest.raises(ValueError, match="escapes"):
            store.put(key, b"x")
        with pytest.raises(ValueError, match="escapes"):
            store.get(key)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blobs"]


UNUSED_ON_A_LOCAL_BACKFILL = ("boto3", "botocore", "aws_lambda_powertools", "moto")
# What reading a file needs, and a process that reads none does not: the readers and their libraries.
READERS = (
    "pikepdf",
    "pypdfium2",
    "ingest.authenticity",
    "ingest.extract.pages",
    "ingest.extract.reader",
    "ingest.stages.extraction",
    "ingest.stages.validation",
)
# What only a scanned page or a picture needs: Pillow, OCR with numpy and the page clean-up, the scan
# checks, Tesseract's bindings. A reader child loads them with its first scanned page or picture, beside
# that file's memory allowance (`ingest.sandbox.outside_the_allowance`); no digital file needs them, so
# no driver loads them.
SCAN_READERS = (
    "PIL.Image",
    "numpy",
    "ingest.extract.ocr",
    "ingest.extract.images",
    "ingest.authenticity.scans",
    "pytesseract",
    "tesserocr",
)


def _backfill_in_a_process(tmp_path: Path, modules: tuple[str, ...]) -> tuple[int, list[str]]:
    """`ingest backfill` of tmp_path/in into tmp_path/out, in a process of its own: its exit code, and
    which of `modules` its driver loaded."""
    script = (
        "import sys\n"
        "from ingest.cli import main\n"
        f"code = main(['backfill', {str(tmp_path / 'in')!r}, '--out', {str(tmp_path / 'out')!r},"
        " '--workers', '1'])\n"
        f"print(code, ','.join(sorted(m for m in {modules!r} if m in sys.modules)))\n"
    )
    env = {**os.environ, "INGEST_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    code, loaded = done.stdout.split("\n")[-2].split(" ")
    return int(code), [m for m in loaded.split(",") if m]


def test_a_local_backfill_loads_no_aws_code_and_its_readers_once_before_its_workers(tmp_path: Path) -> None:
    """Start-up is serial: the AWS libraries a local backfill never uses are not imported, nor what only
    scans need. The readers are loaded once, in the driver before its workers are forked: they inherit
    them, and none loads them again."""
    source = tmp_path / "in" / "request"
    source.mkdir(parents=True)
    (source / "statement.pdf").write_bytes(next(iter(build(plan_request(0, seed=0)).files.values())))
    code, loaded = _backfill_in_a_process(tmp_path, UNUSED_ON_A_LOCAL_BACKFILL + SCAN_READERS + READERS)
    assert (code, loaded) == (0, sorted(READERS))
    assert (tmp_path / "out" / "request.json").is_file()


def test_a_backfill_with_nothing_left_to_read_loads_no_reader(tmp_path: Path) -> None:
    """Pinned so the readers cannot creep back into the driver's start: a backfill whose requests are
    all finished (resumed), or an empty folder, starts and ends without loading any of them."""
    source = tmp_path / "in" / "request"
    source.mkdir(parents=True)
    (source / "statement.pdf").write_bytes(next(iter(build(plan_request(0, seed=0)).files.values())))
    assert _backfill_in_a_process(tmp_path, READERS)[0] == 0
    first = (tmp_path / "out" / "request.json").read_bytes()
    assert _backfill_in_a_process(tmp_path, READERS) == (0, [])
    assert (tmp_path / "out" / "request.json").read_bytes() == first  # kept, not read again
    (tmp_path / "in" / "request" / "statement.pdf").unlink()
    (tmp_path / "in" / "request").rmdir()
    assert _backfill_in_a_process(tmp_path, READERS) == (0, [])


def test_the_command_ends_without_teardown_yet_its_buffered_output_arrives_whole(tmp_path: Path) -> None:
    """`ingest` ends its process at once after `main` (no interpreter teardown): what it printed into a
    pipe, block-buffered, is flushed first, and the exit code is `main`'s."""
    name, data = next(iter(build(plan_request(0, seed=0)).files.items()))
    (tmp_path / name).write_bytes(data)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["INGEST_HOME"] = str(tmp_path / "home")

    def ingest(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "ingest", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=False)

    read = ingest("run", str(tmp_path / name))
    assert read.returncode == 0, read.stderr
    assert read.stdout.endswith("}\n")  # the whole document: its last line was left in the buffer
    assert json.loads(read.stdout)["status"] == "COMPLETED"
    unknown = ingest("status", "no-such-request")
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert "no-such-request" in unknown.stderr


def test_the_api_and_the_pipeline_load_no_reader_until_a_file_is_read() -> None:
    """The API's handlers (create, upload, status) and the pipeline's admission read no file."""
    script = (
        "import sys\n"
        "import ingest.api.app, ingest.api.server, ingest.backfill, ingest.pipeline\n"
        f"print(','.join(sorted(m for m in {READERS!r} if m in sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_library_loads_its_readers_without_freezing_its_callers_objects(tmp_path: Path) -> None:
    """`ingest.read` loads the readers on its first call, and leaves the caller's collector alone: a
    command freezes what it loaded (`ingest.sandbox.loading`), a library must not."""
    path = tmp_path / "statement.pdf"
    path.write_bytes(next(iter(build(plan_request(0, seed=0)).files.values())))
    script = (
        "import gc, sys\n"
        "import ingest\n"
        "before = gc.get_freeze_count()\n"
        f"document = ingest.read([{str(path)!r}])\n"
        "loaded = 'ingest.stages.extraction' in sys.modules\n"
        "print(document.status.value, loaded, gc.get_freeze_count() - before)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "COMPLETED True 0"


def test_a_queue_worker_loads_its_readers_as_a_command_does_frozen_and_with_the_collector_on_after(
    tmp_path: Path,
) -> None:
    """`ingest worker` and the Lambda worker load the readers under `ingest.sandbox.loading`, as a
    backfill does: frozen for the reader child they fork, and the collector enabled again after."""
    script = (
        "import gc, sys\n"
        "from ingest import worker\n"
        "from ingest.settings import Settings\n"
        "before = gc.get_freeze_count()\n"
        f"svc = worker.worker_services(Settings(home={str(tmp_path / 'home')!r}))\n"
        "loaded = 'ingest.stages.extraction' in sys.modules\n"
        "print(loaded, gc.get_freeze_count() > before, gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "True True True"


# What only some files need, loaded where one is first read: a signature's check, and what scans need.
SIGNATURE_LIBRARIES = ("asn1crypto", "cryptography")


def test_the_signature_libraries_load_only_when_a_file_carries_a_signature(tmp_path: Path) -> None:
    """Reading an unsigned digital statement loads neither asn1crypto nor cryptography, nor anything
    only a scan needs (numpy, OCR); the same statement signed loads the first two, and its signature
    still verifies."""
    unsigned = next(iter(build(plan_request(0, seed=0)).files.values()))
    (tmp_path / "unsigned.pdf").write_bytes(unsigned)
    (tmp_path / "signed.pdf").write_bytes(signed(unsigned))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ingest.pipeline import load_readers, read_file\n"
        "from ingest.settings import Limits\n"
        "from ingest.stages.upload import PDF\n"
        "load_readers()\n"
        "for name in ('unsigned.pdf', 'signed.pdf'):\n"
        f"    extraction = read_file(Limits(), (Path({str(tmp_path)!r}) / name).read_bytes(), PDF)\n"
        "    codes = ','.join(sorted(s.code.value for s in extraction.signals if 'SIGN' in s.code.value))\n"
        f"    loaded = ','.join(m for m in {SIGNATURE_LIBRARIES + SCAN_READERS!r} if m in sys.modules)\n"
        "    print(extraction.method.value, codes or '-', loaded or '-')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["TEXT - -", "TEXT SIGNED_WHOLE_FILE asn1crypto,cryptography"]


def test_the_local_server_reads_file_after_file_in_one_reader_child(
    tmp_path: Path, reader_children: list[int | None]
) -> None:
    children = reader_children
    svc = open_services(Settings(home=tmp_path / "home"))
    requests = []
    for index in range(2):
        data = next(iter(build(plan_request(index, seed=0)).files.values()))
        request, [record] = create_request(svc, "t", f"r{index}", [DeclaredFile("statement.pdf", len(data))])
        receive_file(svc, request.request_id, record.file_id, data)
        requests.append(request.request_id)
    Processor(svc).wake()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not all(get_document(svc, r).status.terminal for r in requests):
        time.sleep(0.1)
    assert [get_document(svc, r).status for r in requests] == [RequestStatus.COMPLETED] * 2
    assert len(children) == 2
    assert children[0] is not None and children[0] == children[1]
