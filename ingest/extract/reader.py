"""From page words to statements: header fields and the transaction table, for any bank's layout.

The story: words -> lines (layout) -> tables found by their header words (table) -> the file cut into
one chunk per account wherever a different account number starts a new section -> per chunk, the
header fields (header), the rows with their dates settled once for the statement (dates), and the
amounts checked against the balances (balance).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ingest.codes import ExtractionMethod
from ingest.extract import header as hdr
from ingest.extract.amounts import Money
from ingest.extract.balance import Draft, newest_first, orient, settle
from ingest.extract.boxes import PageSizes, money_box, period_box, row_box, text_box
from ingest.extract.dates import NumericOrder, PartialDate, numeric_order, resolve
from ingest.extract.layout import Line, cluster_lines, deskew
from ingest.extract.lexicon import ALL, fold
from ingest.extract.statement import Box, RawStatement, RawTransaction
from ingest.extract.table import (
    Marker,
    Role,
    Row,
    RowLine,
    TableHeader,
    assemble_rows,
    carry_dates,
    complete_header,
    find_header,
    guess_header,
    table_lines,
    wrap_mode,
)
from ingest.extract.words import PageWords, Word

_WORD_CONNECTORS = "|".join(re.escape(c) for c in ALL.period_connectors if c[:1].isalpha())
_CONNECTOR_WORD = re.compile(rf"\d.*(\b(?:{_WORD_CONNECTORS})\b| - | – |\d-\d|\d –)")
_PERIOD_WORD = re.compile(r"\b(" + "|".join(re.escape(w) for w in ALL.period_words) + r")\b")
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


@dataclass(slots=True)
class _Section:
    """The lines of one table on one page, read against its header."""

    header: TableHeader
    lines: list[RowLine]


@dataclass(slots=True)
class _Chunk:
    """The part of a file that belongs to one account statement."""

    lines: list[Line] = field(default_factory=list)  # lines outside tables
    sections: list[_Section] = field(default_factory=list)
    account: str | None = None
    account_doubtful: bool = False  # OCR read the account number with doubt
    misread: str | None = None  # a doubtful reading of the account number a confident one replaced
    period: tuple[dt.date | None, dt.date | None] = (None, None)
    ocr: bool = False


def read_statements(pages: Sequence[PageWords]) -> list[RawStatement]:
    """Every account statement printed in these pages, in order of appearance."""
    statements: list[RawStatement] = []
    sizes = {page.number: page for page in pages}
    for chunk in _chunks(pages):
        statement = _statement(chunk, statements[0] if statements else None, sizes)
        if statement.transactions or statement.account_number or statement.opening_balance is not None:
            statement.field_boxes = _field_boxes(statement, chunk, sizes)
            statements.append(statement)
    return statements


def _inherit(fields: hdr.HeaderFields, first: RawStatement | None) -> None:
    """Accounts printed after the first in one file share its bank, holder, currency and period."""
    if first is None:
        return
    for name in ("institution", "holder_name", "holder_address", "currency", "period_start", "period_end"):
        if getattr(fields, name) is None:
            setattr(fields, name, getattr(first, name))


# ---- cutting the file into tables and accounts -------------------------------------------------


def _chunks(pages: Sequence[PageWords]) -> list[_Chunk]:
    chunks = [_Chunk()]
    active: TableHeader | None = None
    page_lines = [cluster_lines(_level(page), page.number) for page in pages]
    page_headers = [
        [find_header(line, lines[i + 1] if i + 1 < len(lines) else None) for i, line in enumerate(lines)]
        for lines in page_lines
    ]
    # Without a header anywhere, the rows themselves may still show the columns.
    guessed = None
    if not any(h for headers in page_headers for h in headers):
        guessed = guess_header([line for lines in page_lines for line in lines])
    first_read = next((h for headers in page_headers for h in headers if h is not None), None)
    for page, lines, headers in zip(pages, page_lines, page_headers, strict=True):
        ocr = page.method is ExtractionMethod.OCR
        first_header = next((i for i, h in enumerate(headers) if h is not None), len(lines))
        active = active or guessed
        if active is None and ocr and first_read is not None and first_read.page > page.number:
            # OCR lost this page's table header ("Libellé Retraits" left of it all): the header the
            # table repeats on a later page reads its dated rows.
            active = first_read
        continuable = active is not None  # until a search for continued rows comes back empty
        index = 0
        while index < len(lines):
            below = lines[index + 1] if index + 1 < len(lines) else None
            header = headers[index]
            if header is None and index < first_header and active is not None and continuable:
                # Rows above this page's first header (if any) may continue the last page's table.
                rows, start, end = table_lines(active, lines[index:first_header], continued=True)
                continuable = bool(rows)
                if rows:
                    _add_lines(chunks, lines, index, index + start, ocr)
                    chunks[-1].sections.append(_Section(active, rows))
                    chunks[-1].ocr |= ocr
                    index += end
                    continue
            if header is None:
                _add_lines(chunks, lines, index, index + 1, ocr)
                index += 1
                continue
            skip = 2 if below is not None and header.bottom == below.bottom else 1
            rows, _, end = table_lines(header, lines[index + skip :])
            completed = complete_header(header, [row.line for row in rows])
            if completed is not header:
                header = completed
                rows, _, end = table_lines(header, lines[index + skip :])
            chunks[-1].sections.append(_Section(header, rows))
            chunks[-1].ocr |= ocr
            index += skip + end
            # The table may go on over the page without a header: the next page's first dated rows
            # with figures, above any header of its own, continue it.
            active = header
    return [c for c in chunks if c.sections or c.lines]


def _level(page: PageWords) -> Sequence[Word]:
    """OCR pages may be slanted; a text layer is level by construction."""
    return deskew(page.words) if page.method is ExtractionMethod.OCR else page.words


def _add_lines(chunks: list[_Chunk], lines: Sequence[Line], start: int, stop: int, ocr: bool) -> None:
    """Add non-table lines, starting a new chunk where a different account number begins, or where
    the same account's next statement (another period) begins after a table."""
    for index in range(start, stop):
        line = lines[index]
        current = chunks[-1]
        number = None
        if _has_account_label(line):
            number = hdr.account_number(lines[index : index + 2], strict=True)
        if number is not None:
            doubtful = _doubtful_number(lines[index : index + 2])
            if current.account is None:
                current.account, current.account_doubtful = number, doubtful
            elif _same_account(number, current.account):
                pass
            elif (doubtful or current.account_doubtful) and _one_apart(number, current.account):
                # OCR read one of the two with doubt and they differ in one character: one account.
                if current.account_doubtful and not doubtful:
                    current.misread = current.account
                    current.account, current.account_doubtful = number, False
            elif current.sections:
                moved = _since_last_section(current)
                chunks.append(_Chunk(lines=moved, account=number, account_doubtful=doubtful))
                current = chunks[-1]
        folded = fold(line.text)
        labelled = _CONNECTOR_WORD.search(folded) and _PERIOD_WORD.search(folded)
        period = hdr.period([line], NumericOrder.DAY_FIRST) if labelled else (None, None)
        if period[1] is not None:
            if current.period == (None, None):
                current.period = period
            elif period != current.period and current.sections:
                moved = _since_last_section(current)
                chunks.append(_Chunk(lines=moved, account=current.account, period=period))
                current = chunks[-1]
        current.lines.append(line)
        current.ocr |= ocr


