"""The review page's budget: a 10-page statement's page size and headless Chromium's time to render it.

    python -m devtools.review_bench [--variant text|scan300|scan200|photo] [--runs 3]

Builds a generated statement of 10 pages, reads it with the local backend, writes its review page, and
reports the page's size and Chromium's render time: the wall time of a headless screenshot of the page,
less that of an empty page (Chromium's own start and exit), median of `--runs`. The budget is 3 MB and
2 s. The browser helpers here are also what the browser tests use.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from devtools.samplegen.corpus import VARIANTS, build, plan_request

CHROMIUM = "/usr/bin/chromium"
# Headless, sandbox-free (tests run as root in containers) and silent: no background traffic, which a
# closed network refuses, and no first-run work.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
)
BROWSER_TIMEOUT_S = 120.0
WINDOW = "1400,1000"
PAGES = 10
MAX_BYTES = 3_000_000
MAX_RENDER_S = 2.0
READ_TIMEOUT_S = 1800.0


def chromium(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a local page with a fresh profile; raise when it fails."""
    if not Path(CHROMIUM).is_file():
        raise FileNotFoundError(f"{CHROMIUM} is missing: `make setup` installs Debian's chromium package")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=BROWSER_TIMEOUT_S,
            check=True,
        )


def dump_dom(page: Path) -> str:
    """The page's DOM after its scripts ran, serialised."""
    return chromium(page, "--dump-dom").stdout


def screenshot(page: Path, out: Path) -> Path:
    """A PNG of the page as Chromium draws it."""
    chromium(page, f"--screenshot={out}", f"--window-size={WINDOW}", "--hide-scrollbars")
    if not out.is_file():
        raise RuntimeError("chromium wrote no screenshot")
    return out


def review_of_statement(pages: int, variant: str, home: Path) -> tuple[Path, int]:
    """The review page of a generated statement of `pages` pages, and the number of its transactions."""
    from ingest.pipeline import run_local  # noqa: PLC0415  (settings read after args)
    from ingest.review import review_page  # noqa: PLC0415
    from ingest.services import open_services  # noqa: PLC0415
    from ingest.settings import Limits, Settings  # noqa: PLC0415

    source = home / "statement"
    source.mkdir(parents=True)
    rows = 30 * pages
    for _ in range(20):
        built = build(plan_request(0, seed=7, rows=(rows, rows)), "text")
        printed = _pages(next(iter(built.files.values())))
        if printed == pages:
            break
        rows = rows * pages // printed + (1 if printed < pages else -1)
    else:
        raise RuntimeError(f"no statement of {pages} pages")
    built = build(plan_request(0, seed=7, rows=(rows, rows)), variant)
    for name, data in built.files.items():
        (source / name).write_bytes(data)
    # Reading ten scanned pages on a busy machine may take longer than a file is allowed in service.
    svc = open_services(Settings(home=home / "home", limits=Limits(file_timeout_s=READ_TIMEOUT_S)))
    document = run_local(svc, sorted(source.iterdir()), "review-bench")
    rejected = [f"{f.name}: {f.rejection.code}" for f in document.files if f.rejection is not None]
    if rejected or not document.accounts:
        raise RuntimeError(f"the statement was not read: {', '.join(rejected) or 'no account'}")
    page = home / "review.html"
    page.write_text(review_page(svc, document.request_id), encoding="utf-8")
    return page, sum(len(a.transactions) for a in document.accounts)


def _pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium  # noqa: PLC0415

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_seconds(page: Path, blank: Path, runs: int) -> tuple[float, float]:
    """Wall and CPU seconds (Chromium's processes, all of them) to screenshot the page, less those for
    an empty page; medians of `runs`. On a shared machine the wall time grows with the load, the CPU
    time much less."""

    def timed(target: Path) -> tuple[float, float]:
        before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        screenshot(target, target.with_suffix(".png"))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return time.perf_counter() - started, cpu

    pages = [timed(page) for _ in range(runs)]
    empties = [timed(blank) for _ in range(runs)]
    wall = statistics.median(w for w, _ in pages) - statistics.median(w for w, _ in empties)
    cpu = statistics.median(c for _, c in pages) - statistics.median(c for _, c in empties)
    return max(0.0, wall), max(0.0, cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=VARIANTS, default="text")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="review-bench-") as tmp:
        home = Path(tmp)
        page, transactions = review_of_statement(PAGES, args.variant, home)
        blank = home / "blank.html"
        blank.write_text("<!doctype html><title>blank</title>", encoding="utf-8")
        size = page.stat().st_size
        wall, cpu = render_seconds(page, blank, args.runs)
    version = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False).stdout
    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {load:.1f}; {version.strip()}")
    print(f"{PAGES}-page statement ({args.variant}, {transactions} transactions)")
    print(f"review page: {size / 1e6:.2f} MB (budget {MAX_BYTES / 1e6:.0f} MB)")
    print(
        f"render over an empty page, median of {args.runs}: {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"(budget {MAX_RENDER_S:.0f} s)"
    )
    return 0 if size <= MAX_BYTES and wall < MAX_RENDER_S else 1


if __name__ == "__main__":
    sys.exit(main())
