"""From page words to statements: header fields and the transaction table, for any bank's layout.

The story: words -> lines (layout) -> tables found by their header words (table) -> the file cut into
one chunk per account wherever a different account number starts a new section -> per chunk, the
header fields (header), the rows with their dates settled once for the statement (dates), and the
amounts checked against the balances (balance). Every step is handed the `ReadContext` it runs with.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import TypeVar

from ingest.codes import ExtractionMethod
from ingest.extract import header as hdr
from ingest.extract.amounts import SHARED_SIGNS, Money, SideMark, money_places, parse_money
from ingest.extract.balance import (
    LOOKALIKES,
    Decision,
    Draft,
    confusable_slip,
    newest_first,
    orient,
    second_reading,
    settle,
    stated_balances,
)
from ingest.extract.boxes import PageSizes, money_box, period_box, row_box, text_box
from ingest.extract.cards import (
    charges_signed_plus,
    numbered_as_a_card,
    owed_by_its_balances,
    owes_like_a_card,
    paid_in_part,
    prints_like_a_card,
    signs_like_an_account,
)
from ingest.extract.context import DEFAULT, ReadContext
from ingest.extract.dates import (
    NumericOrder,
    PartialDate,
    as_year_first,
    in_language,
    month_day,
    numeric_order,
    parse_partial,
    printed_year_first,
    printed_years,
    resolve,
)
from ingest.extract.layout import Line, cluster_lines, deskew, median_of, thousands_joined
from ingest.extract.lexicon import ALL, SHARED_CURRENCY_NAMES, Lexicon, fold, labels_language, language_of
from ingest.extract.sections import line_above, section_heading, sectioned, sided_by_totals, sides_by_balance
from ingest.extract.statement import Box, RawStatement, RawTransaction
from ingest.extract.table import (
    MONEY_ROLES,
    Beside,
    Marker,
    Role,
    Row,
    RowLine,
    TableHeader,
    TableRows,
    assemble_rows,
    carry_dates,
    complete_header,
    cut_beside,
    dated_apart,
    find_dateless_header,
    find_header,
    find_moneyless_header,
    guess_header,
    labelled_days,
    marker_of,
    pending_heading,
    read_row_line,
    table_lines,
    title_over_headings,
    titles_by_a_word,
    wrap_mode,
    wrapped_heading_lines,
)
from ingest.extract.words import PageWords, Word


@dataclass(frozen=True, slots=True)
class _Cues:
    """What the reader looks for in the lines outside tables, from one lexicon."""

    connector: re.Pattern[str]  # "<date> to <date>"
    period_word: re.Pattern[str]  # a word that makes a line the statement period
    names_statement: re.Pattern[str]  # a period word or a statement date's label: the line is the statement's
    account_labels: dict[str, tuple[tuple[str, ...], ...]]  # each label's words, by its first word
    us_postcode: re.Pattern[str]
    de_postcode: re.Pattern[str]


@lru_cache(maxsize=16)
def _cues(lexicon: Lexicon) -> _Cues:
    connectors = "|".join(re.escape(c) for c in lexicon.period_connectors if c[:1].isalpha())
    return _Cues(
        connector=re.compile(rf"\d.*(\b(?:{connectors})\b| - | – |\d-\d|\d –)"),
        period_word=_any_of(lexicon.period_words),
        names_statement=_any_of((*lexicon.period_words, *lexicon.statement_date_labels)),
        account_labels=_by_first_word(
            tuple(label.split()) for label in (*lexicon.account_labels, *lexicon.member_labels)
        ),
        us_postcode=re.compile(lexicon.postcodes["US"]),
        de_postcode=re.compile(lexicon.postcodes["DE"]),
    )


def _any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in phrases) + r")\b")


def _by_first_word(labels: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for label in labels:
        if label:
            grouped.setdefault(label[0], []).append(label)
    return {first: tuple(group) for first, group in grouped.items()}


@dataclass(slots=True)
class _Section:
    """The lines of one table on one page, read against its header."""

    header: TableHeader
    lines: list[RowLine]
    # Lines among the rows that are no rows (a title, a notice): what they head may still matter.
    others: tuple[Line, ...] = ()


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
    account_line: int = 0  # how many of `lines` came before the line that printed `account`
    currency: str | None = None  # the one currency code the lines above its first table print
    iban: str | None = None  # the IBAN printed above its first table
    # Its number is the one its title prints over its first table ("HKD Savings 012-345678-833"), not the
    # one the header above numbered it by (an integrated account's, over all of its sections).
    titled: bool = False
    # Another account of the statement before it (a member's next share account): only its title and
    # balances are printed above it, and its bank and holder are the first account's.
    follows: bool = False
    above: int = 0  # how many of `lines` came before its first table: its header's

    def add(self, section: _Section, ocr: bool) -> None:
        if not self.sections:
            self.above = len(self.lines)
            printed = hdr.printed_currencies(self.lines)
            self.currency = next(iter(printed)) if len(printed) == 1 else None
            self.iban = hdr.iban(self.lines)
        self.sections.append(section)
        self.ocr |= ocr


def read_statements(pages: Sequence[PageWords], ctx: ReadContext = DEFAULT) -> list[RawStatement]:
    """Every account statement printed in these pages, in order of appearance."""
    statements: list[RawStatement] = []
    sizes = {page.number: page for page in pages}
    page_lines = [cluster_lines(_level(page), page.number) for page in pages]
    ctx = _with_money_places(ctx, [line for lines in page_lines for line in lines])
    for chunk in _chunks(ctx, pages, page_lines):
        statement = _statement(ctx, chunk, statements[0] if statements else None, sizes)
        if statement.transactions or statement.account_number or statement.opening_balance is not None:
            statement.field_boxes = _field_boxes(ctx, statement, chunk, sizes)
            statements.append(statement)
    return statements


# ---- cutting the file into tables and accounts -------------------------------------------------


def _with_money_places(ctx: ReadContext, lines: Sequence[Line]) -> ReadContext:
    """The context with the decimal places of the file's currency, decided from all its lines before
    any row is read (rows are read as money with exactly those places)."""
    text = " ".join(fold(line.text) for line in lines)
    currency = hdr.currency(ctx, lines, text)
    words = (w.text for line in lines for w in thousands_joined(line.words))
    return replace(ctx, places=money_places(currency, words))


def _chunks(
    ctx: ReadContext, pages: Sequence[PageWords], page_lines: Sequence[Sequence[Line]]
) -> list[_Chunk]:
    chunks = [_Chunk()]
    page_headers = [_PageHeaders(ctx, lines) for lines in page_lines]
    first_read = next((h for h in (headers.first() for headers in page_headers) if h is not None), None)
    # Without a header anywhere, the rows themselves may still show the columns.
    guessed = None
    if first_read is None:
        guessed = guess_header(ctx, [line for lines in page_lines for line in lines])
    active: TableHeader | None = None
    for page, lines, headers in zip(pages, page_lines, page_headers, strict=True):
        ocr = page.method is ExtractionMethod.OCR
        active = active or guessed
        if active is None and ocr and first_read is not None and first_read.page > page.number:
            # OCR lost this page's table header ("Libellé Retraits" left of it all): the header the
            # table repeats on a later page reads its dated rows.
            active = first_read
        active = _read_page(ctx, chunks, lines, headers, active=active, ocr=ocr)
    _currencies_apart(chunks, table_follows=False)
    chunks = _appendices_rejoined(chunks)
    return [part for c in chunks if c.sections or c.lines for part in _accounts_apart(ctx, c)]


def _appendices_rejoined(chunks: Sequence[_Chunk]) -> list[_Chunk]:
    """The chunks, each that another period began after the same account's table but that opens no
    table and states no opening balance given back to the chunk before: an appendix printed under the
    statement (the fees billed for a quarter, "Abrechnungszeitraum ... bis ..."), no statement of its own."""
    kept: list[_Chunk] = []
    for chunk in chunks:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.sections
            and not chunk.sections
            and chunk.account == last.account
            and chunk.period != last.period
            and not hdr.opening_stated(chunk.lines)
        ):
            last.lines += chunk.lines
            continue
        kept.append(chunk)
    return kept


class _PageHeaders:
    """The table header each line of a page opens, if any, looked for when the line is first asked
    of: the lines a table takes are read as its rows, never asked (a header search on each of a
    page's lines was most of what finding headers cost)."""

    def __init__(self, ctx: ReadContext, lines: Sequence[Line]) -> None:
        self._ctx = ctx
        self._lines = lines
        self._read: dict[int, TableHeader | None] = {}
        self._found: dict[int, TableHeader | None] = {}

    def __getitem__(self, index: int) -> TableHeader | None:
        if index not in self._found:
            found, lines = self._header_at(index), self._lines
            if found is not None and index + 2 < len(lines) and found.bottom == lines[index + 1].bottom:
                second = self._header_at(index + 1)
                if second is not None and title_over_headings(self._ctx, found, second, lines[index + 2]):
                    found = None  # a title over the headings: the header starts on the next line
            self._found[index] = found
        return self._found[index]

    def _header_at(self, index: int) -> TableHeader | None:
        """The header read from the line `index` and those under it, before titles are told apart."""
        if index not in self._read:
            ctx, lines = self._ctx, self._lines
            below = lines[index + 1] if index + 1 < len(lines) else None
            self._read[index] = (
                find_header(ctx, lines[index], below)
                or find_dateless_header(ctx, lines[index], lines[index + 1 :])
                or find_moneyless_header(ctx, lines[index], lines[index + 1 :])
            )
        return self._read[index]

    def first_at(self) -> int:
        """The index of the page's first line that opens a table, else the number of its lines."""
        return next((i for i in range(len(self._lines)) if self[i] is not None), len(self._lines))

    def first(self) -> TableHeader | None:
        """The page's first table header."""
        at = self.first_at()
        return self[at] if at < len(self._lines) else None


def _accounts_apart(ctx: ReadContext, chunk: _Chunk) -> list[_Chunk]:
    """The chunk cut where its table starts another account: a credit union lists its member's share
    accounts one after another under one set of headings, each between its own opening and closing
    balance rows. An opening row after a closing row that prints another figure starts the balance
    chain again (a balance carried over a page prints the same figure on both). Each account takes the
    lines printed after the last row of the one before, to its own last row: its title above its rows."""
    cuts = _chain_restarts(ctx, chunk)
    if not cuts:
        return [chunk]
    bounds = [(0, 0), *cuts, (len(chunk.sections), 0)]
    tables: list[list[_Section]] = []
    for (s0, r0), (s1, r1) in pairwise(bounds):
        sections = []
        for n in range(s0, min(s1 + 1, len(chunk.sections))):
            section = chunk.sections[n]
            rows = section.lines[r0 if n == s0 else 0 : r1 if n == s1 else len(section.lines)]
            if rows:
                sections.append(replace(section, lines=rows))
        tables.append(sections)
    ends = [_at(sections[-1].lines[-1].line) for sections in tables[:-1]]

    def part(line: Line) -> int:
        return next((k for k, end in enumerate(ends) if _at(line) <= end), len(ends))

    parts: list[_Chunk] = []
    for k, sections in enumerate(tables):
        first = _at(sections[0].lines[0].line)
        titles = [ln for s in chunk.sections for ln in s.others if part(ln) == k and _at(ln) < first]
        # Lines of text over a later account's first rows title it ("Fremdwährungskonto CH56 ... EUR").
        titles += [row.line for row in takewhile(_text_alone, sections[0].lines)] if k else []
        parts.append(
            _Chunk(
                lines=[*(ln for ln in chunk.lines if part(ln) == k), *titles],
                sections=[replace(s, others=tuple(ln for ln in s.others if part(ln) == k)) for s in sections],
                account=chunk.account,
                period=chunk.period,
                ocr=chunk.ocr,
                account_line=chunk.account_line if k == 0 else 0,
                currency=chunk.currency,
                iban=chunk.iban,
                follows=k > 0,
            )
        )
    return parts


def _in_a_day(chunk: _Chunk, header: TableHeader) -> bool:
    """Whether the table the next page may continue ended under a day's date printed alone over its
    undated rows (an app groups each day's rows under it), on this page or the pages before: that day
    may go on over the page. A date alone under rows that print their own (the day a page was printed)
    is not one: a day's is the table's only date, or the table prints an earlier day's date alone too."""
    sections = takewhile(lambda s: s.header is header, reversed(chunk.sections))
    dated = [row for s in sections for row in reversed(s.lines) if row.date is not None]  # last first
    days = [row for row in dated if not row.description and not row.figures]
    return bool(days) and dated[0] is days[0] and (len(days) > 1 or len(dated) == 1)


def _text_alone(row: RowLine) -> bool:
    """A line under a table's header that prints neither a date nor a figure."""
    return row.date is None and not row.figures


def _line_figure(row: RowLine | Row) -> Money | None:
    """The balance a balance line prints: under the balance heading, or its one figure under another."""
    if Role.BALANCE in row.amounts:
        return row.amounts[Role.BALANCE]
    return next(iter(row.amounts.values())) if len(row.amounts) == 1 else None


def _at(line: Line) -> tuple[int, float]:
    """Where a line is printed, in reading order."""
    return line.page, line.top


def _chain_restarts(ctx: ReadContext, chunk: _Chunk) -> list[tuple[int, int]]:
    """Where, by section and line, an opening row follows a closing row (or a total line printing the
    balance) with another figure: at the opening row, or at the first line after the closing row where
    only lines of text (the next account's title) stand between them."""
    cuts: list[tuple[int, int]] = []
    closed: Decimal | None = None
    after = (0, 0)  # the line after the last closing row
    texts = True  # whether only lines of text stand since the last closing row
    ran: Decimal | None = None  # the last running balance a transaction printed
    for n, section in enumerate(chunk.sections):
        for i, row in enumerate(section.lines):
            marker = marker_of(ctx, row.description, has_date=row.date is not None)
            figure = _line_figure(row)
            # A total line printing the balance the rows end at closes them as a closing row does.
            ends = marker is Marker.CLOSING or (marker is Marker.TOTAL and Role.BALANCE in row.amounts)
            if ends and figure is not None:
                closed, after, texts = figure.signed, (n, i + 1), True
            elif marker is Marker.OPENING and figure is not None and closed is not None:
                if figure.signed != closed:
                    cuts.append(after if texts else (n, i))
                closed = None
            elif marker is Marker.OPENING and figure is not None and _opens_another(chunk, n, i, figure, ran):
                cuts.append((n, i))
            elif marker is None and row.date is not None and set(row.amounts) - {Role.BALANCE}:
                closed, texts = None, False  # a transaction: a summary line under the closing row is none
                ran = row.amounts[Role.BALANCE].signed if Role.BALANCE in row.amounts else ran
            elif marker is not None or row.figures or row.date is not None:
                texts = False
    return cuts


def _opens_another(chunk: _Chunk, section: int, line: int, figure: Money, ran: Decimal | None) -> bool:
    """Whether an opening row first under headings printed again on the page of the rows before
    (a Quebec statement's "Solde reporté" under each account's title) starts another account: its
    figure is not the balance those rows ran to, as a balance carried on would be."""
    return (
        section > 0
        and line == 0
        and ran is not None
        and figure.signed != ran
        and chunk.sections[section].header.page == chunk.sections[section - 1].header.page
    )


def _read_page(
    ctx: ReadContext,
    chunks: list[_Chunk],
    lines: Sequence[Line],
    headers: _PageHeaders,
    *,
    active: TableHeader | None,
    ocr: bool,
) -> TableHeader | None:
    """Add one page's lines to the chunks, tables and the lines around them; the table header in
    force at the page's end, which the next page's rows may continue."""
    first_header = headers.first_at()
    continuable = active is not None  # until a search for continued rows comes back empty
    index = 0
    while index < len(lines):
        header = headers[index]
        if header is None and index < first_header and active is not None and continuable:
            # Rows above this page's first header (if any) may continue the last page's table.
            alone = headers.first() is None  # no table of its own: its totals may end the last page's
            active, read, beside = _continued(
                ctx, active, lines[index:first_header], chunks[-1], ocr=ocr, alone=alone
            )
            continuable = bool(read.rows)
            if read.rows:
                _add_lines(ctx, chunks, lines, index, index + read.start, ocr=ocr)
                chunks[-1].add(_Section(active, read.rows), ocr)
                _add_lines(ctx, chunks, beside, 0, len(beside), ocr=ocr)
                index += read.end
                continue
            carried = [] if alone else _carried_text(ctx, active, chunks[-1], lines[index:first_header])
            if carried:
                # The last row's description, its later lines at the top of the page over the repeated
                # headings (or the page's own print): read with the rows as if under the headings.
                _add_lines(ctx, chunks, lines, index, first_header - len(carried), ocr=ocr)
                chunks[-1].add(_Section(active, carried), ocr)
                index = first_header
                continue
        if header is None:
            _add_lines(ctx, chunks, lines, index, index + 1, ocr=ocr)
            index += 1
            continue
        _currencies_apart(chunks, table_follows=True)
        if _another_iban(chunks[-1]):
            # A bank prints one statement per account, each under its IBAN and opening balance.
            current = chunks[-1]
            moved = _since_last_section(current)
            chunks.append(_Chunk(lines=moved, account=current.account, period=current.period))
        if header.beside:
            sections, used, beside = _tables_side_by_side(ctx, lines, index, header, active)
        else:
            section, used, beside = _table_at(ctx, lines, index, header, active)
            sections = [section]
            if _another_account_opens(ctx, chunks[-1], section):
                current = chunks[-1]
                moved = _since_last_section(current)
                chunks.append(
                    _Chunk(lines=moved, account=current.account, period=current.period, follows=True)
                )
        for section in sections:
            chunks[-1].add(section, ocr)
        _add_lines(ctx, chunks, beside, 0, len(beside), ocr=ocr)
        index += used
        # The table may go on over the page without a header: the next page's first dated rows
        # with figures, above any header of its own, continue it.
        active = sections[0].header
    return active


def _continued(
    ctx: ReadContext, active: TableHeader, lines: Sequence[Line], chunk: _Chunk, *, ocr: bool, alone: bool
) -> tuple[TableHeader, TableRows, list[Line]]:
    """The header the rows at the top of a page read under, those rows (with the indices of the lines
    they begin and end at), and the print beside them, where they continue the table `active` heads:
    moved where the page's figures stand elsewhere (`_shifted_to_the_page`), completed by these rows
    where they show the running balance it does not name (a later page's header read as OCR printed it,
    borrowed where OCR lost this page's own). An OCR page's print beside the rows is cut off them as
    under a header of its own (`cut_beside`: a panel of offers right of a card's rows, read into them on
    a photographed page). `alone`: the page opens no table of its own (see `table_lines`)."""
    cut = cut_beside(ctx, active, lines) if ocr else Beside(list(lines), list(range(len(lines))), [])
    in_a_day = _in_a_day(chunk, active)
    read = table_lines(ctx, active, cut.inside, continued=True, in_a_day=in_a_day, alone=alone)
    header, read = _shifted_to_the_page(ctx, chunk, active, cut.inside, read, in_a_day=in_a_day)
    completed = complete_header(ctx, header, [row.line for row in read.rows])
    if completed is not header:
        header = completed
        read = table_lines(ctx, header, cut.inside, continued=True, in_a_day=in_a_day, alone=alone)
    if not read.rows:
        return header, read, []
    first, used = cut.at[read.start], cut.consumed(read.end)
    top, bottom = lines[first].top, lines[used - 1].bottom
    beside = [line for line in cut.beside if top <= (line.top + line.bottom) / 2 <= bottom]
    return header, TableRows(read.rows, first, used), beside


def _carried_text(
    ctx: ReadContext, active: TableHeader, chunk: _Chunk, lines: Sequence[Line]
) -> list[RowLine]:
    """The lines right above a page's repeated headings that carry on the last row of the page before
    over the page break: undated lines flush with that row's description, nothing outside the
    description column but, where that row is dated and printed no figure yet (its figures on its
    description's last line), the figures of the lowest of them, which must print them. None where the
    lines stand anywhere else (a running header's bank name, its page number) or that row is no
    transaction's (a title or a note, whose text the page does not carry on)."""
    last = chunk.sections[-1].lines[-1] if chunk.sections and chunk.sections[-1].lines else None
    if last is None or last.desc_x0 is None or not (last.figures or last.date is not None):
        return []
    if marker_of(ctx, last.description, has_date=last.date is not None) is not None:
        return []  # a balance carried forward: the page's rows ended whole above it
    awaited = not last.figures  # the row's figures are still to come, on its last line
    rows = [read_row_line(ctx, active, line) for line in lines]
    carried: list[RowLine] = []
    for row in reversed(rows):
        height = median_of([w.bottom - w.top for w in row.line.words])
        wanted = awaited and not carried  # the lowest line prints the figures the row awaits
        if row.date is not None or (not row.amounts if wanted else row.figures):
            break
        if not row.in_desc_zone or row.desc_x0 is None or abs(row.desc_x0 - last.desc_x0) > height / 2:
            break
        carried.insert(0, row)
    return carried


def _shifted_to_the_page(
    ctx: ReadContext,
    chunk: _Chunk,
    active: TableHeader,
    lines: Sequence[Line],
    read: TableRows,
    *,
    in_a_day: bool,
) -> tuple[TableHeader, TableRows]:
    """The header the rows at the top of a page without headings read under, where they sit elsewhere
    than under it (a page printed with other margins): its columns moved by the distance between where
    this page's figures stand flush, most of them, and where the rows under the header stood from its
    columns' right edges, where the page's figures are flush at that distance from no column and the
    rows read so show as many figures. Else the header and the rows as read."""
    rows = [row.line for row in chunk.sections[-1].lines] if chunk.sections else []
    under, here = _offsets(ctx, active, rows), _offsets(ctx, active, lines)
    if not under or not here:
        return active, read
    [(usual, _)] = under.most_common(1)
    [(found, count)] = here.most_common(1)
    shift = found - usual
    height = median_of([w.bottom - w.top for line in lines for w in line.words])
    if abs(shift) < height or count < _MIN_SHIFTED or _flush(here, usual) * 2 > count:
        return active, read
    moved = _shifted(active, shift)
    trial = table_lines(ctx, moved, lines, continued=True, in_a_day=in_a_day)
    return (moved, trial) if _figures_read(trial.rows) >= _figures_read(read.rows) else (active, read)


_MIN_SHIFTED = 3  # figures flush at one distance from the columns, for the page to be read there


def _offsets(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> Counter[int]:
    """How far each figure on these lines stands from each money or balance column's right edge, in
    whole points: a page's figures set flush with its columns stand at a few distances many times."""
    edges = [c.x1 for c in header.columns if c.role in (*MONEY_ROLES, Role.BALANCE)]
    return Counter(
        round(word.x1 - edge)
        for line in lines
        for word in line.words
        if parse_money(word.text, ctx.places) is not None
        for edge in edges
    )


def _flush(offsets: Counter[int], at: int) -> int:
    """The figures standing `at` points from a column's edge, a point either way."""
    return offsets[at - 1] + offsets[at] + offsets[at + 1]


def _figures_read(rows: Sequence[RowLine]) -> int:
    return sum(len(row.amounts) for row in rows)


def _shifted(header: TableHeader, shift: float) -> TableHeader:
    """The header with every column `shift` points to the right."""
    columns = tuple(replace(c, x0=c.x0 + shift, x1=c.x1 + shift) for c in header.columns)
    beside = None if header.balances_beside is None else header.balances_beside + shift
    return replace(header, columns=columns, balances_beside=beside)


def _table_at(
    ctx: ReadContext, lines: Sequence[Line], index: int, header: TableHeader, active: TableHeader | None
) -> tuple[_Section, int, list[Line]]:
    """The table whose header starts at `index`, how many lines it takes (header included), and the
    text printed beside it on those lines; the table before (`active`) tells the side of a section
    it continues; under a heading of transactions not yet posted, its rows are."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    skip = 2 if below is not None and header.bottom == below.bottom else 1
    above = line_above(ctx, lines, index)
    pending = above is not None and pending_heading(ctx, above)
    printed = header
    header = sectioned(ctx, header, section_heading(ctx, lines, index), active)
    sided = header is not printed
    cut = cut_beside(ctx, header, lines[index:])
    if skip == 2:
        skip += wrapped_heading_lines(ctx, cut.inside[1], cut.inside[2:])
    inside = cut.inside[skip:]
    rows, _, end = table_lines(ctx, header, inside, pending=pending)
    completed = complete_header(ctx, header, [row.line for row in rows])
    if completed is not header:
        header = completed
        rows, _, end = table_lines(ctx, header, inside, pending=pending)
    if _lists_nothing(ctx, rows):
        # An account without activity prints its headings over no transaction: the table ends at the
        # first line under them it reads as no row (the next account's title, number and balances).
        read = {id(row.line) for row in rows}
        end = next((n for n, line in enumerate(inside[:end]) if id(line) not in read), end)
        rows = rows[:end]
    if sided:
        rows = [_balance_unsided(ctx, row) for row in rows]
    used = cut.consumed(skip + end)
    beside = [line for line in cut.beside if line.bottom <= lines[index + used - 1].bottom]
    return _Section(header, rows, _not_rows(cut.inside[skip : skip + end], rows)), used, beside


def _lists_nothing(ctx: ReadContext, rows: Sequence[RowLine]) -> bool:
    """Whether a table's lines print no transaction: only text and balances labelled as such."""
    return not any(
        (row.date is not None or row.amounts)
        and marker_of(ctx, row.description, has_date=row.date is not None) is None
        for row in rows
    )


def _not_rows(lines: Sequence[Line], rows: Sequence[RowLine]) -> tuple[Line, ...]:
    """The lines a table took that it read as no row."""
    read = {id(row.line) for row in rows}
    return tuple(line for line in lines if id(line) not in read)


def _tables_side_by_side(
    ctx: ReadContext, lines: Sequence[Line], index: int, header: TableHeader, active: TableHeader | None
) -> tuple[list[_Section], int, list[Line]]:
    """A list printed two or three to a line ("Checks paid": number, date, amount, then again): each set
    of columns read as a table of its own from the words that stand under it; how many lines they take
    (header included); no text beside them."""
    heading = section_heading(ctx, lines, index)
    above = line_above(ctx, lines, index)
    pending = above is not None and pending_heading(ctx, above)
    sets = [replace(header, beside=()), *header.beside]
    # Each set takes the words from a little left of its first heading to the next set's.
    edges = [s.columns[0].x0 - ctx.tolerances.beside_table * lines[index].height for s in sets[1:]]
    bounds = list(zip([float("-inf"), *edges], [*edges, float("inf")], strict=True))
    sections: list[_Section] = []
    used = 1
    for part, (left, right) in zip(sets, bounds, strict=True):
        at: list[int] = []
        cut: list[Line] = []
        for n, line in enumerate(lines[index + 1 :], start=index + 1):
            if (
                _runs_across(ctx, line, edges)
                or find_header(ctx, line) is not None
                or marker_of(ctx, line.text, has_date=False) is Marker.TOTAL
                or _undated_figure(ctx, sets, bounds, line)
            ):
                break  # running text across the sets (a notice), their total, or the next table's header
            words = tuple(w for w in line.words if left <= w.x0 < right)
            if words:
                at.append(n)
                cut.append(Line(words=words, page=line.page))
        rows, _, end = table_lines(ctx, part, cut, pending=pending)
        sections.append(_Section(sectioned(ctx, part, heading, active), rows))
        if end:
            used = max(used, at[end - 1] + 1 - index)
    return sections, used, []


def _undated_figure(
    ctx: ReadContext, sets: Sequence[TableHeader], bounds: Sequence[tuple[float, float]], line: Line
) -> bool:
    """Whether a line under a list printed several to a line prints a figure under no date: every entry
    of such a list is dated (a check by the day it was paid), so the line is the list's total, however
    worded ("Conventional Checks Paid (3) $ 1,584.00-")."""
    parts = [
        read_row_line(ctx, part, Line(words=words, page=line.page))
        for part, (left, right) in zip(sets, bounds, strict=True)
        if (words := tuple(w for w in line.words if left <= w.x0 < right))
    ]
    return any(row.figures for row in parts) and all(row.date is None for row in parts)


def _balance_unsided(ctx: ReadContext, row: RowLine) -> RowLine:
    """A balance line read under a section's one amount column, which its title makes money in or out
    ("Afschrijvingen"): the title gives its rows their side, not the balance ("Eindsaldo 2.678,71"),
    whose figure is as printed."""
    if marker_of(ctx, row.description, has_date=row.date is not None) not in (Marker.OPENING, Marker.CLOSING):
        return row
    sides = (Role.DEBIT, Role.CREDIT)
    return replace(
        row,
        amounts={Role.AMOUNT if role in sides else role: money for role, money in row.amounts.items()},
        texts={Role.AMOUNT if role in sides else role: text for role, text in row.texts.items()},
    )


def _runs_across(ctx: ReadContext, line: Line, edges: Sequence[float]) -> bool:
    """Whether two words a space apart stand either side of one of the edges: text, not columns."""
    space = ctx.tolerances.word_space * line.height
    return any(a.x0 < edge <= b.x0 and b.x0 - a.x1 < space for a, b in pairwise(line.words) for edge in edges)


def _level(page: PageWords) -> Sequence[Word]:
    """OCR pages may be slanted; a text layer is level by construction."""
    return deskew(page.words) if page.method is ExtractionMethod.OCR else page.words


def _add_lines(
    ctx: ReadContext, chunks: list[_Chunk], lines: Sequence[Line], start: int, stop: int, *, ocr: bool
) -> None:
    """Add non-table lines, starting a new chunk where a different account number begins, or where
    the same account's next statement (another period) begins after a table."""
    cues = _cues(ctx.lexicon)
    for index in range(start, stop):
        line = lines[index]
        current = chunks[-1]
        number = None
        if _has_account_label(cues, line):
            number = hdr.account_number(ctx, lines[index : index + 2], strict=True)
        titled = hdr.titled_account(line)
        number = number or titled
        if number is not None:
            doubtful = _doubtful_number(ctx, lines[index : index + 2])
            if current.account is None:
                current.account, current.account_doubtful = number, doubtful
                current.account_line = len(current.lines)
            elif _same_account(number, current.account):
                pass
            elif any(c.account and _same_account(number, c.account) for c in chunks[:-1]):
                # A combined statement prints the primary account's number atop every page: an account
                # whose statement is over does not begin again in the middle of the next one's.
                pass
            elif number == titled and not current.sections:
                # An integrated statement numbers all its accounts in its header, then titles each section
                # by its kind and its own number: the first section is the account its title numbers.
                current.account, current.account_doubtful, current.titled = number, doubtful, True
                current.account_line = len(current.lines)
            elif (doubtful or current.account_doubtful) and _one_apart(number, current.account):
                # OCR read one of the two with doubt and they differ in one character: one account.
                if current.account_doubtful and not doubtful:
                    current.misread = current.account
                    current.account, current.account_doubtful = number, False
            elif current.sections:
                moved = _since_last_section(current)
                chunks.append(_Chunk(lines=moved, account=number, account_doubtful=doubtful))
                current = chunks[-1]
            elif hdr.opening_stated(current.lines[current.account_line :]):
                # An account without activity prints its number and balances and no table: the next
                # account's number begins the next statement all the same.
                chunks.append(_Chunk(account=number, account_doubtful=doubtful))
                current = chunks[-1]
        folded = fold(line.text)
        labelled = cues.connector.search(folded) and cues.period_word.search(folded)
        period = hdr.period(ctx, [line], NumericOrder.DAY_FIRST) if labelled else (None, None)
        if period[1] is not None:
            if current.period == (None, None):
                current.period = period
            elif period != current.period and current.sections:
                moved = _since_last_section(current)
                chunks.append(_Chunk(lines=moved, account=current.account, period=period))
                current = chunks[-1]
        current.lines.append(line)
        current.ocr |= ocr


def _has_account_label(cues: _Cues, line: Line) -> bool:
    words = tuple(fold(w.text).strip(":;,.") for w in line.words)
    return any(
        words[i : i + len(label)] == label
        for i, word in enumerate(words)
        for label in cues.account_labels.get(word, ())
    )


def _doubtful_number(ctx: ReadContext, lines: Sequence[Line]) -> bool:
    """Whether OCR read a number on these lines with doubt."""
    return any(
        w.confidence is not None
        and w.confidence < ctx.ocr.doubtful_number
        and sum(c.isdigit() for c in w.text) >= 4
        for line in lines
        for w in line.words
    )


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _same_account(a: str, b: str) -> bool:
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if not da or not db:
        return a == b
    return da == db or (da.endswith(db[-4:]) and db.endswith(da[-4:]))


def _currencies_apart(chunks: list[_Chunk], *, table_follows: bool) -> None:
    """Start a chunk at each currency's section printed since the last chunk's last table: a wallet
    prints one statement per currency, each titled and balanced in its own code, and one without
    activity prints its title and balances and no table. A section is one where it names its currency
    again (a title and a balance, not a note in passing) and states its opening balance or heads the
    table that follows it, and the lines before it are a statement of their own."""
    current = chunks[-1]
    since = _lines_since_last_section(current) if current.sections else current.lines
    kept, runs = _currency_runs(since, current.currency)
    ends = [start for _, start in runs[1:]] + [len(since)]
    if not runs or not (current.sections or hdr.opening_stated(since[: runs[0][1]])):
        return
    cuts: list[tuple[str, int, int]] = []
    for n, ((code, start), end) in enumerate(zip(runs, ends, strict=True)):
        part = since[start:end]
        opens = hdr.opening_stated(part) or (table_follows and n == len(runs) - 1)
        if code != kept and hdr.printed_currencies(part)[code] >= _NAMED_AGAIN and opens:
            cuts.append((code, start, end))
            kept = code
        elif cuts:
            cuts[-1] = (*cuts[-1][:2], end)  # a note in passing stays with the section above it
    if not cuts:
        return
    gone = set(map(id, since[cuts[0][1] :]))
    current.lines = [ln for ln in current.lines if id(ln) not in gone]
    for code, start, end in cuts:
        chunks.append(
            _Chunk(lines=since[start:end], account=current.account, period=current.period, currency=code)
        )


def _currency_runs(lines: Sequence[Line], currency: str | None) -> tuple[str | None, list[tuple[str, int]]]:
    """The currency the lines name first (`currency` where given), and where each later run of lines
    naming another one begins, with its code: after the last line naming the currency before it, the
    lines naming none going with the run after them (its title)."""
    first = currency
    runs: list[tuple[str, int]] = []
    last = -1
    for n, line in enumerate(lines):
        named = hdr.printed_currencies([line])
        if len(named) != 1:
            continue
        [code] = named
        if first is None:
            first = code
        elif code != (runs[-1][0] if runs else first):
            runs.append((code, last + 1))
        last = n
    return first, runs


def _another_iban(chunk: _Chunk) -> bool:
    """Whether the lines since the chunk's last table print another IBAN than the one above its first
    table, with an opening balance: the next account's statement (an IBAN to pay a card bill into,
    printed under a table, opens no balance)."""
    if chunk.iban is None:
        return False
    since = _lines_since_last_section(chunk)
    number = hdr.iban(since)
    return number is not None and not _same_account(number, chunk.iban) and hdr.opening_stated(since)


def _another_account_opens(ctx: ReadContext, chunk: _Chunk, section: _Section) -> bool:
    """Whether the lines since the chunk's last table state an opening balance of the member's next
    account (a credit union's share draft after its savings), titled and summed up above a table of its
    own: the next table's first row goes on from it where the last table's last row ends at another;
    where the rows print no running balance, it is another than the chunk's own, and a closing balance
    is stated with it, or the last table ends on a closing balance line of another figure (a bank's
    report of a current account, then a card's, each between its old and new balance). A page header
    repeating the statement's balances is no such line: the next page's rows go on from the last
    page's, and its opening is the statement's own."""
    if not chunk.sections or not chunk.sections[-1].lines or not section.lines:
        return False
    since = _lines_since_last_section(chunk)
    stated = hdr.stated_opening(since)
    if stated is None:
        return False
    top = _at(chunk.sections[0].lines[0].line)
    own = hdr.stated_opening([line for line in chunk.lines if _at(line) < top])
    another = own is not None and own.signed != stated.signed
    last = chunk.sections[-1].lines[-1]
    closed = _line_figure(last)
    if (
        closed is not None
        and marker_of(ctx, last.description, has_date=last.date is not None) is Marker.CLOSING
    ):
        return another and closed.signed != stated.signed
    ended = last.amounts.get(Role.BALANCE)
    first = next((row for row in section.lines if Role.BALANCE in row.amounts and len(row.amounts) > 1), None)
    if ended is None or first is None:
        return another and hdr.stated_closing(since) is not None
    if stated.signed == ended.signed:
        return False
    balance = first.amounts[Role.BALANCE].signed
    amount = next(money.magnitude for role, money in first.amounts.items() if role is not Role.BALANCE)
    return balance - stated.signed in (amount, -amount) and balance - ended.signed not in (amount, -amount)


def _lines_since_last_section(chunk: _Chunk) -> list[Line]:
    """The chunk's lines printed after its last table's last row (its header, where it has none: an
    account without activity may print the headings over no row)."""
    if not chunk.sections:
        return []
    last = chunk.sections[-1]
    end = _at(last.lines[-1].line) if last.lines else (last.header.page, last.header.bottom)
    return [ln for ln in chunk.lines if _at(ln) > end]


_NAMED_AGAIN = 2  # a currency named by a title and a balance, not a note in passing


def _since_last_section(chunk: _Chunk) -> list[Line]:
    """Lines printed after the chunk's last table belong to the next account's header: taken from it."""
    moved = _lines_since_last_section(chunk)
    gone = set(map(id, moved))
    chunk.lines = [ln for ln in chunk.lines if id(ln) not in gone]
    return moved


# ---- one statement -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Dating:
    """How the statement's printed dates become dates: day/month order, period, fallback year, and the
    language that reads a month's name languages give different months."""

    order: NumericOrder
    period: tuple[dt.date | None, dt.date | None]
    fallback_year: int | None
    language: str | None

    def resolve(self, date: PartialDate | None) -> dt.date | None:
        if date is None:
            return None
        return resolve(in_language(date, self.language), self.order, self.period, self.fallback_year)

    def month_day(self, date: PartialDate) -> tuple[int, int] | None:
        return month_day(in_language(date, self.language), self.order)


@dataclass(frozen=True, slots=True)
class _Table:
    """A statement's rows as drafts, with the balances its marker rows print."""

    drafts: list[Draft]
    opening: Decimal | None  # the first opening balance a marker row prints
    closing: Decimal | None  # the last closing balance a marker row prints
    # Rows read as total lines that print an amount, as drafts, each with the number of drafts
    # printed before it: a transaction whose description opens like a total ("TOTAL FUEL ...").
    summaries: list[tuple[int, Draft]] = field(default_factory=list)


def _table_lines(ctx: ReadContext, sections: Sequence[_Section]) -> list[RowLine]:
    """The lines of the statement's tables in order, each run of pages under a header without a date
    column read with the dates printed apart from its rows given to them over the whole run."""
    out: list[RowLine] = []
    run: list[RowLine] = []
    for section in sections:
        if section.header.dates_apart:
            run.extend(section.lines)
            continue
        out += [*dated_apart(ctx, run), *section.lines]
        run = []
    lines = [*out, *dated_apart(ctx, run)]
    # Only tables that head no column as the day of booking print each day on a line of its own.
    booked = any(c.role is Role.DATE and c.booked for section in sections for c in section.header.columns)
    return lines if booked else labelled_days(ctx, lines)


def _statement(ctx: ReadContext, chunk: _Chunk, first: RawStatement | None, sizes: PageSizes) -> RawStatement:
    # One statement's table lines read as one sequence: a row wrapped over a page break stays one row,
    # and the evidence for where wrapped rows print their amount is pooled over every page.
    lines = _table_lines(ctx, chunk.sections)
    assembled = _balances_at_the_ends(assemble_rows(ctx, lines, wrap_mode(ctx, lines)))
    summed = _summed_up_past_the_ends(chunk, _summed_up_under(_columns_summed(assembled)))
    rows = _year_first(sided_by_totals(ctx, carry_dates(ctx, _signed_by_balances(_fees_alone(summed)))))
    order = numeric_order([r.date for r in rows if r.date is not None], _order_hint(ctx, chunk.lines))
    language = _language(chunk)
    fields = hdr.read_header(ctx, chunk.lines, order, language)
    fields = _inherit(_period_of_the_header(ctx, chunk, fields, order, language), first)
    if fields.account_number is None:
        # A card bill may print its card's masked number only among its rows, in a cardholder's title.
        titles = [line for section in chunk.sections for line in section.others]
        fields = replace(fields, account_number=hdr.card_alone(titles))
    if chunk.follows and first is not None:
        fields = _of_the_first(fields, first, chunk.lines)
    fields = _with_table_currency(ctx, fields, chunk, rows, language)
    early = _dating(ctx, fields, order, chunk.lines, rows, language=language)
    rows = _without_rows_to_come(fields, _without_later_bills(ctx, chunk, rows, early), early)
    if not fields.credit_card and prints_like_a_card(
        ctx,
        rows,
        (fields.opening_balance, fields.closing_balance),
        numbered=numbered_as_a_card(fields.account_number),
    ):
        # A card bill its header does not name as one still prints its rows as a card does.
        fields = replace(fields, credit_card=True, account_type=fields.account_type or "CREDIT_CARD")
    elif fields.credit_card and signs_like_an_account(
        ctx, rows, (fields.opening_balance, fields.closing_balance)
    ):
        # A card that signs its charges as money out prints every figure from the holder's side.
        fields = replace(fields, credit_card=False, account_type=fields.account_type or "CREDIT_CARD")
    elif fields.account_type is None and owes_like_a_card(ctx, rows):
        # Its balances are printed from the holder's side already: only the kind of account is new.
        fields = replace(fields, account_type="CREDIT_CARD")
    elif not fields.credit_card and owed_by_its_balances(
        ctx, rows, _printed_ends(rows, fields), sides_named=_sides_named(chunk)
    ):
        fields = replace(fields, credit_card=True, account_type=fields.account_type or "CREDIT_CARD")
    dating = _dating(ctx, fields, order, chunk.lines, rows, language=language)
    card = fields.credit_card
    if card:
        rows = charges_signed_plus(_payments_in_parts(ctx, chunk, rows))
    table, (opening, closing) = _read_as(rows, fields, card, dating, ocr=chunk.ocr)
    if card and _in_columns(rows):
        # Debit and Credit columns say which way each row runs: a card whose balances run with them
        # only as printed (what is owed below zero) prints them from the holder's side.
        plain, ends = _read_as(rows, fields, False, dating, ocr=chunk.ocr)
        if orient(table.drafts, opening, closing) < 0 and orient(plain.drafts, *ends) > 0:
            table, (opening, closing) = plain, ends
    table = _last_rows_read_as_totals(table)
    settled = _settled(ctx, chunk, table.drafts, (opening, closing))
    if table.summaries and _breaks(settled):
        settled = _settled(
            ctx, chunk, _refound(ctx, chunk, table, (opening, closing), settled), (opening, closing)
        )
    return _raw_statement(
        fields,
        chunk,
        list(settled.drafts),
        settled.balances,
        sizes,
        confidence=settled.confidence,
        places=ctx.places,
    )


def _sides_named(chunk: _Chunk) -> bool:
    """Whether the statement's tables head money out and in with headings that name each side, none
    guessed from its place."""
    sides = [
        column
        for section in chunk.sections
        for column in section.header.columns
        if column.role in (Role.DEBIT, Role.CREDIT)
    ]
    return bool(sides) and not any(column.guessed for column in sides)


def _printed_ends(rows: Sequence[Row], fields: hdr.HeaderFields) -> tuple[Money | None, Money | None]:
    """The opening and closing balances as printed: the header's, else the table's."""
    opening, closing = _table_ends(rows)
    return fields.opening_balance or opening, fields.closing_balance or closing


def _table_ends(rows: Sequence[Row]) -> tuple[Money | None, Money | None]:
    """The figures of the table's first opening line and of its last closing line."""
    lines = {
        marker: [money for row in rows if row.marker is marker and (money := _line_figure(row))]
        for marker in (Marker.OPENING, Marker.CLOSING)
    }
    return next(iter(lines[Marker.OPENING]), None), next(reversed(lines[Marker.CLOSING]), None)


def _balances_at_the_ends(rows: Sequence[Row]) -> list[Row]:
    """The rows with the undated line of one figure first of all and the one last of all read as the
    opening and closing balances where the running balances chain to them: the first moving row's
    balance less its amount, the last one's balance. Their labels may be in a language no lexicon
    holds ("Algsaldo", "Lõppsaldo"), and their figures under any column."""
    out = list(rows)
    moving = [n for n, row in enumerate(out) if _moves(row)]
    if not moving:
        return out
    first, last = out[moving[0]], out[moving[-1]]
    opening, closing = _lone_figure(out[0]), _lone_figure(out[-1])
    if opening is not None and moving[0] == 1 and _chains_after(opening, first):
        out[0] = replace(out[0], marker=Marker.OPENING, amounts={Role.BALANCE: opening})
    if (
        closing is not None
        and moving[-1] == len(out) - 2
        and last.amounts[Role.BALANCE].magnitude == closing.magnitude
    ):
        out[-1] = replace(out[-1], marker=Marker.CLOSING, amounts={Role.BALANCE: closing})
    return out


def _moves(row: Row) -> bool:
    """Whether a row prints a running balance and an amount moving it."""
    return row.marker is None and Role.BALANCE in row.amounts and bool(set(row.amounts) - {Role.BALANCE})


def _lone_figure(row: Row) -> Money | None:
    """The one figure of an undated row that prints no balance, else None."""
    if row.marker is not None or row.date is not None or len(row.amounts) != 1 or Role.BALANCE in row.amounts:
        return None
    return next(iter(row.amounts.values()))


def _chains_after(before: Money, row: Row) -> bool:
    """Whether a row's balance is `before` moved by its amount, either way."""
    amount = next(m.magnitude for role, m in row.amounts.items() if role is not Role.BALANCE)
    return abs(row.amounts[Role.BALANCE].signed - before.signed) == amount


def _columns_summed(rows: Sequence[Row]) -> list[Row]:
    """The rows with each undated line that prints a figure in both the debit and the credit column,
    each the sum of its column over the rows above it (since the table began, or since the last such
    line), read as a total line: a row moves money one way, and these figures add up the table's, in
    whatever words the line is labelled ("Total des opérations", "Umsätze gesamt", a page's total
    carried over). A line that prints a zero beside its figure adds up two rows or more: a table that
    fills both columns of every row prints the zero beside a row's own figure ("100.00 0.00" under a
    day's first row of 100.00 is that day's second row)."""
    out = list(rows)
    since = [Decimal(0), Decimal(0)]
    overall = [Decimal(0), Decimal(0)]
    counted = [0, 0]  # the rows added up since the last total line, and overall
    for n, row in enumerate(out):
        if row.marker is not None:
            continue
        sides = [row.amounts.get(Role.DEBIT), row.amounts.get(Role.CREDIT)]
        if row.date is None and None not in sides:
            printed = [money.magnitude for money in sides if money is not None]
            if any(
                printed == sums and (0 not in printed or count > 1)
                for sums, count in zip((since, overall), counted, strict=True)
            ):
                out[n] = replace(row, marker=Marker.TOTAL)
                since, counted[0] = [Decimal(0), Decimal(0)], 0
                continue
        for side, money in enumerate(sides):
            if money is not None:
                since[side] += money.magnitude
                overall[side] += money.magnitude
        if sides != [None, None]:
            counted = [counted[0] + 1, counted[1] + 1]
    return out


def _summed_up_under(rows: Sequence[Row]) -> list[Row]:
    """The rows with the lines under the last one read as total lines, where every transaction row
    prints its running balance and these print a figure and none (nor one unread): the statement summed
    up under its table ("Interest paid this period", "Average daily balance"), or rates and fees dated
    from a day ("01/06/2025 Credit interest (AER) 0.25"), which no balance proves a row. Taken back where
    the balance chain needs them (`_refound`)."""
    balanced = [n for n, row in enumerate(rows) if row.marker is None and Role.BALANCE in row.amounts]
    if not balanced:
        return list(rows)
    last = balanced[-1]
    moving = [row for row in rows[: last + 1] if row.marker is None and set(row.amounts) - {Role.BALANCE}]
    if not moving or any(Role.BALANCE not in row.amounts for row in moving):
        return list(rows)
    return [
        replace(row, marker=Marker.TOTAL)
        if n > last
        and row.marker is None
        and Role.BALANCE not in row.amounts
        and Role.BALANCE not in row.texts
        and any(role in row.amounts for role in MONEY_ROLES)
        else row
        for n, row in enumerate(rows)
    ]


def _summed_up_past_the_ends(chunk: _Chunk, rows: Sequence[Row]) -> list[Row]:
    """The rows with the undated lines under the last dated one that print a figure read as total
    lines ("Number of Debits: 3", "Average Daily Balance", "Minimum Balance"), where no row prints a
    running balance to prove them and the statement's opening balance and its dated rows lead to its
    closing balance, and the lines with them would not: the statement summed up under its table. A
    row's date printed only on a day's first row leaves the day's others undated, which the ends then
    need (`_refound` takes them back where the chain breaks without them)."""
    if any(Role.BALANCE in row.amounts for row in rows if row.marker is None):
        return list(rows)
    dated = [n for n, row in enumerate(rows) if row.marker is None and row.date is not None]
    if not dated:
        return list(rows)
    tail = [n for n in range(dated[-1] + 1, len(rows)) if rows[n].marker is None and rows[n].amounts]
    moves = [_moved(row) for row in rows[: dated[-1] + 1] if row.marker is None and row.amounts]
    extra = [_moved(rows[n]) for n in tail]
    if not tail or None in moves or None in extra:
        return list(rows)
    printed = _table_ends(rows)
    opening = hdr.stated_opening(chunk.lines) or printed[0]
    closing = hdr.stated_closing(chunk.lines) or printed[1]
    if opening is None or closing is None:
        return list(rows)
    body = sum((m for m in moves if m is not None), Decimal(0))
    more = sum((m for m in extra if m is not None), Decimal(0))
    ends = [(opening.magnitude * a, closing.magnitude * b) for a in (1, -1) for b in (1, -1)]
    # Lines of nothing ("Service Charge 0.00") move no balance either way: no rows either.
    nothing = not any(extra)
    summed = any(
        start + way * body == end and (nothing or start + way * (body + more) != end)
        for start, end in ends
        for way in (1, -1)
    )
    if not summed:
        return list(rows)
    return [replace(row, marker=Marker.TOTAL) if n in tail else row for n, row in enumerate(rows)]


def _moved(row: Row) -> Decimal | None:
    """What a row's one figure moves the balance by, as its column or sign says; None where it says
    nothing sure (two figures, an unsigned amount)."""
    (role, money), *others = row.amounts.items()
    if others:
        return None
    if role is Role.DEBIT:
        return -money.magnitude
    if role is Role.CREDIT:
        return money.magnitude
    return money.signed if role is Role.AMOUNT else None


def _without_later_bills(ctx: ReadContext, chunk: _Chunk, rows: Sequence[Row], dating: _Dating) -> list[Row]:
    """The rows without those a card bill lists under a heading of what later bills will charge
    ("Próximas faturas", "Compras parceladas") and dates outside the statement's period: instalments
    still to come are no transactions of this statement, where this month's instalment, dated in the
    period, is."""
    start, end = dating.period
    printed = [*chunk.lines, *(line for section in chunk.sections for line in section.others)]
    headings = [(line.page, line.top) for line in printed if _future_heading(ctx, line)]
    if end is None or not headings:
        return list(rows)
    first = min(headings)

    def later(row: Row) -> bool:
        day = dating.resolve(row.date)
        return (
            bool(row.words)
            and (row.page, row.words[0].top) > first
            and day is not None
            and (day > end or (start is not None and day < start))
        )

    return [row for row in rows if not later(row)]


def _without_rows_to_come(fields: hdr.HeaderFields, rows: Sequence[Row], dating: _Dating) -> list[Row]:
    """The rows, without any transaction where the statement's opening and closing balances are printed
    and the same (nothing moved) and no row that could be one prints a running balance, where every
    such row is dated outside its period, or each prints a bare figure and together they move the
    balance (they could not be the bookings of a period in which nothing moved): a table of fees or
    rates printed under a statement without transactions ("Changes to our fees": "01/07/2025 Monthly
    account fee 7.50", to come or in force), no money of the period. Rows dated in it that net to
    nothing, or that print their side, stay: the page shows them as the account's bookings."""
    opening, closing = fields.opening_balance, fields.closing_balance
    start, end = dating.period
    if opening is None or closing is None or end is None or opening.signed != closing.signed:
        return list(rows)
    listed = [row for row in rows if row.marker is None]
    days = [dating.resolve(row.date) for row in listed if row.date is not None]
    if not listed or len(days) < len(listed) or any(Role.BALANCE in row.amounts for row in listed):
        return list(rows)
    outside = all(day is not None and (day > end or (start is not None and day < start)) for day in days)
    if outside or _bare_figures_that_move(listed):
        return [row for row in rows if row.marker is not None]
    return list(rows)


def _bare_figures_that_move(rows: Sequence[Row]) -> bool:
    """Whether each row prints one figure, in a column of amounts and with no sign or mark of its side,
    and the figures together move a balance: a list of charges, not two sides of bookings."""
    figures = [row.amounts.get(Role.AMOUNT) for row in rows]
    bare = [f for f in figures if f is not None and f.negative is None and f.marker is None]
    one_each = all(len(row.amounts) == 1 for row in rows)
    return one_each and len(bare) == len(rows) and sum((f.magnitude for f in bare), Decimal(0)) != 0


def _future_heading(ctx: ReadContext, line: Line) -> bool:
    """A line that opens with a heading of what later bills will charge, and prints no figure."""
    text = fold(line.text).strip(" *:")
    return any(text.startswith(phrase) for phrase in ctx.lexicon.future_headings) and not any(
        parse_money(w.text, ctx.places) for w in line.words
    )


def _fees_alone(rows: Sequence[Row]) -> list[Row]:
    """Rows whose one figure beside the balance is in a column of fees ("MONTHLY MANAGEMENT FEE" under
    "Fees (R)"): the fee is the row's own money out, not one it bears beside its amount."""
    return [
        replace(row, amounts={**row.amounts, Role.DEBIT: row.fee.money}, fee=None)
        if row.marker is None and row.fee is not None and not any(r in row.amounts for r in MONEY_ROLES)
        else row
        for row in rows
    ]


def _signed_by_balances(rows: Sequence[Row]) -> list[Row]:
    """The rows, each bare amount turned the way the balance runs where every row prints the balance
    before it beside the balance after it (a wallet's "Bal Before | Bal After", found as the figure
    beside each row that is the balance of the row above): money out where the balance fell."""
    before = _balance_before(rows)
    if before is None:
        return list(rows)
    out: list[Row] = []
    for row in rows:
        amount, after = row.amounts.get(Role.AMOUNT), row.amounts.get(Role.BALANCE)
        if amount is None or after is None or amount.negative is not None or len(row.beside) <= before:
            out.append(row)
            continue
        fell = after.signed < row.beside[before].signed
        out.append(replace(row, amounts={**row.amounts, Role.AMOUNT: replace(amount, negative=fell)}))
    return out


def _balance_before(rows: Sequence[Row]) -> int | None:
    """Which of the figures beside each row is the balance printed on the row above, on every row that
    follows one with a balance (two at least); None where none is."""
    balanced = [r for r in rows if r.marker is None and Role.BALANCE in r.amounts]
    pairs = list(pairwise(balanced))
    if len(pairs) < 2:
        return None
    common: set[int] | None = None
    for above, row in pairs:
        balance = above.amounts[Role.BALANCE].signed
        found = {n for n, money in enumerate(row.beside) if money.signed == balance}
        common = found if common is None else common & found
    return min(common) if common else None


def _read_as(
    rows: Sequence[Row], fields: hdr.HeaderFields, card: bool, dating: _Dating, *, ocr: bool
) -> tuple[_Table, tuple[Decimal | None, Decimal | None]]:
    """The rows as drafts, and the opening and closing balances, with figures read as a card's
    issuer prints them or as printed."""
    table = _drafts(rows, card, dating, stated=_value(fields.opening_balance, card))
    opening = _either(_value(fields.opening_balance, card), table.opening)
    # Where OCR read the header's opening figure otherwise ("1,31" "5.61" for 1,315.61) than the balance
    # brought forward atop the table, the one the rows lead on from to the first balance they print is it.
    if (
        ocr
        and table.opening is not None
        and opening != table.opening
        and _leads_on(table.opening, table.drafts)
    ):
        opening = table.opening
    stated, marked = _value(fields.closing_balance, card), table.closing
    if _fees_by_ends(rows, table.drafts, opening, _either(stated, marked)):
        table = _drafts(rows, card, dating, fees=True, stated=_value(fields.opening_balance, card))
    if ocr:  # after the balances are weighed: a slipped year or day moves a date, never an amount
        table = replace(table, drafts=slipped_years(table.drafts))
    if ocr and not card:  # a card lists its rows as posted, under the dates they were made: no order
        table = replace(table, drafts=slipped_days(table.drafts, dating.period[1]))
    # Where OCR read the header's closing figure otherwise ("717.36", its minus lost) than the closing
    # row under the table, the one the rows lead to from the opening balance is the statement's.
    if ocr and marked is not None and stated != marked and _reached(opening, table.drafts) == marked:
        return table, (opening, marked)
    return table, (opening, _either(stated, marked))


def _fees_by_ends(
    rows: Sequence[Row], drafts: Sequence[Draft], opening: Decimal | None, closing: Decimal | None
) -> bool:
    """Whether the fees the rows bear, which no running balance beside them counted, are money out of
    their own: the opening balance leads to the closing one with them, and not without."""
    fees = sum((r.fee.money.magnitude for r in rows if r.marker is None and r.fee is not None), Decimal(0))
    reached = _reached(opening, drafts)
    return bool(fees) and reached is not None and reached != closing and reached - fees == closing


def _leads_on(opening: Decimal, drafts: Sequence[Draft]) -> bool:
    """Whether the rows lead from `opening` to the first running balance they print, every amount read."""
    for n, draft in enumerate(drafts):
        if draft.balance is not None:
            return _reached(opening, drafts[: n + 1]) == draft.balance
    return False


def _reached(opening: Decimal | None, drafts: Sequence[Draft]) -> Decimal | None:
    """Where the opening balance and every row's amount lead, when all were read."""
    if opening is None or not drafts or any(d.amount is None for d in drafts):
        return None
    return opening + sum((d.amount for d in drafts if d.amount is not None), Decimal(0))


def _in_columns(rows: Sequence[Row]) -> bool:
    """Whether the rows print their amounts in Debit and Credit columns, never in one signed column."""
    money = [set(row.amounts) for row in rows if row.marker is None]
    return any(roles & {Role.DEBIT, Role.CREDIT} for roles in money) and not any(
        Role.AMOUNT in roles for roles in money
    )


@dataclass(frozen=True, slots=True)
class _Settled:
    """A statement's drafts settled against its balances, in printed order."""

    drafts: tuple[Draft, ...]
    # The opening and closing balances, as the running balances complete them.
    balances: tuple[Decimal | None, Decimal | None]
    confidence: float
    balanced: bool | None


def _settled(
    ctx: ReadContext, chunk: _Chunk, drafts: list[Draft], balances: tuple[Decimal | None, Decimal | None]
) -> _Settled:
    """The drafts turned the way the balances prove and settled against them."""
    opening, closing = balances
    # Statements printed newest first are checked oldest first; the printed order is kept.
    backwards = newest_first(drafts)
    in_time = list(reversed(drafts)) if backwards else drafts
    money_roles = frozenset(role for section in chunk.sections for role in section.header.money_roles)
    if money_roles & {Role.AMOUNT, Role.DEBIT, Role.CREDIT} and orient(in_time, opening, closing) < 0:
        in_time = [replace(d, amount=_neg(d.amount), text_sign=-d.text_sign) for d in in_time]
    in_time = _sections_by_balance(ctx, chunk, in_time, opening, closing)
    opening, closing = _from_running_balances(in_time, opening, closing)
    if chunk.ocr:
        opening, closing = stated_balances(in_time, opening, closing, ctx.places)
    outcome = settle(in_time, opening, closing, ocr=chunk.ocr, places=ctx.places)
    settled = tuple(reversed(outcome.drafts)) if backwards else outcome.drafts
    return _Settled(settled, (opening, closing), outcome.confidence, outcome.balanced)


def _breaks(settled: _Settled) -> int:
    """How many rows the balances do not reconcile, and one more if the whole statement does not."""
    return sum(Decision.UNRECONCILED in d.decisions for d in settled.drafts) + (settled.balanced is False)


def _refound(
    ctx: ReadContext,
    chunk: _Chunk,
    table: _Table,
    balances: tuple[Decimal | None, Decimal | None],
    settled: _Settled,
) -> list[Draft]:
    """The drafts with the rows taken back that were read as total lines ("TOTAL FUEL STATION" on a
    row without its own date) where the balance chain breaks and each one lessens the breaks: rows
    really printed on the page, between the rows the chain names. A recorded decision."""
    drafts = list(table.drafts)
    taken: list[tuple[int, Draft]] = []
    breaks = _breaks(settled)
    for position, summary in table.summaries:
        trial = sorted([*taken, (position, summary)], key=lambda t: t[0])
        fewer = _breaks(_settled(ctx, chunk, _inserted(drafts, trial), balances))
        if fewer < breaks:
            taken, breaks = trial, fewer
    return _inserted(drafts, taken)


def _last_rows_read_as_totals(table: _Table) -> _Table:
    """The table with the rows under its last transaction taken back that were read as total lines
    ("TOTAL FITNESS" under its day's date printed once) where each one's running balance follows on
    from the row above by its amount: no row after them can show the chain broken. A recorded
    decision (`_inserted`)."""
    taken: list[tuple[int, Draft]] = []
    above = table.drafts[-1] if table.drafts else None
    for position, summary in table.summaries:
        if position < len(table.drafts) or above is None:
            continue
        if above.balance is None or summary.balance is None or summary.amount is None:
            break
        if summary.balance - above.balance not in (summary.amount, -summary.amount):
            break
        taken.append((position, summary))
        above = summary
    if not taken:
        return table
    summaries = [pair for pair in table.summaries if all(pair is not t for t in taken)]
    return replace(table, drafts=_inserted(table.drafts, taken), summaries=summaries)


def _inserted(drafts: list[Draft], rows: list[tuple[int, Draft]]) -> list[Draft]:
    """The drafts with each row put back where it was printed (before the draft at its position)."""
    out = list(drafts)
    for shift, (position, draft) in enumerate(rows):
        out.insert(position + shift, replace(draft, decisions=[*draft.decisions, Decision.REFOUND]))
    return out


def _sections_by_balance(
    ctx: ReadContext, chunk: _Chunk, drafts: list[Draft], opening: Decimal | None, closing: Decimal | None
) -> list[Draft]:
    """Drafts with whole sections turned round where only that takes the opening balance to the
    closing one (no running balance printed to settle rows one by one); a recorded decision. A section
    is a table, or the part of one under a title of one money word among its rows ("PAYMENTS",
    "PURCHASES" on a card bill that prints every figure bare)."""
    if any(d.balance is not None or d.amount is None for d in drafts):
        return drafts
    section_of = _parts(ctx, chunk.sections)
    count = max(section_of.values(), default=0) + 1
    if count < 2:
        return drafts
    place = [next((section_of[id(w)] for w in d.words if id(w) in section_of), -1) for d in drafts]
    totals = [
        sum((d.amount for d, p in zip(drafts, place, strict=True) if p == n and d.amount), Decimal(0))
        for n in range(count)
    ]
    signs = sides_by_balance(totals, opening, closing)
    if signs is None or -1 in place:
        return drafts
    return [
        replace(d, amount=_neg(d.amount), decisions=[*d.decisions, Decision.SIGN_FROM_BALANCE])
        if signs[p] < 0
        else d
        for d, p in zip(drafts, place, strict=True)
    ]


def _payments_in_parts(ctx: ReadContext, chunk: _Chunk, rows: list[Row]) -> list[Row]:
    """A card's rows, every figure bare, in parts titled by one money word among them ("PAYMENTS",
    "PURCHASES"): the part whose every row is a payment to the card or a refund is money in, whether
    or not balances are printed to turn it by (see `_sections_by_balance`)."""
    section_of = _parts(ctx, chunk.sections)
    if max(section_of.values(), default=0) < 1:
        return rows
    place = [next((section_of[id(w)] for w in row.words if id(w) in section_of), -1) for row in rows]
    listed = [(row, p) for row, p in zip(rows, place, strict=True) if row.marker is None and row.amounts]
    paid = {
        p
        for p in {p for _, p in listed if p >= 0}
        if paid_in_part(ctx, [row for row, q in listed if q == p], [row for row, _ in listed])
    }
    return [
        replace(row, amounts={Role.CREDIT if r is Role.AMOUNT else r: m for r, m in row.amounts.items()})
        if p in paid and row.marker is None
        else row
        for row, p in zip(rows, place, strict=True)
    ]


def _parts(ctx: ReadContext, sections: Sequence[_Section]) -> dict[int, int]:
    """The part of the statement each row's word is in, by the word's id: a table is a part, and a
    title of one money word printed among its rows (no row's own line) starts another."""
    part_of: dict[int, int] = {}
    part = -1
    for section in sections:
        part += 1
        titles = [(line.page, line.top) for line in section.others if titles_by_a_word(ctx, line.text)]
        for row in section.lines:
            within = part + sum(at < (row.line.page, row.line.top) for at in titles)
            part_of.update((id(w), within) for w in row.line.words)
        part += len(titles)
    return part_of


_T = TypeVar("_T")


def _either(value: _T | None, fallback: _T | None) -> _T | None:
    return value if value is not None else fallback


def _period_of_the_header(
    ctx: ReadContext, chunk: _Chunk, fields: hdr.HeaderFields, order: NumericOrder, language: str | None
) -> hdr.HeaderFields:
    """The period the header above the table prints, from its first day to its last: a period printed
    after the rows (an appendix billing the quarter's fees) is another's."""
    start, end = hdr.period(ctx, chunk.lines[: chunk.above], order, language)
    if start is None or end is None:
        return fields
    return replace(fields, period_start=start, period_end=end)


def _inherit(fields: hdr.HeaderFields, first: RawStatement | None) -> hdr.HeaderFields:
    """Accounts printed after the first in one file share its bank, holder, currency and period; a
    later account's title in large type, naming its kind and no bank, is no bank's name."""
    if first is None:
        return fields
    titled = None
    if fields.institution is not None and first.institution is not None:
        titled = hdr.account_titled(fields.institution)
    return replace(
        fields,
        institution=first.institution if titled else _either(fields.institution, first.institution),
        account_type=fields.account_type or titled,
        holder_name=_either(fields.holder_name, first.holder_name),
        holder_address=_either(fields.holder_address, first.holder_address),
        currency=_either(fields.currency, first.currency),
        period_start=_either(fields.period_start, first.period_start),
        period_end=_either(fields.period_end, first.period_end),
    )


def _of_the_first(fields: hdr.HeaderFields, first: RawStatement, titles: Sequence[Line]) -> hdr.HeaderFields:
    """An account titled only, under the first account's header: the title above it names no bank or
    holder ("Épargne à rendement" in a large type is no institution), the first account's do, and it
    names the kind of account, and its number where the title prints one ("Fremdwährungskonto CH56
    0483 ... EUR"); where it prints no number of its own, the first account's is its (a credit union's
    member number, printed once for all the member's accounts)."""
    kind = fields.account_type or hdr.account_type(" ".join(fold(line.text) for line in titles))
    titled = next((n for line in titles if (n := hdr.titled_account(line)) is not None), None)
    return replace(
        fields,
        account_number=_either(fields.account_number, titled or first.account_number),
        institution=_either(first.institution, fields.institution),
        holder_name=_either(first.holder_name, fields.holder_name),
        holder_address=_either(first.holder_address, fields.holder_address),
        account_type=kind,
    )


def _language(chunk: _Chunk) -> str | None:
    """The language the statement's lines outside its tables are printed in, when their running text
    or else their labels tell one."""
    text = fold(" ".join(line.text for line in chunk.lines))
    return language_of(text.split()) or labels_language(text)


def _with_table_currency(
    ctx: ReadContext, fields: hdr.HeaderFields, chunk: _Chunk, rows: Sequence[Row], language: str | None
) -> hdr.HeaderFields:
    """A currency no label states may be printed in a table heading ("Amount (CAD)", "$"), or by the
    figures themselves ("£23.90 DR"). `language` is the chunk's (`_language`)."""
    if fields.currency is not None:
        return fields
    currency = next((s.header.currency for s in chunk.sections if s.header.currency), None)
    if currency is None:
        currency = _figures_currency(rows) or ("$" if _dollar_figures(rows) else None)
    if currency is None:
        text = fold(" ".join(line.text for line in chunk.lines))
        currency = _named_by_balance_rows(ctx, language, rows) or _named_by_signs(ctx, language, text, rows)
    if currency == "$":
        currency = hdr.dollar_of(ctx, chunk.lines)
    elif currency in SHARED_SIGNS:
        currency = hdr.rupee_of(ctx, chunk.lines)  # the other sign a heading prints for no one money
    currency = (
        currency
        or _figures_currency(rows)
        or hdr.iban_currency(chunk.lines)
        or hdr.home_currency(ctx, chunk.lines)
        or hdr.language_currency(language)
    )
    return replace(fields, currency=hdr.franc_of(ctx, chunk.lines, currency))


def _named_by_balance_rows(ctx: ReadContext, language: str | None, rows: Sequence[Row]) -> str | None:
    """The money a balance or total row names ("SOLDE EN EUROS"), in the page's language first, or prints
    its figure in ("Saldo zu Ihren Gunsten CHF 3'975.65")."""
    for row in rows:
        if row.marker is None:
            continue
        code = hdr.named_currency(ctx, fold(row.description), language) or next(
            (m.currency for m in row.amounts.values() if m.currency is not None), None
        )
        if code is not None:
            return code
    return None


def _named_by_signs(ctx: ReadContext, language: str | None, text: str, rows: Sequence[Row]) -> str | None:
    """The money of a sign languages share ("kr") printed beside the figures of most rows: the page's
    language's, else the country's the page names."""
    priced = [row for row in rows if row.amounts]
    signs = Counter(
        name for row in priced for name in {fold(w.text) for w in row.words} & SHARED_CURRENCY_NAMES.keys()
    )
    if not signs:
        return None
    name, count = signs.most_common(1)[0]
    return hdr.named_currency(ctx, name, language, around=text) if 2 * count > len(priced) else None


def _dollar_figures(rows: Sequence[Row]) -> bool:
    """Whether most rows with figures print them with a bare "$" ("$ 15.000,00"): some dollar or
    peso, which the statement's country tells."""
    priced = [row for row in rows if row.amounts]
    dollars = sum(
        any("$" in w.text and any(c.isdigit() for c in w.text) for w in row.words) for row in priced
    )
    return 2 * dollars > len(priced) > 0


def _figures_currency(rows: Sequence[Row]) -> str | None:
    """The one currency the rows' figures are printed in, where most of them carry its symbol or code
    and none another's."""
    figures = [money for row in rows for money in row.amounts.values()]
    named = {money.currency for money in figures if money.currency is not None}
    carried = sum(money.currency is not None for money in figures)
    return named.pop() if len(named) == 1 and 2 * carried > len(figures) else None


def _year_first(rows: list[Row]) -> list[Row]:
    """The rows, each date printed year first with two digits ("25-04-02") read so (see
    `printed_year_first`)."""
    if not printed_year_first([r.date for r in rows if r.date is not None and r.date.numeric]):
        return rows
    return [replace(r, date=as_year_first(r.date), value_date=as_year_first(r.value_date)) for r in rows]


def _dating(
    ctx: ReadContext,
    fields: hdr.HeaderFields,
    order: NumericOrder,
    lines: Sequence[Line],
    rows: Sequence[Row],
    *,
    language: str | None,
) -> _Dating:
    period = (fields.period_start, fields.period_end)
    if period == (None, None) and fields.statement_date is not None:
        period = (None, fields.statement_date)  # years of undated rows are the ones nearest the issue date
    year = _fallback_year(lines)
    if period == (None, None) and year is not None:
        dating = _Dating(order, period, year, language)
        period = _around_new_year(dating, rows, year, _late_in_year(ctx, lines, year))
    return _Dating(order, period, year, language)


def _around_new_year(
    dating: _Dating, rows: Sequence[Row], year: int, late_in_year: bool | None
) -> tuple[dt.date | None, dt.date | None]:
    """Where rows without a year run from December into January and the page prints one year only
    ("Kontoauszug Nr. 1/2025"): the year is December's where the number printed before it says the
    statement stands late in that year (`late_in_year`), January's where early; with no such number,
    the one most rows fall in. The others take the year before or after it. As a period ending with
    that month, (None, None) where the rows do not turn the year."""
    months = [
        md[0] for r in rows if r.date is not None and r.date.year is None if (md := dating.month_day(r.date))
    ]
    if 12 not in months or 1 not in months:
        return None, None
    if late_in_year is None:
        late_in_year = 2 * sum(month > _MID_YEAR for month in months) > len(months)
    return None, (dt.date(year, 12, 31) if late_in_year else dt.date(year, 1, 31))


_MID_YEAR = 6  # months after June are the old year's end, months up to it the new year's start


def _late_in_year(ctx: ReadContext, lines: Sequence[Line], year: int) -> bool | None:
    """Whether the number a line naming the statement prints before the year ("Kontoauszug Nr.
    12/2024", "Auszug 01/2025"), a month or the statement's count within the year, stands late in it;
    None where none is printed. Either way a small number is the year's start: its first statement, or
    January. Other lines' numbers say nothing of the statement ("gültig bis 11/2025": a card's expiry)."""
    names_statement = _cues(ctx.lexicon).names_statement
    numbers = [
        int(match[1])
        for line in lines
        if names_statement.search(fold(line.text))
        for match in _NUMBER_OF_YEAR.finditer(line.text)
        if int(match[2]) == year
    ]
    return numbers[0] > _MID_YEAR if numbers else None


_NUMBER_OF_YEAR = re.compile(r"(?<![\d/.,-])(\d{1,2})/((?:19|20)\d{2})(?![\d/])")  # not a date's "12/2024"


def _drafts(
    rows: Sequence[Row], card: bool, dating: _Dating, *, fees: bool = False, stated: Decimal | None = None
) -> _Table:
    """The transactions among the rows, and the balances the marker rows among them print; with
    `fees`, each fee a row bears is money out of its own, whatever the running balances say; `stated`,
    the opening balance the header states."""
    # An amount column that marks credits (CR, or a plus) and never debits prints its debits bare.
    printed = [m for r in rows if r.marker is None and (m := r.amounts.get(Role.AMOUNT)) is not None]
    credits_marked = _credits_marked(printed)
    bare_side = _bare_side(printed, card or credits_marked)
    balances_marked = card or _bare_balances_owed(rows, card or credits_marked)
    fees_moved = fees or _fees_in_balances(rows, card or credits_marked, balances_marked)
    drafts: list[Draft] = []
    opening: Decimal | None = None
    closing: Decimal | None = None
    closing_after = 0  # the transactions before the closing line
    closing_page = 0  # the page the closing line stands on
    # "Kontostand am 31.12." opens the table and "Kontostand am 31.01." closes it: one label for
    # both, told apart by where the line stands. An opening line after the last transaction closes.
    after_last: Decimal | None = None
    after_opens = False  # the line after the last row is labelled as the opening alone
    old_under: Decimal | None = None  # an opening line under the rows, just before the closing line
    labelled = False  # the closing balance taken is printed with its label
    first_between: tuple[int, Decimal] | None = None  # the first balance line under rows: (rows above, value)
    # Every closing line, and a balance line over the first row: (rows above, value).
    between: list[tuple[int, Decimal]] = []
    summaries: list[tuple[int, Draft]] = []
    for row in rows:
        marker = row.marker
        if marker is None and set(row.amounts) == {Role.BALANCE} and set(row.texts) <= {Role.BALANCE}:
            if _beside_the_chain(row, drafts, balances_marked):
                continue  # "Overdraft limit 2,000.00" under the rows: no balance of the account's
            # A balance with no amount is a balance line ("Solde créditeur au 1er"), not a transaction.
            marker = Marker.CLOSING if drafts else Marker.OPENING
        if marker is None:
            drafts.append(_draft(row, card or credits_marked, balances_marked, dating, bare_side))
            if fees_moved and row.fee is not None and row.fee.money.magnitude:
                # The fee is money out of its own, after the row: the printed balance follows both. It
                # says what it is by its column's heading ("Fee: CASH WITHDRAWAL").
                fee = replace(
                    drafts[-1],
                    description=f"{row.fee.heading}: {drafts[-1].description}",
                    amount=-row.fee.money.magnitude,
                    words=[],
                    decisions=[],
                    guessed=False,
                    amount_text=None,
                    text_sign=-1,
                )
                drafts[-1].balance = None
                drafts.append(fee)
            after_last = None
            continue
        if marker is Marker.TOTAL and any(role in row.amounts for role in MONEY_ROLES):
            summary = _draft(row, card or credits_marked, balances_marked, dating, bare_side)
            if summary.date is None and drafts:
                summary.date = drafts[-1].date  # a row under its day's date, printed once
            summaries.append((len(drafts), summary))
            continue
        value = _marker_value(row, card, balances_marked)
        # Balances carried over a page break (forward rows among the transactions) are neither the
        # opening nor the closing: those stand before the first transaction and after the last.
        if marker is Marker.OPENING and opening is None and not drafts:
            opening = value
            between += [(0, value)] if value is not None else []
        elif marker is Marker.OPENING and drafts:
            after_last, after_opens = value, row.opens
        elif (
            marker is Marker.CLOSING and value is not None and not (labelled and closing_after == len(drafts))
        ):
            # Of closing balances labelled one after another, the first is the book balance the others
            # follow with (the balance available, or by value date: "Saldo finale disponibile"); of
            # balances listed by day, the last.
            closing, closing_after, closing_page = value, len(drafts), row.page
            old_under, after_last = after_last, None
            labelled = row.marker is Marker.CLOSING
            first_between = first_between or (len(drafts), value)
            between.append((len(drafts), value))
    if (days := _days_newest_first(drafts, between)) is not None:
        (opening, closing), closing_after = days, len(drafts)
    if opening is None and first_between is not None:
        opening = _opening_before(drafts, *first_between)
    if closing is not None and closing_after < len(drafts):
        if _ended_at_closing(_either(opening, stated), drafts, closing_after, closing, closing_page):
            drafts = drafts[:closing_after]
            summaries = [(at, summary) for at, summary in summaries if at <= closing_after]
        else:
            closing = None
    if opening is None and old_under is not None and closing is not None:
        opening = _opening_under(drafts, old_under, closing)
    if closing is None and after_last is not None:
        before, after_last = _opening_after_the_rows(after_last, drafts, named=after_opens)
        opening = _either(opening, before)
    if closing is None and after_last is None:
        closing = _total_reached(_either(opening, stated), drafts, summaries)
    return _Table(drafts, opening, _either(closing, after_last), summaries)


def _total_reached(
    opening: Decimal | None, drafts: Sequence[Draft], summaries: list[tuple[int, Draft]]
) -> Decimal | None:
    """The closing balance a total line under the last row prints where no line is labelled the closing
    balance: a card's "SUB-TOTAL" or "TOTAL" after its rows, the balance its previous balance and every
    row lead to; None where no total under the rows is that."""
    if opening is None or not drafts or any(d.amount is None for d in drafts):
        return None
    reached = opening + sum((d.amount for d in drafts if d.amount is not None), Decimal(0))
    for at, summary in summaries:
        if at == len(drafts) and summary.amount is not None and abs(summary.amount) == abs(reached):
            summaries.remove((at, summary))
            return reached
    return None


def _opening_before(drafts: Sequence[Draft], above: int, balance: Decimal) -> Decimal | None:
    """The balance the period opened with, where no line prints it but a balance line stands among the
    rows (each day's balance under its rows, "Saldo del día", "End of day balance"; a balance carried
    over a page): that balance less the amounts above it, where rows follow it, in date order, and none
    above it prints a running balance of its own (those say it, see `_from_running_balances`)."""
    before = drafts[:above]
    dates = [d.date for d in drafts if d.date is not None]
    if above == len(drafts) or any(d.amount is None or d.balance is not None for d in before):
        return None
    if any(later < earlier for earlier, later in pairwise(dates)):
        return None  # listed newest first: the rows above the balance line came after it
    return balance - sum((d.amount for d in before if d.amount is not None), Decimal(0))


def _days_newest_first(
    drafts: Sequence[Draft], lines: Sequence[tuple[int, Decimal]]
) -> tuple[Decimal, Decimal] | None:
    """(opening, closing) where the rows run newest first with each day's balance on a line of its own
    (`lines`, each (rows above, value)), under the day's rows or over them: the closing is the first
    of those lines, the opening the last less its day's rows; only where every line is the next one
    plus its day's rows, and the lines stand under the last row or over the first."""
    dates = [d.date for d in drafts if d.date is not None]
    if len(lines) < 2 or any(d.amount is None for d in drafts):
        return None
    if not dates or dates[0] == dates[-1] or any(later > earlier for earlier, later in pairwise(dates)):
        return None
    at = [above for above, _ in lines]
    if at[-1] == len(drafts):
        bounds = [0, *at]  # each line under its day's rows
    elif at[0] == 0:
        bounds = [*at, len(drafts)]  # each line over its day's rows
    else:
        return None
    moves = [
        sum((d.amount for d in drafts[a:b] if d.amount is not None), Decimal(0)) for a, b in pairwise(bounds)
    ]
    values = [value for _, value in lines]
    if any(later + move != earlier for earlier, later, move in zip(values, values[1:], moves, strict=False)):
        return None
    return values[-1] - moves[-1], values[0]


def _opening_after_the_rows(
    value: Decimal, drafts: Sequence[Draft], *, named: bool
) -> tuple[Decimal | None, Decimal | None]:
    """What an opening balance's line under the last row, with no closing line after it, is: (opening,
    closing). One label may name the balance before the rows and after them ("Kontostand am"): it is the
    closing, unless the rows print running balances whose chain starts from it and ends elsewhere (a
    summary under the rows: "Saldo anterior", then only the balance available): then the opening. A
    label of the opening's own (`named`) makes it the opening where no running balance says otherwise."""
    chained = [(b, a) for d in drafts if (b := d.balance) is not None and (a := d.amount) is not None]
    if not chained:
        return (value, None) if named else (None, value)
    if abs(value) in (abs(chained[0][0]), abs(chained[-1][0])):
        return None, value
    starts = {abs(balance - amount) for balance, amount in (chained[0], chained[-1])}
    return (value, None) if abs(value) in starts else (None, value)


def _beside_the_chain(row: Row, drafts: Sequence[Draft], balance_as_card: bool) -> bool:
    """Whether a line under the rows printing a figure in the balance column alone, under a label no
    lexicon names a balance, is some other figure (a limit, the credit available): the rows print
    running balances and the chain ends at another one, at either end."""
    balances = [abs(d.balance) for d in drafts if d.balance is not None]
    value = _value(row.amounts.get(Role.BALANCE), balance_as_card)
    if not row.description.strip() or not balances or value is None:
        return False
    return abs(value) not in (balances[0], balances[-1])


def _ended_at_closing(
    opening: Decimal | None, drafts: Sequence[Draft], closing_after: int, closing: Decimal, page: int
) -> bool:
    """Whether the list of transactions ended at its closing line, the lines under it on its page
    something else that prints figures (the quarter's settlement of fees and interest): the rows above
    lead from the opening balance to the closing one, and no line under it prints a running balance."""
    before, after = drafts[:closing_after], drafts[closing_after:]
    if opening is None or any(d.amount is None for d in before):
        return False
    if any(d.balance is not None or d.page != page for d in after):
        return False
    return opening + sum((d.amount for d in before if d.amount is not None), Decimal(0)) == closing


def _fees_in_balances(rows: Sequence[Row], amount_as_card: bool, balance_as_card: bool) -> bool:
    """Whether the balances include the fees printed in a column of their own (charged with the row,
    not accrued for later): more rows lead from the balance above to their own with them than without."""
    balanced = _balanced_rows(rows)
    if not any(r.fee is not None for r, _ in balanced):
        return False
    read = [(r, _value(m, balance_as_card)) for r, m in balanced]
    with_fees = _steps_that_balance(read, amount_as_card, with_fees=True)
    return with_fees > _steps_that_balance(read, amount_as_card)


def _bare_side(printed: Sequence[Money], card: bool) -> int:
    """The side a column of signed amounts gives the figures it prints bare: where it marks the figures
    of one side only ("-54.20", "54.20 DR", "+500.00") and prints the others bare, those are of the other
    side (+1 money in, -1 out), as surely as a printed sign; 0 where it marks both sides, or none."""
    marked = {
        1 if value > 0 else -1
        for m in printed
        if (m.negative is not None or m.marker is not None) and (value := _value(m, card))
    }
    bare = any(m.negative is None and m.marker is None for m in printed)
    return -marked.pop() if bare and len(marked) == 1 else 0


def _credits_marked(printed: Sequence[Money]) -> bool:
    """Whether these figures of one column mark what is in credit (CR, or a plus: "+500.00") and never
    what is owed, which they print bare."""
    return any(m.negative is False for m in printed) and not any(m.negative for m in printed)


def _bare_balances_owed(rows: Sequence[Row], amount_as_card: bool) -> bool:
    """Whether a balance column that marks the balances in credit (CR) prints those owed (overdrawn)
    bare: the balances prove it when more rows lead from the balance above to their own so read."""
    balanced = _balanced_rows(rows)
    if not _credits_marked([m for _, m in balanced]):
        return False

    def agreeing(bare_owed: bool) -> int:
        return _steps_that_balance([(r, _value(m, bare_owed)) for r, m in balanced], amount_as_card)

    return agreeing(True) > agreeing(False)


def _balanced_rows(rows: Sequence[Row]) -> list[tuple[Row, Money]]:
    """The transaction rows that print a balance, with it."""
    return [(r, m) for r in rows if r.marker is None and (m := r.amounts.get(Role.BALANCE)) is not None]


def _steps_that_balance(
    balanced: Sequence[tuple[Row, Decimal | None]], amount_as_card: bool, *, with_fees: bool = False
) -> int:
    """How many rows lead from the balance printed above them to their own, their amounts (and, with
    fees, the fee each bears) read so."""
    agree = 0
    for (_, before), (row, after) in pairwise(balanced):
        amount = _amount(row, amount_as_card)
        fee = row.fee.money.magnitude if with_fees and row.fee is not None else Decimal(0)
        agree += before is not None and amount is not None and before + amount - fee == after
    return agree


def _opening_under(drafts: Sequence[Draft], old: Decimal, closing: Decimal) -> Decimal | None:
    """The old balance a summary under the rows prints before the new one ("ALTER KONTOSTAND", then
    "NEUER KONTOSTAND"): the opening balance, where the rows lead from it to the new one; else it is
    some other balance line (a dated one on the last day) and says nothing of the opening."""
    amounts = [d.amount for d in drafts if d.amount is not None]
    if len(amounts) < len(drafts):
        return None
    return old if old + sum(amounts, Decimal(0)) == closing else None


def _draft(
    row: Row, amount_as_card: bool, balance_as_card: bool, dating: _Dating, bare_side: int = 0
) -> Draft:
    """A transaction row as a draft to settle; `amount_as_card` reads bare amounts as money out,
    `balance_as_card` bare balances as owed; `bare_side`, the side its column gives a bare amount
    (see `_bare_side`)."""
    amount_text, text_sign = _amount_text(row, amount_as_card, bare_side)
    description, labelled = _labelled_value_date(" ".join(row.description.split()))
    date, value_date = _row_dates(
        dating.resolve(row.date), dating.resolve(row.value_date or labelled), dating
    )
    if row.apart and dating.period[1] is not None:
        date = dating.period[1]  # the statement's own charge, listed undated after its rows
    return Draft(
        date=date,
        description=description,
        amount=_amount(row, amount_as_card),
        balance=_value(row.amounts.get(Role.BALANCE), balance_as_card),
        page=row.page,
        words=row.words,
        ocr_confidence=_ocr_confidence(row),
        guessed=any(_unsure(row, r, m) for r, m in row.amounts.items() if r is not Role.BALANCE),
        balance_guessed=bool((b := row.amounts.get(Role.BALANCE)) and b.whole),
        amount_text=amount_text,
        text_sign=text_sign,
        balance_text=row.texts.get(Role.BALANCE) if _unread(row, Role.BALANCE) else None,
        value_date=value_date,
        day=dating.month_day(row.date) if row.date is not None and date is None else None,
    )


_VALUE_DATE_REACH = dt.timedelta(days=366)


def slipped_years(drafts: Sequence[Draft]) -> list[Draft]:
    """On OCR pages: the drafts with a date whose year is one confusable digit from the year of the dated
    rows printed just before and after it, the two alike, dated in their year where that puts it between
    them ("08-May-2028" between rows of 7 and 8 May 2026: a blurred 6 read as 8). Rows stand in date
    order; a year of its own between two rows of one year is a slip, not a row of another year."""
    dated = [n for n, d in enumerate(drafts) if d.date is not None]
    out = list(drafts)
    for before, n, after in zip(dated, dated[1:], dated[2:], strict=False):
        date, low, high = drafts[n].date, drafts[before].date, drafts[after].date
        assert date is not None and low is not None and high is not None
        if low.year != high.year or not confusable_slip(str(date.year), str(low.year)):
            continue
        with contextlib.suppress(ValueError):  # 29 February in a year without it
            moved = date.replace(year=low.year)
            if min(low, high) <= moved <= max(low, high):
                out[n] = _redated(drafts[n], moved)
    return out


def slipped_days(drafts: Sequence[Draft], period_end: dt.date | None) -> list[Draft]:
    """On OCR pages: where one step of the table's dates breaks the order all its other steps keep, the
    day on either side of it that one confusable digit puts back in order, between the dates printed
    before and after it (or the period's end), dated so with the rows that carry its date, where exactly
    one such day is ("05 Jan 20" after rows of 7 January, on the last day of a statement ending 8 January:
    a blurred 8 read as 5). Two breaks or more are an order of its own, as are the dates of rows that
    print a second date (a card's rows in the order they were posted, which a card's statement is not
    asked about at all)."""
    if any(d.value_date is not None for d in drafts):
        return list(drafts)  # rows ordered by either of two dates: one of them may stand out of order
    runs = _date_runs(drafts)
    way = -1 if sum(1 if a.date < b.date else -1 for a, b in pairwise(runs)) < 0 else 1
    # The table's days in its order, up to the period's end where printed: no row is dated after it (some
    # are dated before its start: a card's purchase posted in the period).
    points = [(run.date, run) for run in runs] + _end(period_end)
    if way < 0:
        points.reverse()
    breaks = [k for k, ((a, _), (b, _)) in enumerate(pairwise(points)) if (a > b if way > 0 else a < b)]
    if len(breaks) != 1:
        return list(drafts)
    dates: list[dt.date | None] = [None, *(date for date, _ in points), None]  # point n stands at n + 1
    moves = [
        (run, day)
        for n in (breaks[0], breaks[0] + 1)  # the points either side of the break
        if (run := points[n][1]) is not None
        for day in _confusable_days(run.date)
        if _between(day, dates[n], dates[n + 2], way)
    ]
    if len(moves) != 1:
        return list(drafts)
    [(run, day)] = moves
    out = list(drafts)
    for i in run.indices:
        out[i] = _redated(drafts[i], day)
    return out


def _redated(draft: Draft, date: dt.date) -> Draft:
    """The draft dated `date` where OCR read a confusable digit, the repair recorded against its
    confidence."""
    return replace(draft, date=date, decisions=[*draft.decisions, Decision.DATE_FROM_ORDER])


@dataclass(frozen=True, slots=True)
class _DateRun:
    """Drafts one after another that share a date: a day's rows, its date printed once or on each."""

    date: dt.date
    indices: tuple[int, ...]


def _date_runs(drafts: Sequence[Draft]) -> list[_DateRun]:
    runs: list[_DateRun] = []
    for i, draft in enumerate(drafts):
        if draft.date is None:
            continue
        if runs and runs[-1].date == draft.date:
            runs[-1] = _DateRun(draft.date, (*runs[-1].indices, i))
        else:
            runs.append(_DateRun(draft.date, (i,)))
    return runs


def _end(date: dt.date | None) -> list[tuple[dt.date, _DateRun | None]]:
    return [(date, None)] if date is not None else []


def _between(day: dt.date, before: dt.date | None, after: dt.date | None, way: int) -> bool:
    """Whether `day` stands between the dates before and after it in a table whose dates rise (`way` 1) or
    fall (-1); an end not known bounds nothing."""
    low, high = (before, after) if way > 0 else (after, before)
    return (low is None or low <= day) and (high is None or day <= high)


def _confusable_days(date: dt.date) -> list[dt.date]:
    """The dates of `date`'s month whose day, in two digits, is its own with one digit OCR confuses."""
    found = []
    for day in range(1, 32):
        with contextlib.suppress(ValueError):  # no 31st in the month
            if confusable_slip(f"{date.day:02d}", f"{day:02d}"):
                found.append(date.replace(day=day))
    return found


def _row_dates(
    date: dt.date | None, value_date: dt.date | None, dating: _Dating
) -> tuple[dt.date | None, dt.date | None]:
    """A row's date and its value or posting date, which lies days from it. Two dates a year apart or
    more are one date in two calendars ("1447/02/09" beside "03/08/2025", the Hijri year): the row's is
    the one nearer the statement's period, and it has no value date."""
    if date is None or value_date is None or abs(value_date - date) <= _VALUE_DATE_REACH:
        return date, value_date
    anchor = dating.period[0] or dating.period[1]
    if anchor is not None and abs(value_date - anchor) < abs(date - anchor):
        return value_date, None
    return date, None


_VALUE_DATE_LABEL = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(re.escape(h) for h in sorted(ALL.value_date_headings, key=len, reverse=True))
    + r")(?:\s*:\s*|\s+)(\S+?)[.,;]?(?=\s|$)"
)


def _labelled_value_date(description: str) -> tuple[str, PartialDate | None]:
    """A description without the value date one of its lines labels, and that date: "Value Date:
    31/10/2024" on a line under the row, as Australian card rows print it, or "Valuta 03.01.2025" after
    the text of a row's second or third line, as Swiss banks print it. The first labelled word that
    reads as a date is the value date."""
    folded = fold(description)
    if len(folded) != len(description):
        return description, None
    for match in _VALUE_DATE_LABEL.finditer(folded):
        date = parse_partial(match[1])
        if date is not None:
            rest = description[: match.start()].strip(), description[match.end() :].strip()
            return " ".join(part for part in rest if part), date
    return description, None


def _raw_statement(
    fields: hdr.HeaderFields,
    chunk: _Chunk,
    drafts: Sequence[Draft],
    balances: tuple[Decimal | None, Decimal | None],
    sizes: PageSizes,
    *,
    confidence: float,
    places: int,
) -> RawStatement:
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
        opening_balance=balances[0],
        closing_balance=balances[1],
        transactions=[_transaction(d, sizes, places) for d in drafts],
        confidence=confidence,
        printed_pages=hdr.printed_pages(_in_page_order(chunk)),
        tables=tuple(tuple(c.role.value for c in s.header.columns) for s in chunk.sections),
        period_from_rows=(start, end) != (fields.period_start, fields.period_end),
    )


