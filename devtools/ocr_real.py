"""OCR on real layouts: real text statements rendered as scans and photos, read back against their text.

    python -m devtools.ocr_real [--forms scan300,scan200,photo] [--variants 0,1,2] [--only SUBSTRING]
                                [--verbose]

Every real statement with truth (those `devtools.accuracy_real` runs) is rendered three ways, as
applicants bring them in:

- scan300: an image-only PDF at 300 dpi, a good flatbed scan (slightly off square, faint noise), stored
  losslessly unless that is over the upload limit, when it is stored as JPEG quality 90 as scanners do;
- scan200: an image-only PDF at 200 dpi, JPEG-compressed, skewed, softened and noisy;
- photo: one JPEG per page, as a phone takes them (the page on a desk, perspective, uneven light, a
  shadow, a slight curl), uploaded as separate files whose names and order say nothing of the pages.

Each form is rendered in several variants (`VARIANTS`): other seeds, and other skew, blur, noise, JPEG
quality, resolution and perspective within what scanners and phones give, because the world's renders
are not this tool's. A change that helps one variant only is fitted to a seed, not to scans; the report
gives each variant's figures and their spread.

The degradations are the sample generator's own (`devtools.samplegen.scans`). Renders are cached under
`.cache/ocr-real/` (git-ignored), keyed by the statement's bytes, the form and the variant, so reruns
only read.

The truth of a statement is what the pipeline reads from its text layer when that reconciles (dates,
amounts and descriptions as printed), else its expected CSV; a statement with neither is left out.
Each form of each statement is one request through the pipeline in process, as `ingest run` runs it,
and is scored as `devtools.accuracy_real` scores the text: rows matched one to one on date and amount
(transaction F1), and whether the request reconciles. Per form and variant it prints the reconciled
share, the pooled and mean per-file F1, the requests that came back as more than one account and those
that completed (no file rejected), for all statements, for HSBC's and for the others (the other banks'
are judged on F1 against their text).
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

from devtools.accuracy_real import Case, Match, Row, cases, match, pooled, reconciles, run
from devtools.realworld import ROOT
from devtools.samplegen.scans import image_pdf, light_scan, photograph, render_pages, rough_scan
from ingest import logs
from ingest.models import RequestDocument
from ingest.settings import Limits

FORMS = ("scan300", "scan200", "photo")
CACHE = ROOT / ".cache" / "ocr-real"
# Bumped when a form's rendering changes, so that cached renders of the old kind are not reused.
RENDER_VERSION = "2"
SCANNER_JPEG_QUALITY = 90  # a scanner's JPEG, for a 300-dpi scan too large to store losslessly
UPLOAD_LIMIT = Limits().max_file_bytes


@dataclass(frozen=True, slots=True)
class ScanVariant:
    """One scanner's way with a page: its skew (degrees, either way), optics, noise and storage."""

    skew: tuple[float, float]
    blur: float  # Gaussian radius in pixels
    noise: float  # sensor noise, standard deviation in grey levels
    quality: int | None  # JPEG quality; None stores losslessly


@dataclass(frozen=True, slots=True)
class PhotoVariant:
    """One phone's way with a page: its resolution, how it is held, its lens and its compression."""

    dpi: int  # pixels per inch of the page in the picture
    tilt: float  # rotation, degrees either way
    perspective: float  # how far each corner is pulled in, a share of the side
    blur: tuple[float, float]  # Gaussian radius in pixels
    quality: int  # the phone's JPEG quality


# Variant 0 of each form is the corpus's first render; the others widen it within what scanners and phones
# give: a softer or a noisier scanner, more or less skew, a JPEG-storing one; an 8-megapixel phone held at
# more of a slant, and a 16-megapixel one held squarer.
VARIANTS: dict[str, tuple[ScanVariant | PhotoVariant, ...]] = {
    "scan300": (
        ScanVariant(skew=(0.1, 0.6), blur=0.0, noise=3.0, quality=None),
        ScanVariant(skew=(0.3, 1.0), blur=0.5, noise=4.0, quality=None),
        ScanVariant(skew=(0.0, 0.4), blur=0.3, noise=6.0, quality=SCANNER_JPEG_QUALITY),
    ),
    "scan200": (
        ScanVariant(skew=(0.4, 1.5), blur=0.6, noise=7.0, quality=50),
        ScanVariant(skew=(0.2, 1.0), blur=0.9, noise=5.0, quality=65),
        ScanVariant(skew=(1.0, 2.0), blur=0.4, noise=9.0, quality=40),
    ),
    "photo": (
        PhotoVariant(dpi=200, tilt=2.0, perspective=0.025, blur=(0.7, 1.1), quality=80),
        PhotoVariant(dpi=170, tilt=3.0, perspective=0.04, blur=(0.9, 1.3), quality=70),
        PhotoVariant(dpi=240, tilt=1.5, perspective=0.015, blur=(0.5, 0.9), quality=90),
    ),
}


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
    variant: int
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


