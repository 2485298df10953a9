"""The review page in a real browser: `ingest review` as a user runs it, opened from the file in headless
Chromium, for a digital and a scanned sample. Scripts must run under the page's own policy, every
transaction must have its box, and the page must draw something."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from devtools.review_bench import dump_dom, screenshot
from ingest.pipeline import run_local
from ingest.services import open_services
from ingest.settings import Settings
from tests.e2e.ingest_procs import ROOT, command_env

SAMPLES = {
    "digital": ROOT / "samples" / "bluefern-two-months" / "statement-2024-12.pdf",
    "scanned": ROOT / "samples" / "orrery-scan200" / "statement-2025-02.pdf",
}
MIN_SPREAD = 20.0  # grey-level standard deviation: a blank or single-colour window is near 0


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def _elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def review(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A review page written by `ingest review`, and how many transactions its request has."""
    home = tmp_path_factory.mktemp(request.param)
    document = run_local(open_services(Settings(home=home / "home")), [SAMPLES[request.param]], request.param)
    out = home / "review.html"
    subprocess.run(
        [sys.executable, "-m", "ingest", "review", document.request_id, "--out", str(out)],
        env=command_env(home / "home"),
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    return out, sum(len(a.transactions) for a in document.accounts)


def test_every_transaction_has_its_box_once_scripts_ran(review: tuple[Path, int]) -> None:
    page, transactions = review
    elements = _elements(dump_dom(page))
    body = next(a for tag, a in elements if tag == "body")
    assert body.get("data-ready") == "true"  # the script ran: the policy allows it, and it did not fail
    rows = [a["data-row"] for tag, a in elements if tag == "tr" and a.get("data-row")]
    boxes = {a["data-row"]: a for tag, a in elements if tag == "rect" and a.get("data-kind") == "transaction"}
    assert transactions > 0 and len(rows) == transactions
    assert set(rows) == set(boxes)
    for box in boxes.values():
        assert float(box["width"] or 0) > 0 and float(box["height"] or 0) > 0
    assert any(a.get("data-kind") == "field" for tag, a in elements if tag == "rect")
    assert [tag for tag, a in elements if tag == "img"]


def test_the_page_is_drawn(review: tuple[Path, int], tmp_path: Path) -> None:
    page, _ = review
    picture = Image.open(screenshot(page, tmp_path / "review.png")).convert("L")
    assert picture.size == (1400, 1000)
    assert ImageStat.Stat(picture).stddev[0] > MIN_SPREAD
