"""OCR on real layouts: real text statements rendered as scans and photos, read back against their text.

    python -m devtools.ocr_real [--forms scan300,scan200,photo] [--only SUBSTRING] [--verbose]

Every real statement with truth (those `devtools.accuracy_real` runs) is rendered three ways, as
applicants bring them in:

- scan300: an image-only PDF at 300 dpi, a good flatbed scan (slightly off square, faint noise);
- scan200: an image-only PDF at 200 dpi, JPEG-compressed, skewed, softened and noisy;
- photo: one JPEG per page, as a phone takes them (the page on a desk, perspective, uneven light, a
  shadow, a slight curl), uploaded as separate files whose names and order say nothing of the pages.

The degradations are the sample generator's own (`devtools.samplegen.scans`). Renders are cached under
`.cache/ocr-real/` (git-ignored), keyed by the statement's bytes and the form, so reruns only read.

The truth of a statement is what the pipeline reads from its text layer when that reconciles (dates,
amounts and descriptions as printed), else its expected CSV; a statement with neither is left out.
Each form of each statement is one request through the pipeline in process, as `ingest run` runs it,
and is scored as `devtools.accuracy_real` scores the text: rows matched one to one on date and amount
(transaction F1), and whether the request reconciles. Per form it prints the reconciled share, the
pooled and mean per-file F1, and the requests that came back as more than one account.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from devtools.accuracy_real import Case, Match, Row, cases, match, pooled, reconciles, run
from devtools.realworld import ROOT
from devtools.samplegen.scans import image_pdf, light_scan, photograph, render_pages, rough_scan
from ingest import logs
from ingest.models import RequestDocument

FORMS = ("scan300", "scan200", "photo")
CACHE = ROOT / ".cache" / "ocr-real"
# Bumped when a form's rendering changes, so that cached renders of the old kind are not reused.
RENDER_VERSION = "1"
SCAN200_JPEG_QUALITY = 50
PHOTO_JPEG_QUALITY = 80  # a phone's own compression
PHOTO_DPI = 200  # about a 12-megapixel phone's view of an A4 page with a margin of desk


@dataclass(frozen=True, slots=True)
class Truth:
    """What a statement's rows are, and where that was learnt."""

    rows: list[Row]
    source: str  # "text layer" or "expected CSV"


@dataclass(frozen=True, slots=True)
class Reading:
    """One form of one statement read back, compared with the truth."""

    name: str
    form: str
    match: Match
    reconciled: bool
    accounts: int
    pages: int
    seconds: float
    misses: list[str]
    rejected: str  # the rejection codes of files not accepted, e.g. FILE_TOO_LARGE


def truth_of(case: Case, home: Path) -> Truth | None:
    """The text layer's rows when they reconcile, else the expected CSV's, else None."""
    document = run(case.path, home)
    if reconciles(document):
        return Truth(_rows(document), "text layer")
    if case.rows is not None:
        return Truth(case.rows, "expected CSV")
    return None


def _rows(document: RequestDocument) -> list[Row]:
    return [Row(t.date, t.amount, t.description) for a in document.accounts for t in a.transactions]


def render(pdf: Path, form: str, cache: Path = CACHE) -> list[Path]:
    """The files `form` of the statement is uploaded as (rendered once, then taken from the cache)."""
    data = pdf.read_bytes()
    key = hashlib.sha256(f"{RENDER_VERSION}:{form}:".encode() + data).hexdigest()[:16]
    folder = cache / form / f"{pdf.stem}-{key}"
    done = folder / ".complete"
    if not done.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in _form_files(data, form, seed=key):
            (folder / name).write_bytes(content)
        done.touch()
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _form_files(data: bytes, form: str, seed: str) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
    pages: list[tuple[Image.Image, tuple[float, float], int | None]]
    if form == "scan300":
        pages = [(light_scan(image, rng), size, None) for image, size in render_pages(data, 300, color=False)]
        return [("scan.pdf", image_pdf(pages))]
    if form == "scan200":
        pages = [
            (rough_scan(image, rng), size, SCAN200_JPEG_QUALITY)
            for image, size in render_pages(data, 200, color=False)
        ]
        return [("scan.pdf", image_pdf(pages))]
    if form == "photo":
        files = []
        for image, _ in render_pages(data, PHOTO_DPI, color=True):
            buffer = io.BytesIO()
            photograph(image, rng, curl=True, shadow=True).save(buffer, "JPEG", quality=PHOTO_JPEG_QUALITY)
            # A phone names pictures by a counter that says nothing of the page; nor does upload order.
            files.append((f"IMG_{rng.randrange(10_000):04d}.jpg", buffer.getvalue()))
        return files
    raise ValueError(f"unknown form {form!r}; expected one of {', '.join(FORMS)}")


