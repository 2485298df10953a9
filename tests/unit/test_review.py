"""The review page: escaping, a strict offline policy, rows linked to their boxes and warnings to rows."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from moto import mock_aws

from ingest import pipeline
from ingest.api.app import App
from ingest.api.uploads import LocalUploads
from ingest.checks import Part, row
from ingest.codes import FileStatus, RejectionCode, RequestStatus, WarningCode
from ingest.extract.statement import RawStatement
from ingest.models import (
    Account,
    BBox,
    DataWarning,
    FieldBox,
    FileResult,
    Holder,
    Rejection,
    RequestDocument,
    Transaction,
)
from ingest.pipeline import DeclaredFile, run_local
from ingest.review import PageImage, render_pages, render_review
from ingest.services import open_services
from ingest.settings import Settings
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "bluefern-two-months" / "statement-2024-12.pdf"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
NOW = dt.datetime(2025, 1, 5, tzinfo=dt.UTC)


class _Tags(HTMLParser):
    """The elements of a page, with their attributes: what a browser would build."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def _transaction(
    description: str, amount: str, balance: str, y: float, confidence: float = 1.0
) -> Transaction:
    return Transaction(
        date=dt.date(2024, 12, 2),
        description=description,
        amount=Decimal(amount),
        balance=Decimal(balance),
        file="march.pdf",
        page=1,
        confidence=confidence,
        bbox=BBox(page=1, x0=0.05, y0=y, x1=0.95, y1=y + 0.02),
    )


def _document(warnings: list[DataWarning] | None = None) -> RequestDocument:
    rows = [
        _transaction(HOSTILE, "-10.00", "90.00", 0.30),
        _transaction("PAYROLL", "500.00", "590.00", 0.33, confidence=0.4),
        _transaction("GROCER", "-20.00", "575.00", 0.36),
    ]
    return RequestDocument(
        request_id="r-1",
        reference="loan <b>1</b>",
        status=RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR,
        status_label=RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR.label,
        created_at=NOW,
        updated_at=NOW,
        files=[
            FileResult(file_id="f1", name="march.pdf", size=10, status=FileStatus.ACCEPTED),
            FileResult(
                file_id="f2",
                name="scan<1>.pdf",
                size=10,
                status=FileStatus.REJECTED,
                rejection=Rejection(code=RejectionCode.UNREADABLE, message="Nothing could be read <here>"),
            ),
        ],
        accounts=[
            Account(
                institution="Bank & Trust",
                holder=Holder(name="JEAN <TREMBLAY>", address="1 Main St"),
                account_number="1234",
                opening_balance=Decimal("100.00"),
                closing_balance=Decimal("575.00"),
                transactions=rows,
                field_boxes={
                    "holder.name": FieldBox(page=1, x0=0.1, y0=0.1, x1=0.3, y1=0.12, file="march.pdf")
                },
                warnings=warnings or [],
            )
        ],
    )


def _page() -> PageImage:
    return PageImage(number=1, width=10, height=13, src="data:image/webp;base64,AAAA")


def test_statement_text_stays_text() -> None:
    html = render_review(_document(), {"march.pdf": [_page()]})
    scripts = [a for tag, a in _tags(html) if tag == "script"]
    assert len(scripts) == 1  # the page's own, and no other
    assert not any(tag == "img" and a.get("onerror") for tag, a in _tags(html))
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "JEAN &lt;TREMBLAY&gt;" in html and "loan &lt;b&gt;1&lt;/b&gt;" in html
    assert "scan&lt;1&gt;.pdf" in html and "Nothing could be read &lt;here&gt;" in html


def test_the_page_forbids_every_request_to_the_network() -> None:
    html = render_review(_document(), {"march.pdf": [_page()]})
    policy = next(a["content"] for tag, a in _tags(html) if tag == "meta" and a.get("http-equiv"))
    assert policy is not None
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "data:"
    assert directives["script-src"].startswith("'sha256-") and "unsafe" not in policy
    sources = [v for _, a in _tags(html) for k, v in a.items() if k in ("src", "href") and v]
    assert sources and all(v.startswith(("data:", "#")) for v in sources)


def test_every_transaction_is_boxed_and_coloured_by_state() -> None:
    part = Part(
        file_name="march.pdf",
        statement=RawStatement(),
        transactions=_document().accounts[0].transactions,
        cards=[],
    )
    # A message that names the third row as the checks name rows.
    mismatch = DataWarning(code=WarningCode.BalanceMismatch, message=f"The balance at {row(part, 2)} is off.")
    html = render_review(_document([mismatch]), {"march.pdf": [_page()]})
    tags = _tags(html)
    rows = {a["data-row"]: a["data-state"] for tag, a in tags if tag == "tr" and a.get("data-row")}
    boxes = {
        a["data-row"]: a["data-state"]
        for tag, a in tags
        if tag == "rect" and a.get("data-kind") == "transaction"
    }
    assert rows == boxes == {"t-0-0": "ok", "t-0-1": "low", "t-0-2": "break"}
    assert [a["data-field"] for tag, a in tags if tag == "rect" and a.get("data-kind") == "field"] == [
        "0:holder.name"
    ]
    links = [a["data-goto"] for tag, a in tags if tag == "a" and a.get("data-goto")]
    assert links == ["t-0-2"]
    statuses = [a["data-status"] for tag, a in tags if a.get("data-status")]
    assert statuses == ["OCR_COMPLETED_WITH_PARTIAL_ERROR"]
    assert any(tag == "li" and a.get("data-kind") == "rejected" for tag, a in tags)