def _has_account_label(line: Line) -> bool:
    words = [fold(w.text).strip(":;,.") for w in line.words]
    return any(
        tuple(words[i : i + len(label)]) == label for label in _ACCOUNT_LABELS for i in range(len(words))
    )


_ACCOUNT_LABELS = tuple(tuple(label.split()) for label in ALL.account_labels)


def _doubtful_number(lines: Sequence[Line]) -> bool:
    """Whether OCR read a number on these lines with doubt."""
    return any(
        w.confidence is not None and w.confidence < _DOUBTFUL_NUMBER and sum(c.isdigit() for c in w.text) >= 4
        for line in lines
        for w in line.words
    )


_DOUBTFUL_NUMBER = 50.0  # OCR confidence under which an account number's digits may be misread


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _same_account(a: str, b: str) -> bool:
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if not da or not db:
        return a == b
    return da == db or (da.endswith(db[-4:]) and db.endswith(da[-4:]))


def _since_last_section(chunk: _Chunk) -> list[Line]:
    """Lines printed after the chunk's last table belong to the next account's header."""
    if not chunk.sections or not chunk.sections[-1].lines:
        return []
    last = chunk.sections[-1].lines[-1].line
    moved = [ln for ln in chunk.lines if (ln.page, ln.top) > (last.page, last.top)]
    chunk.lines = [ln for ln in chunk.lines if (ln.page, ln.top) <= (last.page, last.top)]
    return moved


# ---- one statement -----------------------------------------------------------------------------