def read_form(case: Case, form: str, truth: Truth, home: Path) -> Reading:
    """One form of a statement through the pipeline, as one request, scored against the truth."""
    files = render(case.path, form)
    # Upload order is not page order either: the files go in shuffled.
    random.Random(case.name).shuffle(files)  # noqa: S311 (test data, not secrets)
    started = time.perf_counter()
    from ingest.pipeline import run_local  # noqa: PLC0415  (as accuracy_real runs one file)
    from ingest.services import open_services  # noqa: PLC0415
    from ingest.settings import Settings  # noqa: PLC0415

    document = run_local(open_services(Settings(home=home)), files, f"{form}-{Path(case.name).stem}")
    seconds = time.perf_counter() - started
    found = _rows(document)
    return Reading(
        name=case.name,
        form=form,
        match=match(truth.rows, found),
        reconciled=reconciles(document),
        accounts=len(document.accounts),
        pages=sum(f.pages or 0 for f in document.files),
        seconds=seconds,
        misses=_misses(truth.rows, found),
        rejected=", ".join(sorted({f.rejection.code.value for f in document.files if f.rejection})),
    )


def _misses(expected: Sequence[Row], found: Sequence[Row]) -> list[str]:
    want = Counter((r.date, r.amount) for r in expected)
    have = Counter((r.date, r.amount) for r in found)
    return [f"missed {d} {a}" for d, a in sorted((want - have).elements(), key=str)] + [
        f"extra {d} {a}" for d, a in sorted((have - want).elements(), key=str)
    ]


def report(readings: Sequence[Reading], truths: dict[str, Truth]) -> str:
    width = max((len(r.name) for r in readings), default=4)
    lines = [
        f"{'form':<8} {'file':<{width}} {'truth':<12} {'expected':>8} {'found':>5} {'F1':>6} "
        "reconciled  accounts      s  rejected"
    ]
    for r in readings:
        lines.append(
            f"{r.form:<8} {r.name:<{width}} {truths[r.name].source:<12} {r.match.expected:>8} "
            f"{r.match.found:>5} {r.match.f1:>6.3f} {'yes' if r.reconciled else 'no':>10} {r.accounts:>9} "
            f"{r.seconds:>6.1f}  {r.rejected}".rstrip()
        )
    lines.append(
        f"{'form':<8} {'files':>5} {'reconciled':>10} {'rate':>6} {'F1 pooled':>9} {'F1 mean':>7} "
        f"{'>1 account':>10} {'s/page':>6}"
    )
    for form in dict.fromkeys(r.form for r in readings):
        mine = [r for r in readings if r.form == form]
        total = pooled(r.match for r in mine)
        reconciled = sum(r.reconciled for r in mine)
        split = sum(r.accounts > 1 for r in mine)
        pages = sum(r.pages for r in mine)
        lines.append(
            f"{form:<8} {len(mine):>5} {reconciled:>10} {reconciled / len(mine):>6.1%} {total.f1:>9.3f} "
            f"{sum(r.match.f1 for r in mine) / len(mine):>7.3f} {split:>10} "
            f"{sum(r.seconds for r in mine) / max(pages, 1):>6.1f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.ocr_real", description=__doc__.splitlines()[0])
    parser.add_argument("--forms", default=",".join(FORMS), help=f"comma-separated: {','.join(FORMS)}")
    parser.add_argument("--only", default="", help="only the statements whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="list the rows missed and extra on stderr")
    args = parser.parse_args(argv)
    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    unknown = sorted(set(forms) - set(FORMS))
    if unknown:
        parser.error(f"unknown form(s) {', '.join(unknown)}; expected {', '.join(FORMS)}")
    logs.configure()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    readings: list[Reading] = []
    truths: dict[str, Truth] = {}
    with tempfile.TemporaryDirectory(prefix="ingest-ocr-real-") as tmp:
        homes = (Path(tmp) / f"home-{n}" for n in range(1_000_000))
        for case in cases():
            if args.only not in case.name:
                continue
            truth = truth_of(case, next(homes))
            if truth is None:
                print(
                    f"{case.name}: no truth (text layer does not reconcile, no expected CSV)", file=sys.stderr
                )
                continue
            truths[case.name] = truth
            for form in forms:
                reading = read_form(case, form, truth, next(homes))
                readings.append(reading)
                print(
                    f"{form} {case.name}: F1 {reading.match.f1:.3f}, "
                    f"{'reconciled' if reading.reconciled else 'not reconciled'}, "
                    f"{reading.accounts} account(s)",
                    file=sys.stderr,
                )
    if args.verbose:
        for r in readings:
            for line in r.misses:
                print(f"[{r.form}] {r.name}: {line}", file=sys.stderr)
    print(report(readings, truths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
