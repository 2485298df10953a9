"""Property-based fuzzing of sniffing, opening and reading: mutated real bytes (bit flips, truncations,
splices, insertions of a small PDF, PNG, JPEG and TIFF) always end in a verdict, never another exception.

`make test` runs a few derandomised examples; `INGEST_FUZZ_EXAMPLES=5000 pytest tests/fuzz` (`make fuzz`)
runs a long, random campaign.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import FileRejected
from ingest.pipeline import read_file
from ingest.sandbox import run_limited
from ingest.settings import Limits
from ingest.stages.extraction import Extraction
from ingest.stages.integration import integrate
from ingest.stages.upload import inspect_upload, sniff
from tests.hostile.makers import image_bytes, nested_forms_pdf, text_pdf, tiff_frames

# Pillow warns about each damaged tag it skips: expected here, and noise in the report.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

LONG = "INGEST_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("INGEST_FUZZ_EXAMPLES", "12"))
# Small renders keep OCR of a damaged page quick; every other limit is the default.
LIMITS = Limits(dpi=100, file_timeout_s=30)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG,  # the brief run is the same every time; the long one explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None if not LONG else settings.default.database,
)


@cache
def seeds() -> dict[str, bytes]:
    scan_text = "Statement 0042-7788123 Opening balance 1,000.00"
    return {
        "text.pdf": text_pdf(),  # compressed content, as banks produce
        "plain.pdf": nested_forms_pdf(1),  # uncompressed: flips land in operators and the xref
        "scan.png": image_bytes((360, 48), "PNG", scan_text),
        "scan.jpg": image_bytes((360, 48), "JPEG", scan_text),
        "pages.tif": tiff_frames(2, size=(64, 32)),
    }


Mutation = Callable[[bytes], bytes]


def _flip(at: int, mask: int) -> Mutation:
    def flip(data: bytes) -> bytes:
        if not data:
            return data
        damaged = bytearray(data)
        damaged[at % len(data)] ^= mask
        return bytes(damaged)

    return flip


def _truncate(at: int) -> Mutation:
    return lambda data: data[: at % (len(data) + 1)]


def _splice(name: str, cut: int, resume: int) -> Mutation:
    other = seeds()[name]
    return lambda data: data[: cut % (len(data) + 1)] + other[resume % (len(other) + 1) :]


def _insert(at: int, extra: bytes) -> Mutation:
    return lambda data: data[: at % (len(data) + 1)] + extra + data[at % (len(data) + 1) :]


offsets = st.integers(min_value=0, max_value=1 << 20)
mutations = st.one_of(
    st.builds(_flip, offsets, st.integers(min_value=1, max_value=255)),
    st.builds(_truncate, offsets),
    st.builds(_splice, st.sampled_from(sorted(seeds())), offsets, offsets),
    st.builds(_insert, offsets, st.binary(min_size=1, max_size=64)),
)


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    data = seeds()[draw(st.sampled_from(sorted(seeds())))]
    for mutate in draw(st.lists(mutations, min_size=1, max_size=4)):
        data = mutate(data)
    return data


@FUZZ
@given(st.binary(max_size=2048))
def test_sniff_never_raises(data: bytes) -> None:
    assert sniff(data) in {
        None,
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/tiff",
        "image/bmp",
        "image/webp",
    }


@settings(FUZZ, max_examples=EXAMPLES * 8)
@given(mutated_files())
def test_upload_and_integration_end_in_a_verdict(data: bytes) -> None:
    """In process, as the pipeline's gatekeepers run: only FileRejected may come out."""
    try:
        upload = inspect_upload(LIMITS, data)
        integrated = integrate(LIMITS, data, upload.content_type)
    except FileRejected:
        return
    assert integrated.pages >= 1


@FUZZ
@given(mutated_files())
def test_reading_ends_in_an_extraction_or_a_rejection(data: bytes) -> None:
    """The whole read, as the pipeline runs it (in the sandbox): an Extraction or a FileRejected."""
    try:
        upload = inspect_upload(LIMITS, data)
        extraction = run_limited(
            read_file, LIMITS, data, upload.content_type, timeout_s=LIMITS.file_timeout_s, memory_mb=1024
        )
    except FileRejected:
        return
    assert isinstance(extraction, Extraction)
    assert extraction.pages >= 1