def test_authenticity_signals_are_drawn_when_the_document_has_them() -> None:
    document = _document()
    signal = {
        "code": "FONT_ISLAND",
        "severity": "HIGH",
        "page": 1,
        "bbox": {"page": 1, "x0": 0.7, "y0": 0.4, "x1": 0.8, "y1": 0.44},
        "message": "<b>odd</b> font",
    }
    # The authenticity part of the contract is optional here: the page reads it wherever it is present.
    file = document.files[0].model_copy(update={"authenticity": {"verdict": "REVIEW", "signals": [signal]}})
    html = render_review(
        document.model_copy(update={"files": [file, *document.files[1:]]}), {"march.pdf": [_page()]}
    )
    signals = [a for tag, a in _tags(html) if tag == "rect" and a.get("data-kind") == "signal"]
    assert [s["data-severity"] for s in signals] == ["HIGH"]
    assert "&lt;b&gt;odd&lt;/b&gt; font" in html


def test_pdf_pages_render_as_compressed_images() -> None:
    pages = render_pages(SAMPLE.read_bytes(), "application/pdf")
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    for page in pages:
        assert page.src.startswith("data:image/webp;base64,")
        assert 600 < page.width < 1000 and page.height > page.width  # letter or A4 at screen resolution
        assert len(page.src) < 400_000


@pytest.fixture
def finished(tmp_path: Path) -> tuple[App, str]:
    settings = Settings(
        home=tmp_path, api_keys={"key-a": "tenant-a", "key-b": "tenant-b"}, public_url="http://127.0.0.1:8080"
    )
    svc = open_services(settings)
    document = run_local(svc, [SAMPLE], "loan-1", tenant="tenant-a")
    return App(svc, LocalUploads(b"s" * 32, tmp_path / "incoming")), document.request_id


def test_the_review_route_is_html_for_its_tenant_only(finished: tuple[App, str]) -> None:
    app, request_id = finished
    mine = app.handle("GET", f"/requests/{request_id}/review", {"x-api-key": "key-a"}, b"")
    assert mine.status == 200
    assert mine.headers["Content-Type"].startswith("text/html")
    html = mine.body.decode()
    rows = [a for tag, a in _tags(html) if tag == "tr" and a.get("data-row")]
    boxes = [a for tag, a in _tags(html) if tag == "rect" and a.get("data-kind") == "transaction"]
    assert rows and len(boxes) == len(rows)
    pages = app.svc.status.list_files(request_id)[0].result.pages
    assert pages and len([a for tag, a in _tags(html) if tag == "img"]) == pages
    theirs = app.handle("GET", f"/requests/{request_id}/review", {"x-api-key": "key-b"}, b"")
    assert theirs.status == 404
    assert json.loads(theirs.body)["code"] == "SESSION_NONEXISTENT"
    nobody = app.handle("GET", f"/requests/{request_id}/review", {}, b"")
    assert nobody.status == 401


@pytest.mark.usefixtures("fake_aws_credentials")
def test_the_aws_backend_serves_the_same_page(tmp_path: Path) -> None:
    """The page reads the upload from S3 and the document from the status store, through the ports."""
    with mock_aws():
        from ingest.backends.aws import S3BlobStore, S3Uploads, init_resources

        settings = Settings(
            backend="aws",
            home=tmp_path,
            bucket="ingest-review-test",
            table="ingest-review-test",
            queue="ingest-review-test",
            api_keys={"key-a": "tenant-a", "key-b": "tenant-b"},
        )
        init_resources(settings)
        svc = open_services(settings)
        data = SAMPLE.read_bytes()
        request, [record] = pipeline.create_request(
            svc, "tenant-a", "loan-1", [DeclaredFile("a.pdf", len(data))]
        )
        pipeline.receive_file(svc, request.request_id, record.file_id, data)
        pipeline.process_file(svc, request.request_id, record.file_id)
        document = pipeline.finish_request(svc, request.request_id)
        assert document is not None and document.accounts
        assert isinstance(svc.blobs, S3BlobStore)
        app = App(svc, S3Uploads(svc.blobs))
        page = app.handle("GET", f"/requests/{request.request_id}/review", {"x-api-key": "key-a"}, b"")
        assert page.status == 200
        boxes = [
            a for tag, a in _tags(page.body.decode()) if tag == "rect" and a.get("data-kind") == "transaction"
        ]
        assert len(boxes) == len(document.accounts[0].transactions)
        theirs = app.handle("GET", f"/requests/{request.request_id}/review", {"x-api-key": "key-b"}, b"")
        assert theirs.status == 404