def render(pdf: Path, form: str, variant: int = 0, cache: Path = CACHE) -> list[Path]:
    """The files variant `variant` of `form` of the statement is uploaded as (rendered once, then taken
    from the cache)."""
    if form not in VARIANTS:
        raise ValueError(f"unknown form {form!r}; expected one of {', '.join(FORMS)}")
    if not 0 <= variant < len(VARIANTS[form]):
        raise ValueError(f"unknown variant {variant} of {form}; expected 0 to {len(VARIANTS[form]) - 1}")
    data = pdf.read_bytes()
    how = VARIANTS[form][variant]
    key = hashlib.sha256(f"{RENDER_VERSION}:{form}:{how!r}:".encode() + data).hexdigest()[:16]
    folder = cache / form / f"{pdf.stem}-v{variant}-{key}"
    done = folder / ".complete"
    if not done.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in _form_files(data, form, how, seed=key):
            (folder / name).write_bytes(content)
        done.touch()
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


# A scan form's resolution and scanner: a good flatbed, a cheap one.
_SCANNERS = {"scan300": (300, light_scan), "scan200": (200, rough_scan)}


def _form_files(
    data: bytes, form: str, how: ScanVariant | PhotoVariant, seed: str
) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
    if isinstance(how, PhotoVariant):
        files = []
        for image, _ in render_pages(data, how.dpi, color=True):
            buffer = io.BytesIO()
            picture = photograph(
                image, rng, curl=True, shadow=True, tilt=how.tilt, perspective=how.perspective, blur=how.blur
            )
            picture.save(buffer, "JPEG", quality=how.quality)
            # A phone names pictures by a counter that says nothing of the page; nor does upload order.
            files.append((f"IMG_{rng.randrange(10_000):04d}.jpg", buffer.getvalue()))
        return files
    dpi, degrade = _SCANNERS[form]
    scanned = [
        (degrade(image, rng, skew=how.skew, blur=how.blur, noise=how.noise), size)
        for image, size in render_pages(data, dpi, color=False)
    ]
    pdf = image_pdf([(image, size, how.quality) for image, size in scanned])
    if how.quality is None and len(pdf) > UPLOAD_LIMIT:
        # A long statement's lossless scan is over the upload limit: a scanner stores such a one as JPEG.
        pdf = image_pdf([(image, size, SCANNER_JPEG_QUALITY) for image, size in scanned])
    return [("scan.pdf", pdf)]


