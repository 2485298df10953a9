"""Throughput benchmark: the pipeline against the raw engines on the same pages, in one run.

`python -m devtools.bench [--digital 60] [--scanned 8] [--workers 2] [--smoke]` prints
1. digital statements: pipeline pages/s with N workers, against pdfplumber `extract_words` alone in one
   process (target ratio >= 5);
2. scanned statements: pipeline pages/s with N workers, against the raw `tesseract` CLI
   (OMP_THREAD_LIMIT=1, N processes in parallel) on the same pages already rendered to 300 dpi
   (target ratio >= 1.2), in its default layout mode and in the pipeline's (the overhead alone);
   both ratios also by CPU (pages a CPU second times the processes of each side): on a machine shared
   with other jobs, the wall-clock ratio measures their load as much as the programs;
3. the peak RSS of each worker process tree (worker + its file sandbox + Tesseract);
4. where the digital run's time goes as a whole: its wall and CPU seconds, what starting `ingest
   backfill` costs (a run over an empty folder, which loads no reader) and what loading the readers
   costs (once, in the driver, before its workers are forked), so that per-file overhead shows as the
   CPU the run spent beyond its pages' steps;
5. where one page's CPU goes (process time, not wall: other jobs on the machine do not count): for
   digital pages, integration, text layer, judging it, authenticity, layout, validation, the file's
   sandbox and the store; for scanned pages, page image, clean-up, the page's reading by the pipeline's
   engine, its second reads of pieces (figures again, dropped columns and rows), the rest of OCR, layout;
6. latency, p50 and p95 seconds, for a 1-page and a 3-page statement, digital and scanned, through
   `ingest run` and through the local API (`devtools.latency`).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageSequence

import ingest
from devtools import latency
from devtools.samplegen import write_corpus
from ingest.authenticity import ContentReader, assess
from ingest.extract import images, ocr
from ingest.extract.pages import OCR_LANG, judge_text_layer, page_image, walk_objects
from ingest.extract.pdftext import read_text_layer
from ingest.extract.reader import read_statements
from ingest.pipeline import admit_local, get_document
from ingest.sandbox import Sandbox, collect_as_a_reader
from ingest.services import in_process_queue, open_services
from ingest.settings import Limits, Settings
from ingest.stages.integration import integrate
from ingest.stages.upload import PDF
from ingest.stages.validation import FileStatements, validate

DIGITAL_TARGET = 5.0
OCR_TARGET = 1.2
_RSS_POLL_S = 0.1
CLI_PSM = 3  # the tesseract CLI's default page layout mode
STATEMENT_ROWS = (75, 100)  # transactions in a statement's main account: about three pages


@dataclass(frozen=True, slots=True)
class Timing:
    pages: int
    seconds: float
    cpu: float = 0.0  # seconds of CPU of the run's whole process tree, where measured

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


def _at_least_one(text: str) -> int:
    count = int(text)
    if count < 1:
        raise argparse.ArgumentTypeError(f"{count}: the bench times both engines, give at least 1")
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--digital", type=_at_least_one, default=60, help="digital statements (default 60)")
    parser.add_argument("--scanned", type=_at_least_one, default=8, help="scanned statements (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="pipeline workers and raw engine processes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny corpus: checks the command, not the speed"
    )
    parser.add_argument("--keep", type=Path, default=None, help="build the corpus here and keep it")
    parser.add_argument("--latency-runs", type=int, default=5, help="runs of each latency case (0: none)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.digital, args.scanned, args.latency_runs = 2, 1, 0
    os.environ["OMP_THREAD_LIMIT"] = "1"
    _compile_package()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        return _run(args, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    digital = _corpus(work / "digital", args.digital, args.seed, "text")
    scanned = _corpus(work / "scanned", args.scanned, args.seed + 1, "scan300")
    print(f"corpus: {len(digital)} digital files, {len(scanned)} scanned files in {work}", flush=True)

    started = _start(work / "empty", args.workers)
    readers = _readers_load()
    pipe_digital, rss_digital = _pipeline(work / "digital" / "statements", work / "out-digital", args.workers)
    base_digital = _pdfplumber_alone(digital)
    pipe_ocr, rss_ocr = _pipeline(work / "scanned" / "statements", work / "out-scanned", args.workers)
    rendered = _render_all(scanned, work / "rendered")
    base_ocr = _tesseract_alone(rendered, args.workers, psm=CLI_PSM)
    same_ocr = _tesseract_alone(rendered, args.workers, psm=ocr.Tesseract().psm)

    print()
    ours = f"pipeline --workers {args.workers}"
    _row(
        "digital", (ours, pipe_digital), ("pdfplumber extract_words, 1 process", base_digital), DIGITAL_TARGET
    )
    _row("scanned", (ours, pipe_ocr), (f"tesseract CLI x{args.workers}, pre-rendered", base_ocr), OCR_TARGET)
    # The pipeline reads pages with another layout mode than the CLI's default, and the modes differ in
    # cost: against the CLI in the pipeline's own mode, the ratio is the pipeline's overhead alone.
    same = f"tesseract CLI x{args.workers} --psm {ocr.Tesseract().psm}"
    _row("scanned", (ours, pipe_ocr), (same, same_ocr), OCR_TARGET)
    _cpu_row("digital", (pipe_digital, args.workers), (base_digital, 1), DIGITAL_TARGET)
    _cpu_row("scanned", (pipe_ocr, args.workers), (base_ocr, args.workers), OCR_TARGET)
    for kind, rss in (("digital", rss_digital), ("scanned", rss_ocr)):
        print(
            f"peak RSS per worker, {kind}: largest process {rss.process / 2**20:.0f} MB, "
            f"worker with its sandbox and Tesseract {rss.tree / 2**20:.0f} MB (shared pages counted twice)"
        )
    _account(pipe_digital, started, readers, args.workers)
    print()
    _profile_digital(digital, work / ".home-profile")
    _profile(scanned[:1])
    if args.latency_runs:
        print()
        for line in latency.report(work / "latency", args.latency_runs):
            print(line, flush=True)
    return 0


def _corpus(out: Path, count: int, seed: int, variant: str) -> list[Path]:
    """Generate requests of statements of about three pages (2-5, as each layout lays out its rows) and
    keep the statements.

    The generator also writes hostile files (encrypted, truncated, not a PDF) for the rejection paths;
    they are left out, so the pipeline and the raw engines read exactly the same pages.
    """
    write_corpus(out, count, seed, variants=(variant,), rows=STATEMENT_ROWS)
    kept = []
    for path in sorted(p for p in (out / "requests").rglob("*") if p.is_file()):
        if _readable(path):
            target = out / "statements" / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.hardlink_to(path)
            kept.append(target)
    return kept


def _readable(path: Path) -> bool:
    try:
        if path.suffix.lower() == ".pdf":
            document = pdfium.PdfDocument(str(path))
            document.close()
        else:
            with Image.open(path) as image:
                image.verify()
    except Exception:  # any file a reader refuses is one of the generator's hostile samples
        return False
    return True


def _pipeline(requests: Path, out: Path, workers: int) -> tuple[Timing, _PeakRss]:
    """`ingest backfill` as a user runs it, in a fresh store; pages counted from its documents."""
    env = {**os.environ, "INGEST_HOME": str(out.parent / f".home-{out.name}")}
    command = [sys.executable, "-m", "ingest", "backfill", str(requests), "--out", str(out)]
    command += ["--workers", str(workers)]
    cpu = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = _PeakRss(process.pid)
    peak.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    peak.stop()
    if process.returncode not in (0, 1):
        raise SystemExit(
            f"backfill failed ({process.returncode}):\n{stderr.decode(errors='replace')[-2000:]}"
        )
    return Timing(_pages_in(out), seconds, cpu), peak


def _children_cpu() -> float:
    """CPU seconds of every process this one has waited for, and of theirs (workers, reader children)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _compile_package() -> None:
    """Compile the package's bytecode first, as installing it does. An editable install where no
    bytecode is written (PYTHONDONTWRITEBYTECODE) compiles ~50 modules at every start of `ingest`
    (~0.2 s), a cost the pipeline's figures would count and an installed service never pays. The
    lexicon files' parsed data and the readers' compiled patterns, kept beside the bytecode under the
    same rule, are written too (by a load of the readers that may write bytecode): without them each
    start parses the files again (~25 ms) and compiles the patterns again (~120 ms)."""
    compileall.compile_dir(Path(ingest.__file__).parent, quiet=1)
    writes = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    load = "from ingest.pipeline import load_readers; load_readers()"
    subprocess.run([sys.executable, "-c", load], env=writes, check=True)


