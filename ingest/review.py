"""The review page: a request's pages with every transaction, field and signal drawn where it was read.

One self-contained HTML file. Page images are embedded as compressed data URIs and a strict Content
Security Policy forbids every request to the network, so the page works offline, from a file. Boxes are
SVG rectangles over each page image, in page fractions as the request document gives them. Everything
read from a statement is untrusted text: it is HTML-escaped, never markup.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from importlib.resources import files
from string import Template
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageOps, ImageSequence

from ingest import blobkeys, pipeline
from ingest.codes import FileStatus, WarningCode
from ingest.models import Account, BBox, DataWarning, RequestDocument, Transaction, money_str
from ingest.sandbox import run_limited
from ingest.services import Services
from ingest.stages.upload import PDF

REVIEW_DPI = 96  # pages are rendered for the eye: screen resolution, not OCR resolution
MAX_SIDE_PX = 1400  # an image upload (a phone photo) is scaled down to this, never up
WEBP_QUALITY = 45  # printed text stays legible; a page weighs about 60-150 kB
LOW_CONFIDENCE = 0.8  # rows read with less confidence than this are shown as doubtful

# A warning names its row as `checks.row` writes it: "<file> page <n>, transaction <k> (<date>, ...".
_ROW_IN_MESSAGE = re.compile(
    r" page (?P<page>\d+), transaction \d+ \((?P<date>\d{4}-\d\d-\d\d|no date), "
    r"(?P<desc>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"), (?P<amount>-?\d+(?:\.\d+)?|no amount)\)"
)
_FIELD_LABELS = {
    "institution": "Institution",
    "holder.name": "Holder",
    "holder.address": "Address",
    "account_number": "Account number",
    "period": "Period",
    "opening_balance": "Opening balance",
    "closing_balance": "Closing balance",
}


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page as the reviewer sees it: an embedded image and its size in pixels."""

    number: int  # 1-based page of the file
    width: int
    height: int
    src: str  # a data URI


def review_page(svc: Services, request_id: str, tenant: str | None = None) -> str:
    """The review page of a request; RequestNotFound when it is not the tenant's (or does not exist)."""
    document = pipeline.get_document(svc, request_id, tenant)
    request = svc.status.get_request(request_id)
    assert request is not None  # get_document found it
    limits = svc.settings.limits
    images: dict[str, list[PageImage]] = {}
    for record in svc.status.list_files(request_id):
        result = record.result
        if result.status is not FileStatus.ACCEPTED:
            continue
        data = svc.blobs.get(blobkeys.upload_key(request, record.file_id))
        # The upload is untrusted even once accepted: it is rendered in a child with the reader's limits.
        images[result.name] = run_limited(
            render_pages,
            data,
            result.content_type or "",
            timeout_s=limits.file_timeout_s,
            memory_mb=limits.max_memory_mb,
        )
    return render_review(document, images)


def render_pages(data: bytes, content_type: str) -> list[PageImage]:
    """Every page of an upload as a compressed image: a PDF rendered, an image as it is (scaled down)."""
    if content_type == PDF:
        document = pdfium.PdfDocument(data)
        try:
            return [
                _page_image(number, document[number - 1].render(scale=REVIEW_DPI / 72).to_pil())
                for number in range(1, len(document) + 1)
            ]
        finally:
            document.close()
    with Image.open(io.BytesIO(data)) as image:
        return [
            _page_image(number, frame.copy())
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1)
        ]


def _page_image(number: int, image: Image.Image) -> PageImage:
    picture = image.convert("L") if image.mode in ("1", "L", "I", "I;16", "F") else image.convert("RGB")
    picture = (
        ImageOps.contain(picture, (MAX_SIDE_PX, MAX_SIDE_PX)) if max(picture.size) > MAX_SIDE_PX else picture
    )
    out = io.BytesIO()
    picture.save(out, format="WEBP", quality=WEBP_QUALITY, method=4)
    src = "data:image/webp;base64," + base64.b64encode(out.getvalue()).decode("ascii")
    return PageImage(number=number, width=picture.width, height=picture.height, src=src)