def _in_page_order(chunk: _Chunk) -> list[Line]:
    """The chunk's lines, those outside its tables and those in them, in the order they are printed."""
    lines = [*chunk.lines, *(row.line for section in chunk.sections for row in section.lines)]
    return sorted(lines, key=lambda line: (line.page, line.top))


def _transaction(draft: Draft, sizes: PageSizes, places: int) -> RawTransaction:
    return RawTransaction(
        date=draft.date,
        description=draft.description,
        amount=draft.amount,
        balance=draft.balance,
        page=draft.page,
        confidence=draft.reported_confidence,
        bbox=row_box(draft.words, draft.page, sizes),
        value_date=draft.value_date,
        day=draft.day,
        amount_text=draft.amount_text,
        text_sign=draft.text_sign,
        # What a file's balances proved needs no other reading.
        amount_again=None if draft.reconciled else second_reading(draft.words, draft.amount, places),
    )


def _field_boxes(
    ctx: ReadContext, statement: RawStatement, chunk: _Chunk, sizes: PageSizes
) -> dict[str, Box]:
    """Where the header fields were read. A balance may be printed on a marker row of the table."""
    rows = [row.line for section in chunk.sections for row in section.lines]
    s = statement
    period = (s.period_start, s.period_end)
    language = _language(chunk)
    found = {
        "institution": text_box(chunk.lines, s.institution, sizes),
        "holder.name": text_box(chunk.lines, s.holder_name, sizes),
        "holder.address": text_box(chunk.lines, s.holder_address, sizes),
        "account_number": text_box(chunk.lines, s.account_number, sizes),
        "opening_balance": money_box([*chunk.lines, *rows], s.opening_balance, sizes, ctx.places),
        "closing_balance": money_box([*chunk.lines, *rows], s.closing_balance, sizes, ctx.places),
        # The period was read in the order the rows' dates settled; either order finds its line.
        "period": period_box(
            chunk.lines, period, lambda ls: hdr.period(ctx, ls, NumericOrder.DAY_FIRST, language), sizes
        )
        or period_box(
            chunk.lines, period, lambda ls: hdr.period(ctx, ls, NumericOrder.MONTH_FIRST, language), sizes
        ),
    }
    return {name: box for name, box in found.items() if box is not None}