def _start(empty: Path, workers: int) -> Timing:
    """What starting and ending `ingest backfill` costs: a run over an empty folder (the best of three)."""
    empty.mkdir(parents=True, exist_ok=True)
    runs = [_pipeline(empty, empty.parent / f"out-empty-{n}", workers)[0] for n in range(3)]
    return min(runs, key=lambda t: t.seconds)


def _readers_load() -> float:
    """CPU seconds a run spends loading the readers: once, in the driver, before its workers are forked
    (they inherit them). The best of three fresh processes, less one that only starts the pipeline;
    both load as `ingest backfill` does, under `ingest.sandbox.loading` (without it, the collections
    while they import add ~70 ms that no run pays)."""

    def cpu(code: str) -> float:
        before = _children_cpu()
        script = "from ingest.sandbox import loading\nwith loading():\n    " + code
        subprocess.run([sys.executable, "-c", script], check=True)
        return _children_cpu() - before

    loaded = min(cpu("from ingest.pipeline import load_readers; load_readers()") for _ in range(3))
    return max(0.0, loaded - min(cpu("import ingest.pipeline") for _ in range(3)))


def _account(run: Timing, start: Timing, readers: float, workers: int) -> None:
    """The digital run as a whole: where its wall time went beyond its pages' CPU spread over the workers."""
    pages_cpu = run.cpu - start.cpu - readers
    spread = pages_cpu / workers
    waiting = run.seconds - start.seconds - readers - spread
    print(
        f"digital run: {run.seconds:.2f} s wall, {run.cpu:.2f} s CPU in its processes; "
        f"`ingest backfill` of no request: {start.seconds:.2f} s wall, {start.cpu:.2f} s CPU; "
        f"loading the readers: {readers:.2f} s CPU"
    )
    left = (
        f"the other {waiting:.2f} s of wall, workers waited (the run's tail, other jobs on the machine)"
        if waiting >= 0
        else "no wall left over (the driver's own work on the requests ran beside the workers')"
    )
    print(
        f"  beyond that start and load: {pages_cpu / max(run.pages, 1) * 1000:.1f} ms CPU a page, "
        f"{spread:.2f} s over {workers} workers; {left}"
    )