# ---- the page ----------------------------------------------------------------------------------


def render_review(document: RequestDocument, images: Mapping[str, Sequence[PageImage]]) -> str:
    """The review page of a document, given each accepted file's page images by file name."""
    assets = files("ingest") / "assets"
    style = (assets / "review.css").read_text(encoding="utf-8")
    script = (assets / "review.js").read_text(encoding="utf-8")
    rows = _rows(document)
    body = "\n".join(
        [
            _request_header(document),
            '<div class="layout">',
            '<section class="pages" aria-label="Pages">',
            *(_file_pages(name, pages, document, rows) for name, pages in images.items()),
            _rejected(document),
            "</section>",
            '<aside class="side">',
            *(_account(index, account, rows) for index, account in enumerate(document.accounts)),
            _warnings("Request warnings", document.warnings, rows, None),
            "</aside>",
            "</div>",
        ]
    )
    csp = (
        "default-src 'none'; img-src data:; "
        f"style-src '{_sha256(style)}'; script-src '{_sha256(script)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    page = (assets / "review.html").read_text(encoding="utf-8")
    return Template(page).substitute(
        csp=csp, title=escape(f"Review: {document.reference}"), style=style, body=body, script=script
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@dataclass(frozen=True, slots=True)
class _Row:
    """A transaction as the page shows it: its id, account, state and the warnings about it."""

    id: str
    account: int
    transaction: Transaction
    state: str  # "ok", "low" (read with little confidence) or "break" (the balance chain breaks here)


def _rows(document: RequestDocument) -> dict[int, list[_Row]]:
    """Each account's rows, with their state: a BalanceMismatch naming the row breaks it."""
    out: dict[int, list[_Row]] = {}
    for a, account in enumerate(document.accounts):
        broken = {
            i
            for w in account.warnings
            if w.code is WarningCode.BalanceMismatch
            for i in _named_rows(w, account.transactions)
        }
        out[a] = [
            _Row(
                id=f"t-{a}-{i}",
                account=a,
                transaction=t,
                state="break" if i in broken else "low" if t.confidence < LOW_CONFIDENCE else "ok",
            )
            for i, t in enumerate(account.transactions)
        ]
    return out


def _named_rows(warning: DataWarning, transactions: Sequence[Transaction]) -> list[int]:
    """The indexes of the transactions a warning's message names (see `checks.row`)."""
    found = []
    for match in _ROW_IN_MESSAGE.finditer(warning.message):
        for i, t in enumerate(transactions):
            date = t.date.isoformat() if t.date else "no date"
            amount = str(t.amount) if t.amount is not None else "no amount"
            named_file = warning.message[: match.start()].endswith(t.file)
            if named_file and (str(t.page), date, amount) == (match["page"], match["date"], match["amount"]):
                found.append(i)
                break
    return found


def _request_header(document: RequestDocument) -> str:
    accepted = sum(f.status is FileStatus.ACCEPTED for f in document.files)
    return (
        '<header class="request">'
        f"<h1>{escape(document.reference)}</h1>"
        f'<div>Request <span class="code">{escape(document.request_id)}</span> · status '
        f'<span class="status" data-status="{escape(document.status.value)}">'
        f"{escape(document.status_label)}</span> "
        f'<span class="code">({escape(document.status.value)})</span> · '
        f"{accepted} of {len(document.files)} files accepted</div>"
        '<div class="keys"><span class="legend"><span class="ok">■ read</span>'
        '<span class="low">■ low confidence</span><span class="break">■ balance breaks</span>'
        '<span class="field">▭ header field</span><span class="signal">■ authenticity signal</span></span>'
        "<kbd>j</kbd>/<kbd>k</kbd> next/previous row · <kbd>n</kbd>/<kbd>p</kbd> next/previous problem"
        "</div></header>"
    )


def _file_pages(
    name: str, pages: Sequence[PageImage], document: RequestDocument, rows: Mapping[int, list[_Row]]
) -> str:
    parts = [f'<h2 id="{_file_anchor(name)}">{escape(name)}</h2>']
    signals = _signals(document, name)
    for page in pages:
        rects: list[str] = []
        for account_rows in rows.values():
            for row in account_rows:
                t = row.transaction
                if t.file == name and t.bbox is not None and t.bbox.page == page.number:
                    label = f"{t.date or 'no date'} {t.description} {t.amount}"
                    rects.append(
                        _rect(t.bbox, {"kind": "transaction", "row": row.id, "state": row.state}, label)
                    )
        for a, account in enumerate(document.accounts):
            for field, box in account.field_boxes.items():
                if box.file == name and box.page == page.number:
                    rects.append(_rect(box, {"kind": "field", "field": f"{a}:{field}"}, _field_label(field)))
        for signal in signals:
            where = _signal_box(signal)
            if where is not None and where.page == page.number:
                label = f"{signal.get('code', '')}: {signal.get('message', '')}"
                data = {"kind": "signal", "severity": str(signal.get("severity", ""))}
                rects.append(_rect(where, data, label))
        parts.append(
            f'<figure class="page" id="{_page_anchor(name, page.number)}">'
            f'<img src="{page.src}" width="{page.width}" height="{page.height}" '
            f'alt="{escape(name)} page {page.number}">'
            '<svg viewBox="0 0 1 1" preserveAspectRatio="none" role="presentation">'
            + "".join(rects)
            + f"</svg><figcaption>{escape(name)} · page {page.number}</figcaption></figure>"
        )
    return "\n".join(parts)


def _rect(box: BBox, data: Mapping[str, str], label: str) -> str:
    attributes = " ".join(f'data-{key}="{escape(value)}"' for key, value in data.items())
    width, height = max(0.0, box.x1 - box.x0), max(0.0, box.y1 - box.y0)
    return (
        f'<rect x="{box.x0:.4f}" y="{box.y0:.4f}" width="{width:.4f}" height="{height:.4f}" {attributes}>'
        f"<title>{escape(label)}</title></rect>"
    )


def _signals(document: RequestDocument, name: str) -> list[Mapping[str, Any]]:
    """A file's authenticity signals, where the document has them (an optional part of the contract)."""
    found: list[Mapping[str, Any]] = []
    for f in document.files:
        authenticity = getattr(f, "authenticity", None)
        if f.name != name or authenticity is None:
            continue
        data = authenticity.model_dump(mode="json") if hasattr(authenticity, "model_dump") else authenticity
        if isinstance(data, Mapping):
            found.extend(s for s in data.get("signals") or [] if isinstance(s, Mapping))
    return found


def _signal_box(signal: Mapping[str, Any]) -> BBox | None:
    box = signal.get("bbox")
    if not isinstance(box, Mapping):
        return None
    try:
        return BBox.model_validate(box)
    except ValueError:
        return None


def _rejected(document: RequestDocument) -> str:
    rejected = [f for f in document.files if f.rejection is not None]
    if not rejected:
        return ""
    items = "".join(
        f'<li data-kind="rejected"><strong>{escape(f.name)}</strong>: '
        f'<span class="code">{escape(f.rejection.code.value)}</span> {escape(f.rejection.message)}</li>'
        for f in rejected
        if f.rejection is not None
    )
    return f'<section class="rejected"><h2>Rejected files</h2><ul>{items}</ul></section>'


def _account(index: int, account: Account, rows: Mapping[int, list[_Row]]) -> str:
    title = " · ".join(
        escape(part) for part in (account.institution, account.account_number, account.holder.name) if part
    )
    fields = "".join(
        f"<tr><th>{escape(label)}</th><td>{_field_value(account, field)}</td>"
        f"<td>{_field_link(index, account, field)}</td></tr>"
        for field, label in _FIELD_LABELS.items()
    )
    body = "".join(_transaction_row(row) for row in rows[index])
    return (
        f'<section class="account" id="account-{index}"><h2>{title or "Account"}</h2>'
        f'<table class="fields">{fields}</table>'
        + _warnings("Warnings", account.warnings, rows, index)
        + f"<h3>Transactions ({len(rows[index])})</h3>"
        '<table class="transactions"><thead><tr><th>Date</th><th>Description</th><th>Amount</th>'
        f"<th>Balance</th><th>Page</th><th>Conf.</th></tr></thead><tbody>{body}</tbody></table></section>"
    )


def _field_value(account: Account, field: str) -> str:
    values = {
        "institution": account.institution,
        "holder.name": account.holder.name,
        "holder.address": account.holder.address,
        "account_number": account.account_number,
        "period": f"{account.period_start or '?'} to {account.period_end or '?'}"
        if account.period_start or account.period_end
        else None,
        "opening_balance": _money(account.opening_balance),
        "closing_balance": _money(account.closing_balance),
    }
    value = values.get(field)
    return escape(value) if value else '<span class="missing">not read</span>'


def _field_link(index: int, account: Account, field: str) -> str:
    box = account.field_boxes.get(field)
    if box is None:
        return ""
    return f'<a href="#{_page_anchor(box.file, box.page)}">{escape(box.file)} p. {box.page}</a>'


def _field_label(field: str) -> str:
    return _FIELD_LABELS.get(field, field)


def _transaction_row(row: _Row) -> str:
    t = row.transaction
    state = {"low": " (low confidence)", "break": " (balance breaks)"}.get(row.state, "")
    where = (
        f'<a href="#{_page_anchor(t.file, t.page)}">{t.page}</a>'
        if t.bbox is not None
        else f'{t.page} <span class="missing">no box</span>'
    )
    return (
        f'<tr id="{row.id}" data-row="{row.id}" data-state="{row.state}" tabindex="-1">'
        f"<td>{escape(str(t.date)) if t.date else '<span class=missing>no date</span>'}</td>"
        f"<td>{escape(t.description)}</td>"
        f'<td class="num">{escape(_money(t.amount) or "")}</td>'
        f'<td class="num">{escape(_money(t.balance) or "")}</td>'
        f"<td>{where}</td>"
        f'<td class="num state-{row.state}" title="{escape(row.state + state)}">{t.confidence:.2f}</td></tr>'
    )


def _warnings(
    heading: str, warnings: Iterable[DataWarning], rows: Mapping[int, list[_Row]], account: int | None
) -> str:
    items = []
    for w in warnings:
        items.append(
            f'<li data-kind="warning"><span class="code">{escape(w.code.value)}</span> '
            f"{escape(w.message)}{_warning_links(w, rows, account)}</li>"
        )
    if not items:
        return ""
    return f'<h3>{escape(heading)}</h3><ul class="warnings">{"".join(items)}</ul>'


def _warning_links(warning: DataWarning, rows: Mapping[int, list[_Row]], account: int | None) -> str:
    """Links to the place a warning names: its rows, else the files it names, else its account."""
    links: list[str] = []
    candidates = rows.get(account, []) if account is not None else [r for rs in rows.values() for r in rs]
    named = _named_rows(warning, [r.transaction for r in candidates])
    for i in named:
        row = candidates[i]
        links.append(f'<a href="#{row.id}" data-goto="{row.id}">row {i + 1}</a>')
    if not links:
        names = {r.transaction.file for rs in rows.values() for r in rs}
        for name in sorted(n for n in names if n in warning.message):
            links.append(f'<a href="#{_file_anchor(name)}">{escape(name)}</a>')
    if not links and account is not None:
        links.append(f'<a href="#account-{account}">account</a>')
    return " → " + ", ".join(links) if links else ""


def _money(value: Decimal | None) -> str | None:
    return None if value is None else money_str(value)


def _file_anchor(name: str) -> str:
    return "file-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def _page_anchor(name: str, page: int) -> str:
    return f"{_file_anchor(name)}-p{page}"