def _statement(chunk: _Chunk, first: RawStatement | None, sizes: PageSizes) -> RawStatement:
    money_roles: set[Role] = set()
    # One statement's table lines read as one sequence: a row wrapped over a page break stays one row,
    # and the evidence for where wrapped rows print their amount is pooled over every page.
    lines = [line for section in chunk.sections for line in section.lines]
    for section in chunk.sections:
        money_roles |= section.header.money_roles
    rows = carry_dates(assemble_rows(lines, wrap_mode(lines)))
    dates = [r.date for r in rows if r.date is not None]
    order = numeric_order(dates, _order_hint(chunk.lines))
    fields = hdr.read_header(chunk.lines, order)
    _inherit(fields, first)
    if fields.currency is None:
        fields.currency = next((s.header.currency for s in chunk.sections if s.header.currency), None)
        if fields.currency == "$":
            fields.currency = hdr.dollar_of(chunk.lines)
    fallback_year = _fallback_year(chunk.lines)
    period = (fields.period_start, fields.period_end)
    if period == (None, None) and fields.statement_date is not None:
        period = (None, fields.statement_date)  # years of undated rows are the ones nearest the issue date

    card = fields.credit_card
    # An amount column that marks credits (CR) and never debits prints its debits bare.
    printed = [m for r in rows if r.marker is None and (m := r.amounts.get(Role.AMOUNT)) is not None]
    credits_marked = any(m.marker == "CR" for m in printed) and not any(m.negative for m in printed)
    opening = _value(fields.opening_balance, card)
    closing = _value(fields.closing_balance, card)
    drafts: list[Draft] = []
    marker_opening: Decimal | None = None
    marker_closing: Decimal | None = None
    for row in rows:
        if row.marker is None and set(row.amounts) == {Role.BALANCE} and set(row.texts) <= {Role.BALANCE}:
            # A balance with no amount is a balance line ("Solde créditeur au 1er"), not a transaction.
            row.marker = Marker.CLOSING if drafts else Marker.OPENING
        if row.marker is not None:
            value = _marker_value(row, card)
            if row.marker is Marker.OPENING and marker_opening is None:
                marker_opening = value
            elif row.marker is Marker.CLOSING and value is not None:
                marker_closing = value
            continue
        amount_text, text_sign = _amount_text(row)
        drafts.append(
            Draft(
                date=_resolve(row.date, order, period, fallback_year),
                description=" ".join(row.description.split()),
                amount=_amount(row, card or credits_marked),
                balance=_value(row.amounts.get(Role.BALANCE), card),
                page=row.page,
                words=row.words,
                confidence=_ocr_confidence(row),
                guessed=any(m.whole for r, m in row.amounts.items() if r is not Role.BALANCE),
                balance_guessed=bool((b := row.amounts.get(Role.BALANCE)) and b.whole),
                amount_text=amount_text,
                text_sign=text_sign,
                balance_text=row.texts.get(Role.BALANCE) if _unread(row, Role.BALANCE) else None,
                value_date=_resolve(row.value_date, order, period, fallback_year),
            )
        )
    opening = opening if opening is not None else marker_opening
    closing = closing if closing is not None else marker_closing

    # Statements printed newest first are checked oldest first; the printed order is kept.
    in_time = list(reversed(drafts)) if newest_first(drafts) else drafts
    if money_roles & {Role.AMOUNT, Role.DEBIT, Role.CREDIT} and orient(in_time, opening, closing) < 0:
        for d in drafts:
            d.amount = _neg(d.amount)
            d.text_sign = -d.text_sign
    opening, closing = _from_running_balances(in_time, opening, closing)
    outcome = settle(in_time, opening, closing, chunk.ocr)

    start, end = fields.period_start, fields.period_end
    if start is None or end is None:
        known = [d.date for d in drafts if d.date is not None]
        if known:
            start = start or min(known)
            end = end or max(known)
    return RawStatement(
        institution=fields.institution,
        holder_name=fields.holder_name,
        holder_address=fields.holder_address,
        account_number=_account_number(fields.account_number, chunk),
        account_type=fields.account_type,
        currency=fields.currency,
        period_start=start,
        period_end=end,
        opening_balance=opening,
        closing_balance=closing,
        transactions=[
            RawTransaction(
                date=d.date,
                description=d.description,
                amount=d.amount,
                balance=d.balance,
                page=d.page,
                confidence=round(max(0.0, min(1.0, d.confidence)), 3),
                bbox=row_box(d.words, d.page, sizes),
                value_date=d.value_date,
            )
            for d in drafts
        ],
        confidence=outcome.confidence,
    )


def _field_boxes(statement: RawStatement, chunk: _Chunk, sizes: PageSizes) -> dict[str, Box]:
    """Where the header fields were read. A balance may be printed on a marker row of the table."""
    rows = [row.line for section in chunk.sections for row in section.lines]
    s = statement
    period = (s.period_start, s.period_end)
    found = {
        "institution": text_box(chunk.lines, s.institution, sizes),
        "holder.name": text_box(chunk.lines, s.holder_name, sizes),
        "holder.address": text_box(chunk.lines, s.holder_address, sizes),
        "account_number": text_box(chunk.lines, s.account_number, sizes),
        "opening_balance": money_box([*chunk.lines, *rows], s.opening_balance, sizes),
        "closing_balance": money_box([*chunk.lines, *rows], s.closing_balance, sizes),
        # The period was read in the order the rows' dates settled; either order finds its line.
        "period": period_box(chunk.lines, period, lambda ls: hdr.period(ls, NumericOrder.DAY_FIRST), sizes)
        or period_box(chunk.lines, period, lambda ls: hdr.period(ls, NumericOrder.MONTH_FIRST), sizes),
    }
    return {name: box for name, box in found.items() if box is not None}