def _pages_in(out: Path) -> int:
    pages = 0
    for path in out.glob("*.json"):
        document = json.loads(path.read_text())
        pages += sum(int(f.get("pages") or 0) for f in document.get("files", []))
    return pages


def _pdfplumber_alone(files: list[Path]) -> Timing:
    pages = 0
    started, cpu = time.perf_counter(), time.process_time()
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.close()
                pages += 1
    return Timing(pages, time.perf_counter() - started, time.process_time() - cpu)


def _render_all(files: list[Path], rendered: Path) -> list[Path]:
    """Every page rendered to PGM, for the raw engine (not timed)."""
    rendered.mkdir(parents=True, exist_ok=True)
    return [
        _save_pgm(image, rendered / f"{path.stem}-{number}.pgm")
        for path in files
        for number, image in _renders(path)
    ]


def _tesseract_alone(images: list[Path], workers: int, psm: int) -> Timing:
    """The bare CLI over the rendered pages, N at a time."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def read(image: Path) -> None:
        subprocess.run(
            ["tesseract", str(image), "stdout", "-l", OCR_LANG, "--psm", str(psm), "--dpi", "300", "tsv"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    started, cpu = time.perf_counter(), _children_cpu()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(read, images))
    return Timing(len(images), time.perf_counter() - started, _children_cpu() - cpu)


def _renders(path: Path) -> Iterator[tuple[int, Image.Image]]:
    if path.suffix.lower() == ".pdf":
        document = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(document)):
                yield index + 1, document[index].render(scale=300 / 72, grayscale=True).to_pil()
        finally:
            document.close()
    else:
        with Image.open(path) as image:
            for index, frame in enumerate(ImageSequence.Iterator(image), start=1):
                yield index, frame.convert("L")


def _save_pgm(image: Image.Image, path: Path) -> Path:
    image.save(path, format="PPM")
    return path


def _cpu() -> float:
    """CPU seconds of this process and of the processes it has waited for (a Tesseract CLI, a reader child
    once it has ended): the per-page steps are timed in CPU, not wall, so that other jobs on the machine
    do not count."""
    return time.process_time() + _children_cpu()


def _profile_digital(files: list[Path], home: Path) -> None:
    """One process, every digital PDF: each step the pipeline takes for a page, timed on its own."""
    steps = dict.fromkeys(
        ("integration", "text layer", "judge", "authenticity", "layout", "validation", "sandbox"), 0.0
    )
    steps["store"] = steps["collection"] = 0.0
    limits = Limits()
    collect_as_a_reader()  # the steps are timed as the reader child runs them, garbage collection too
    svc = open_services(Settings(home=home))
    reader = Sandbox(len)  # as a backfill worker reads: one kept child, handed file after file
    pages = 0
    for path in files:
        if path.suffix.lower() != ".pdf":
            continue
        data = path.read_bytes()
        clock = _cpu()
        integrate(limits, data, PDF)
        steps["integration"] += _cpu() - clock
        words = []
        content = ContentReader(data)
        document = pdfium.PdfDocument(data)
        for number in range(1, len(document) + 1):
            page = document[number - 1]
            clock = _cpu()
            textpage = page.get_textpage()
            layer = read_text_layer(page, textpage, number)
            found = layer.words
            steps["text layer"] += _cpu() - clock
            clock = _cpu()
            objects = walk_objects(page)  # the reader walks a page's objects once, for both
            judge_text_layer(found, page, objects=objects)
            steps["judge"] += _cpu() - clock
            # Authenticity as the reader runs it: the content checks on the open page, its text layer
            # and its objects, then the file.
            clock = _cpu()
            content.page(page, textpage, layer, objects)
            steps["authenticity"] += _cpu() - clock
            textpage.close()
            words.append(found)
            page.close()
        document.close()
        clock = _cpu()
        assess(data, PDF, content.finish())
        steps["authenticity"] += _cpu() - clock
        pages += len(words)
        clock = _cpu()
        try:
            statements = read_statements(words)
        except Exception:  # the generator's non-statements are rejected here by the pipeline too
            statements = []
        steps["layout"] += _cpu() - clock
        clock = _cpu()
        validate(dt.date.today(), [FileStatements(file_name=path.name, statements=statements)])
        steps["validation"] += _cpu() - clock
        clock = _cpu()
        gc.collect(1)  # as the reader child does after each file
        steps["collection"] += _cpu() - clock
        clock = _cpu()
        reader.run(data, timeout_s=limits.file_timeout_s, memory_mb=limits.max_memory_mb)
        steps["sandbox"] += _cpu() - clock
        # The store's share: a request admitted (blob copy, hash, sniff, records) and read back.
        clock = _cpu()
        request = admit_local(svc, [path], f"profile-{path.parent.name}-{path.stem}")
        queue = in_process_queue(svc)
        while queue.take() is not None:
            pass
        get_document(svc, request.request_id)
        steps["store"] += _cpu() - clock
    clock = _cpu()
    reader.close()  # the kept child's CPU is counted once it has ended
    steps["sandbox"] += _cpu() - clock
    _print_steps(f"per digital page ({pages} pages, one process), CPU:", steps, pages)


def _print_steps(title: str, steps: dict[str, float], count: int) -> None:
    total = sum(steps.values())
    print(title)
    for step, seconds in steps.items():
        share = seconds / total if total else 0.0
        print(f"  {step:<12} {seconds / max(count, 1) * 1000:7.1f} ms  {share:6.1%}")


def _profile(files: list[Path]) -> None:
    """One process, the first scanned PDF: the time of each step per page, as the pipeline runs them: the
    page read as `ingest.extract.pages` reads it (`ocr.ocr_page`, with the pipeline's engine), its engine
    calls counted apart, the page's own reading from the second reads of pieces of it (figures read again
    alone, dropped columns and rows), and the clean-up timed on its own beside it."""
    pdfs = [path for path in files if path.suffix.lower() == ".pdf"]
    if not pdfs:
        return
    names = ("page image", "clean-up", "page read", "second reads", "ocr, other", "layout")
    steps = dict.fromkeys(names, 0.0)
    engine = _TimedEngine()
    options = ocr.OcrOptions(engine=engine, lang=OCR_LANG)
    words = []
    document = pdfium.PdfDocument(str(pdfs[0]))
    try:
        # The engine loaded and the clean-up's first call (its imports) made before the clock starts: the
        # clean-up is timed on its own and taken out of the page's OCR, which cleans the page again.
        images.clean_page(*page_image(document[0], 300))
        engine.read(Image.new("L", (200, 100), 255), 300, OCR_LANG, 60.0)
        _ENGINE_CPU.update(page=0.0, pieces=0.0)
        _ENGINE_CALLS.clear()
        for index in range(len(document)):
            clock = _cpu()
            image, dpi = page_image(document[index], 300)
            steps["page image"] += _cpu() - clock
            clock = _cpu()
            images.clean_page(image, dpi)
            cleaning = _cpu() - clock
            steps["clean-up"] += cleaning
            clock = _cpu()
            words.append(ocr.ocr_page(image, index + 1, dpi, options))
            steps["ocr, other"] += _cpu() - clock - cleaning  # it cleans the page as timed above
        count = len(document)
    finally:
        document.close()
    steps["page read"], steps["second reads"] = _ENGINE_CPU["page"], _ENGINE_CPU["pieces"]
    steps["ocr, other"] -= steps["page read"] + steps["second reads"]
    clock = _cpu()
    read_statements(words)
    steps["layout"] += _cpu() - clock
    _print_steps(f"per scanned page ({count} pages of {pdfs[0].name}, one process), CPU:", steps, count)
    print(f"  engine calls: {_ENGINE_CALLS['page']} page reads, {_ENGINE_CALLS['pieces']} second reads")


_ENGINE_CPU: dict[str, float] = {"page": 0.0, "pieces": 0.0}  # seconds of CPU, by `_TimedEngine`'s kind
_ENGINE_CALLS: Counter[str] = Counter()


@dataclass(frozen=True, slots=True)
class _TimedEngine(ocr.TesseractInProcess):
    """The pipeline's engine, its calls' CPU counted: in the page's layout mode, the page's own reading;
    in any other, a second read of a piece of it."""

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[ocr.OcrWord]:
        kind = "page" if self.psm == ocr.TesseractInProcess().psm else "pieces"
        clock = _cpu()
        try:
            return ocr.TesseractInProcess.read(self, image, dpi, lang, timeout_s)
        finally:
            _ENGINE_CPU[kind] += _cpu() - clock
            _ENGINE_CALLS[kind] += 1


def _row(kind: str, ours: tuple[str, Timing], theirs: tuple[str, Timing], target: float) -> None:
    ratio = ours[1].rate / theirs[1].rate if theirs[1].rate else 0.0
    verdict = "ok" if ratio >= target else "BELOW TARGET"
    cells = [
        f"{name}: {t.rate:6.2f} pages/s ({t.pages} pages, {t.seconds:.1f} s)" for name, t in (ours, theirs)
    ]
    print(f"{kind:<8} {' | '.join(cells)} | ratio {ratio:.2f} (target >= {target}) {verdict}")


def _cpu_row(kind: str, ours: tuple[Timing, int], theirs: tuple[Timing, int], target: float) -> None:
    """The ratio the run's CPU allows: pages a CPU second, times the processes that read at once, each
    side. On a machine shared with other jobs the wall-clock ratio above measures the load as much as
    the programs; this one is the wall ratio an idle machine with a core for each process would show,
    were the work spread evenly over the processes (the pipeline's driver counted in)."""
    rates = [t.pages / t.cpu * processes if t.cpu > 0 else 0.0 for t, processes in (ours, theirs)]
    ratio = rates[0] / rates[1] if rates[1] else 0.0
    verdict = "ok" if ratio >= target else "BELOW TARGET"
    pipeline, engine = (f"{t.cpu / max(t.pages, 1) * 1000:.0f} ms a page over {n}" for t, n in (ours, theirs))
    print(
        f"{kind:<8} by CPU: pipeline {pipeline} | raw engine {engine} | "
        f"ratio {ratio:.2f} (target >= {target}) {verdict}"
    )


class _PeakRss:
    """Samples /proc: the largest resident size of any worker's process tree while the run lasts."""

    def __init__(self, root: int) -> None:
        self._root = root
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self.process = 0  # bytes: the largest single process below the run's root
        self.tree = 0  # bytes: the largest worker with all its descendants

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.is_set():
            children = _children()
            for worker in children.get(self._root, []):
                sizes = [_rss(pid) for pid in _tree(worker, children)]
                self.process = max(self.process, *sizes)
                self.tree = max(self.tree, sum(sizes))
            self._stop.wait(_RSS_POLL_S)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _tree(pid: int, children: dict[int, list[int]]) -> list[int]:
    found = [pid]
    for child in children.get(pid, []):
        found += _tree(child, children)
    return found


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