def read_form(case: Case, form: str, variant: int, truth: Truth, home: Path) -> Reading:
    """One variant of one form of a statement through the pipeline, as one request, scored against the
    truth."""
    files = render(case.path, form, variant)
    # Upload order is not page order either: the files go in shuffled.
    random.Random(case.name).shuffle(files)  # noqa: S311 (test data, not secrets)
    started = time.perf_counter()
    from ingest.pipeline import run_local  # noqa: PLC0415  (as accuracy_real runs one file)
    from ingest.services import open_services  # noqa: PLC0415
    from ingest.settings import Settings  # noqa: PLC0415

    document = run_local(
        open_services(Settings(home=home)), files, f"{form}-v{variant}-{Path(case.name).stem}"
    )
    seconds = time.perf_counter() - started
    found = _rows(document)
    return Reading(
        name=case.name,
        form=form,
        variant=variant,
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


def bank(name: str) -> str:
    """The group a statement is reported in: HSBC's apart (the outside measure's own), the others."""
    return "HSBC" if name.startswith("hsbc/") else "other"


def report(readings: Sequence[Reading], truths: dict[str, Truth]) -> str:
    """Each reading, then per form, variant and group (all, HSBC, other) the totals, then the spread of
    the variants."""
    width = max((len(r.name) for r in readings), default=4)
    lines = [
        f"{'form':<8} {'v':>1} {'file':<{width}} {'truth':<12} {'expected':>8} {'found':>5} {'F1':>6} "
        "reconciled  accounts      s  rejected"
    ]
    for r in readings:
        lines.append(
            f"{r.form:<8} {r.variant:>1} {r.name:<{width}} {truths[r.name].source:<12} {r.match.expected:>8} "
            f"{r.match.found:>5} {r.match.f1:>6.3f} {'yes' if r.reconciled else 'no':>10} {r.accounts:>9} "
            f"{r.seconds:>6.1f}  {r.rejected}".rstrip()
        )
    lines.append("")
    lines.append(
        f"{'form':<8} {'v':>1} {'group':<6} {'files':>5} {'reconciled':>10} {'rate':>6} {'F1 pooled':>9} "
        f"{'F1 mean':>7} {'>1 account':>10} {'completed':>9} {'s/page':>6}"
    )
    spreads: dict[tuple[str, str], list[Summary]] = {}
    for form, variant in dict.fromkeys((r.form, r.variant) for r in readings):
        for group in ("all", "HSBC", "other"):
            mine = [
                r
                for r in readings
                if r.form == form and r.variant == variant and group in ("all", bank(r.name))
            ]
            if not mine:
                continue
            summary = summarise(mine)
            spreads.setdefault((form, group), []).append(summary)
            lines.append(
                f"{form:<8} {variant:>1} {group:<6} {summary.files:>5} {summary.reconciled:>10} "
                f"{summary.rate:>6.1%} {summary.f1_pooled:>9.3f} {summary.f1_mean:>7.3f} "
                f"{summary.split:>10} {summary.completed:>9} {summary.seconds_per_page:>6.1f}"
            )
    lines.append("")
    lines.append(f"{'form':<8} {'group':<6} {'variants':>8} {'rate min-max':>13} {'F1 mean min-max':>15}")
    for (form, group), summaries in spreads.items():
        rates = [s.rate for s in summaries]
        f1s = [s.f1_mean for s in summaries]
        lines.append(
            f"{form:<8} {group:<6} {len(summaries):>8} {min(rates):>6.1%}-{max(rates):<6.1%} "
            f"{min(f1s):>7.3f}-{max(f1s):<7.3f}"
        )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Summary:
    """Readings of one form and variant counted together."""

    files: int
    reconciled: int
    f1_pooled: float
    f1_mean: float
    split: int  # requests that came back as more than one account
    completed: int  # requests with every file accepted (status COMPLETED)
    seconds_per_page: float

    @property
    def rate(self) -> float:
        return self.reconciled / self.files if self.files else 0.0


def summarise(readings: Sequence[Reading]) -> Summary:
    pages = sum(r.pages for r in readings)
    return Summary(
        files=len(readings),
        reconciled=sum(r.reconciled for r in readings),
        f1_pooled=pooled(r.match for r in readings).f1,
        f1_mean=sum(r.match.f1 for r in readings) / max(len(readings), 1),
        split=sum(r.accounts > 1 for r in readings),
        completed=sum(not r.rejected for r in readings),
        seconds_per_page=sum(r.seconds for r in readings) / max(pages, 1),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.ocr_real", description=__doc__.splitlines()[0])
    parser.add_argument("--forms", default=",".join(FORMS), help=f"comma-separated: {','.join(FORMS)}")
    parser.add_argument(
        "--variants", default="0,1,2", help="comma-separated variant numbers of each form (0 is the first)"
    )
    parser.add_argument("--only", default="", help="only the statements whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="list the rows missed and extra on stderr")
    args = parser.parse_args(argv)
    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    unknown = sorted(set(forms) - set(FORMS))
    if unknown:
        parser.error(f"unknown form(s) {', '.join(unknown)}; expected {', '.join(FORMS)}")
    try:
        variants = [int(v) for v in args.variants.split(",") if v.strip()]
    except ValueError:
        parser.error(f"--variants takes numbers, e.g. 0,1,2; got {args.variants!r}")
    outside = sorted({v for v in variants for f in forms if not 0 <= v < len(VARIANTS[f])})
    if outside:
        parser.error(f"no variant {', '.join(map(str, outside))}; each form has {len(VARIANTS[forms[0]])}")
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
                for variant in variants:
                    reading = read_form(case, form, variant, truth, next(homes))
                    readings.append(reading)
                    print(
                        f"{form} v{variant} {case.name}: F1 {reading.match.f1:.3f}, "
                        f"{'reconciled' if reading.reconciled else 'not reconciled'}, "
                        f"{reading.accounts} account(s)",
                        file=sys.stderr,
                    )
    if args.verbose:
        for r in readings:
            for line in r.misses:
                print(f"[{r.form} v{r.variant}] {r.name}: {line}", file=sys.stderr)
    print(report(readings, truths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