def _from_running_balances(
    in_time: Sequence[Draft], opening: Decimal | None, closing: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """Balances the statement prints no label for, as its running balances show them: the first
    balance printed less the amounts up to it opened the period (a row whose fee is charged after it
    prints the balance after both, a day's rows the day's last), the last row's balance closed it."""
    upto = next((n for n, d in enumerate(in_time) if d.balance is not None), 0)
    first, before = (in_time[upto], in_time[: upto + 1]) if in_time else (None, [])
    if (
        opening is None
        and first is not None
        and first.balance is not None
        and not first.balance_guessed
        and all(d.amount is not None and not d.guessed for d in before)
    ):
        opening = first.balance - sum((d.amount or Decimal(0) for d in before), Decimal(0))
    if closing is None and in_time and in_time[-1].balance is not None:
        closing = in_time[-1].balance
    return opening, closing


def _account_number(read: str | None, chunk: _Chunk) -> str | None:
    """The header's account number, unless the account's title over its table numbers it (a section of
    an integrated statement), or it is a doubtful OCR reading a later page printed one character apart
    and was read there with confidence."""
    if read is None or chunk.titled or (read == chunk.misread and chunk.account is not None):
        return chunk.account
    return read


def _amount(row: Row, card: bool) -> Decimal | None:
    """The signed amount: debit columns are money out, credit columns money in, else as printed
    (for a card, as a card prints it: see `_value`)."""
    debit = row.amounts.get(Role.DEBIT)
    credit = row.amounts.get(Role.CREDIT)
    amount = row.amounts.get(Role.AMOUNT)
    if debit is not None or credit is not None:
        if _zero_beside_unread(row):
            return None  # the figure OCR could not read is the amount: a zero beside it says nothing
        out = debit.magnitude if debit is not None else Decimal(0)
        inn = credit.magnitude if credit is not None else Decimal(0)
        if debit is not None and (debit.marker == SideMark.CR or (_plus_printed(debit) and not card)):
            out = -out
        return inn - out
    if amount is not None:
        return _value(amount, card)
    return None


def _unsure(row: Row, role: Role, money: Money) -> bool:
    """Whether OCR's figure in `role` is no sure one: a whole number where a figure belongs (its decimal
    point may be lost), or a zero read among look-alike marks ("$00.00" for 500.00, "$0.00" for 50.00:
    the marks may be the digits the zero lacks). The balance may prove it; else it is left unread."""
    if money.whole:
        return True
    ocr = any(w.confidence is not None for w in row.words)
    return ocr and money.magnitude == 0 and any(c in LOOKALIKES for c in row.texts.get(role, ""))


def _plus_printed(money: Money) -> bool:
    """Whether a figure prints a plus sign: in an account's debit column it is money in all the same
    (a photo's columns drift, and a figure printed right of Soll sits under it), as the bank signed it."""
    return money.negative is False and money.marker is None


def _zero_beside_unread(row: Row) -> bool:
    """Whether a row printing debits and credits apart, a zero in the column it does not use, has its
    figure unread: "§3.75" out and "0.00" in is not an amount of nothing."""
    sides = (Role.DEBIT, Role.CREDIT)
    read = [money for role in sides if (money := row.amounts.get(role)) is not None and not money.whole]
    return any(_unread(row, role) for role in sides) and all(money.magnitude == 0 for money in read)


def _unread(row: Row, role: Role) -> bool:
    """Whether OCR printed something in the column that was not read as a figure."""
    money = row.amounts.get(role)
    return role in row.texts and (money is None or money.whole)


def _amount_text(row: Row, card: bool, bare_side: int = 0) -> tuple[str | None, int]:
    """The OCR text of the one money column the row prints its amount in (None on a text layer, or
    where no one column is it), and the sign that column gives (-1 money out, +1 money in, 0 either).
    An account's debit column gives a figure printed with a plus sign none (see `_plus_printed`), nor
    one marked "CR". On a text layer, a signed amount's column gives the side its printed sign or
    marker says ("+200.00", "54.20-", "500.00 CR"); a bare one, `bare_side`."""
    role = _amount_column(row)
    if role is None:
        return None, 0
    text = row.texts.get(role)
    money = row.amounts.get(role)
    signed = money is not None and (money.negative is not None or money.marker is not None)
    if role is Role.AMOUNT and text is None and signed and (value := _value(money, card)):
        return None, 1 if value > 0 else -1
    if role is Role.AMOUNT and text is None and money is not None and not signed:
        return None, bare_side
    plus = (text or "").lstrip().startswith("+") or (money is not None and _plus_printed(money))
    marked_in = money is not None and money.marker == SideMark.CR
    if role is Role.DEBIT and (marked_in or (plus and not card)):
        return text, 0
    return text, {Role.DEBIT: -1, Role.CREDIT: 1}.get(role, 0)


def _amount_column(row: Row) -> Role | None:
    """The one money column the row prints its amount in: of those OCR read text in, or on a text
    layer those a figure was read in. A column reading a sure zero beside another ("0.00" in the
    credits beside a debit) is not it. None where no one column is it."""
    sides = (Role.AMOUNT, Role.DEBIT, Role.CREDIT)
    printed = row.texts if any(role in row.texts for role in sides) else row.amounts
    roles = [role for role in sides if role in printed]
    zeros = [
        role
        for role in roles
        if (m := row.amounts.get(role)) and m.magnitude == 0 and not _unsure(row, role, m)
    ]
    if len(zeros) < len(roles):
        roles = [role for role in roles if role not in zeros]
    return roles[0] if len(roles) == 1 else None


def _marker_value(row: Row, card: bool, balance_as_card: bool) -> Decimal | None:
    for role in (Role.BALANCE, Role.AMOUNT, Role.CREDIT, Role.DEBIT):
        money = row.amounts.get(role)
        if money is not None and row.owed:
            return row.owed * money.magnitude  # the label says whose the money is, whatever its column
        if money is not None:
            if role is Role.DEBIT:
                return -money.magnitude
            return _value(money, balance_as_card if role is Role.BALANCE else card)
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
    if money.marker == SideMark.DR:
        return -money.magnitude
    return money.magnitude if money.negative is not None or money.marker == SideMark.CR else -money.magnitude


def _neg(value: Decimal | None) -> Decimal | None:
    return -value if value is not None else None


def _ocr_confidence(row: Row) -> float:
    scores = [w.confidence for w in row.words if w.confidence is not None]
    if not scores:
        return 1.0
    return max(0.05, min(1.0, min(scores) / 100 * 0.5 + sum(scores) / len(scores) / 100 * 0.5))


def _order_hint(ctx: ReadContext, lines: Sequence[Line]) -> NumericOrder | None:
    """A period of numeric dates that reads as one in one order only is printed in it; else US addresses
    write month first. Without other evidence, that settles it."""
    printed = hdr.period_order(lines)
    if printed is not None:
        return printed
    joined = "\n".join(line.text for line in lines)
    cues = _cues(ctx.lexicon)
    if cues.us_postcode.search(joined) and not cues.de_postcode.search(joined):
        return NumericOrder.MONTH_FIRST
    return None


def _fallback_year(lines: Sequence[Line]) -> int | None:
    years = [year for line in lines for year in printed_years(line.text)]
    return max(set(years), key=years.count) if years else None


# Made as the readers load, for the lexicon files are read with: the processes forked to read files
# inherit them instead of each making them on its first.
_cues(DEFAULT.lexicon)