def _from_running_balances(
    in_time: Sequence[Draft], opening: Decimal | None, closing: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """Balances the statement prints no label for, as its running balances show them: the first
    row's balance less its amount opened the period, the last row's balance closed it."""
    if opening is None and in_time:
        first = in_time[0]
        if (
            first.balance is not None
            and first.amount is not None
            and not (first.guessed or first.balance_guessed)
        ):
            opening = first.balance - first.amount
    if closing is None and in_time and in_time[-1].balance is not None:
        closing = in_time[-1].balance
    return opening, closing


def _account_number(read: str | None, chunk: _Chunk) -> str | None:
    """The header's account number, unless it is a doubtful OCR reading a later page printed
    one character apart and was read there with confidence."""
    if read is None or (read == chunk.misread and chunk.account is not None):
        return chunk.account
    return read


def _amount(row: Row, card: bool) -> Decimal | None:
    """The signed amount: debit columns are money out, credit columns money in, else as printed
    (for a card, as a card prints it: see `_value`)."""
    debit = row.amounts.get(Role.DEBIT)
    credit = row.amounts.get(Role.CREDIT)
    amount = row.amounts.get(Role.AMOUNT)
    if debit is not None or credit is not None:
        out = debit.magnitude if debit is not None else Decimal(0)
        inn = credit.magnitude if credit is not None else Decimal(0)
        if debit is not None and debit.marker == "CR":
            out = -out
        return inn - out
    if amount is not None:
        return _value(amount, card)
    return None


def _unread(row: Row, role: Role) -> bool:
    """Whether OCR printed something in the column that was not read as a figure."""
    money = row.amounts.get(role)
    return role in row.texts and (money is None or money.whole)


def _amount_text(row: Row) -> tuple[str | None, int]:
    """The OCR text of the one money column the row prints its amount in, and the sign that
    column gives (-1 money out, +1 money in, 0 either); None where no one column is it."""
    roles = [role for role in (Role.AMOUNT, Role.DEBIT, Role.CREDIT) if role in row.texts]
    if len(roles) != 1:
        return None, 0
    return row.texts[roles[0]], {Role.DEBIT: -1, Role.CREDIT: 1}.get(roles[0], 0)


def _marker_value(row: Row, card: bool) -> Decimal | None:
    for role in (Role.BALANCE, Role.AMOUNT, Role.CREDIT, Role.DEBIT):
        money = row.amounts.get(role)
        if money is not None:
            return -money.magnitude if role is Role.DEBIT else _value(money, card)
    return None


def _value(money: Money | None, card: bool = False) -> Decimal | None:
    """A printed figure from the holder's side.

    A card statement prints what is owed, and charges, as bare figures, and marks what is owed to
    the holder (payments, refunds, a credit balance) with CR, a minus or parentheses; from the
    holder's side the bare figures are negative and the marked ones positive.
    """
    if money is None:
        return None
    if not card:
        return money.signed
    if money.marker == "DR":
        return -money.magnitude
    return money.magnitude if money.negative is not None or money.marker == "CR" else -money.magnitude


def _neg(value: Decimal | None) -> Decimal | None:
    return -value if value is not None else None


def _resolve(
    date: PartialDate | None,
    order: NumericOrder,
    period: tuple[dt.date | None, dt.date | None],
    fallback_year: int | None,
) -> dt.date | None:
    return resolve(date, order, period, fallback_year) if date is not None else None


def _ocr_confidence(row: Row) -> float:
    scores = [w.confidence for w in row.words if w.confidence is not None]
    if not scores:
        return 1.0
    return max(0.05, min(1.0, min(scores) / 100 * 0.5 + sum(scores) / len(scores) / 100 * 0.5))


def _order_hint(lines: Sequence[Line]) -> NumericOrder | None:
    """US addresses write month first; without other evidence, that settles it."""
    joined = "\n".join(line.text for line in lines)
    if re.search(ALL.postcodes["US"], joined) and not re.search(ALL.postcodes["DE"], joined):
        return NumericOrder.MONTH_FIRST
    return None


def _fallback_year(lines: Sequence[Line]) -> int | None:
    years = [int(m.group(1)) for line in lines for m in _YEAR.finditer(line.text)]
    return max(set(years), key=years.count) if years else None
