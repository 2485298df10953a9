"""Validation stage: statements become accounts (merged across files), with warnings; the final status."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from ingest import checks
from ingest.authenticity import balance_signals, judge
from ingest.checks import Part, ending, warning
from ingest.codes import FileStatus, RequestStatus, Verdict, WarningCode
from ingest.extract.amounts import minor_units, parse_money
from ingest.extract.balance import Decision, Draft, settle
from ingest.extract.dates import NumericOrder, PartialDate, resolve
from ingest.extract.marks import Marks
from ingest.extract.statement import Box as RawBox
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.extract.words import Word
from ingest.merge import (
    group_parts,
    joins,
    merged_transactions,
    normal_name,
    normal_number,
    same_name,
)
from ingest.models import Account, Authenticity, BBox, DataWarning, FieldBox, FileResult, Holder, Transaction
from ingest.pci import CardNumber, mask_card_numbers

MISMATCH_CONFIDENCE = 0.5  # the most an account whose figures do not reconcile can be trusted
MIN_DIGITS_TO_COMPARE = 6  # shorter (or masked) numbers are too likely to coincide between accounts


@dataclass(frozen=True, slots=True)
class FileStatements:
    """The statements read from one accepted file, the pages of it that could not be read, and its
    authenticity as extraction judged it."""

    file_name: str
    statements: list[RawStatement]
    unreadable_pages: tuple[int, ...] = ()
    authenticity: Authenticity | None = None  # as extraction judged the file itself
    marks: Marks = field(default_factory=Marks)  # what may tie it to another file's statement


@dataclass(frozen=True, slots=True)
class Validated:
    accounts: list[Account]
    warnings: list[DataWarning]  # request-level
    authenticity: dict[str, Authenticity]  # per file name, with the arithmetic validation found
    # Files in which no statement was read and that nothing ties to another file's: why, per file name.
    not_statements: dict[str, str] = field(default_factory=dict)


def validate(today: dt.date, files: Sequence[FileStatements]) -> Validated:
    """Turn every file's statements into accounts and warnings. Never changes a figure.

    `today` is the request's creation date, against which recent activity is judged. A file in which
    no statement was read is a page of another file's statement, or is not a statement (`not_statements`).
    """
    not_statements = _not_statements(files)
    files = [f for f in files if f.file_name not in not_statements]
    parts = joined_pages([_part(f.file_name, s) for f in files for s in f.statements])
    groups = group_parts(parts)
    shared = _numbers_at_several_institutions(groups)
    breaks: Counter[str] = Counter()  # BalanceMismatch findings per file
    accounts = [_account(today, group, shared, breaks) for group in groups]
    authenticity = {
        f.file_name: judge([*f.authenticity.signals, *balance_signals(breaks[f.file_name])])
        for f in files
        if f.authenticity is not None
    }
    accounts = [_tampering(a, group, authenticity) for a, group in zip(accounts, groups, strict=True)]
    # A page left out cannot be tied to an account: its warning is the request's.
    warnings = [
        warning(
            WarningCode.PageUnreadable,
            f"Page {page} of {f.file_name} could not be read with confidence and was left out; "
            "its transactions may be missing.",
        )
        for f in files
        for page in f.unreadable_pages
    ]
    warnings += [
        warning(
            WarningCode.PageUnreadable,
            f"{f.file_name} is a page of a statement of another file and prints {f.marks.rows} lines with a "
            "date and an amount, but no transactions could be read from it (no table headings over them); "
            "its transactions may be missing.",
        )
        for f in files
        if not f.statements and f.marks.rows
    ]
    if not accounts:
        names = ", ".join(f.file_name for f in files) or "no accepted file"
        warnings.append(warning(WarningCode.NoAccounts, f"No account was found in any file ({names})."))
    return Validated(
        accounts=accounts,
        warnings=warnings,
        authenticity=authenticity,
        not_statements=not_statements,
    )


def _not_statements(files: Sequence[FileStatements]) -> dict[str, str]:
    """Files in which no statement was read and that are no page of a statement read from another file.

    A statement is often photographed a page at a time, and its page of terms and notes (prose, no
    account details, no table) is one of its pages: the bank prints its name and web address there as
    on every page. Such a file is accepted as part of that statement, with no rows of its own. A file
    that prints none of the account number, the bank's name, the web address or the closing date of
    another file's statement (a receipt, another bank's letter) is not a statement.
    """
    read = [f for f in files if f.statements]
    found: dict[str, str] = {}
    for f in files:
        if f.statements or any(_tied(f.marks, other) for other in read if other is not f):
            continue
        found[f.file_name] = (
            "Nothing in it names the bank, account number, web address or statement date of the statements "
            "of the other files"
            if read
            else ""
        )
    return found


def _tied(page: Marks, other: FileStatements) -> bool:
    """Whether a file's marks show it belongs with a file of statements: it prints one's account number,
    bank's name or closing date (the statement date later pages repeat), or names the web address that
    file prints."""
    words = [w for w in map(normal_name, page.words) if w]
    # A shop's address in a row's description (UBER.COM) is the shop's, not the bank's: a receipt from
    # it is no page of the statement.
    described = [normal_name(t.description) for s in other.statements for t in s.transactions]
    names = {n for n in other.marks.web_names if not any(n in d for d in described)}
    if names & set(page.web_names) or names & set(words):
        return True
    spaced = f" {' '.join(words)} "
    figures = _figure_runs(words)
    for statement in other.statements:
        number = normal_number(statement.account_number).casefold()
        whole = "*" not in number and sum(c.isdigit() for c in number) >= MIN_DIGITS_TO_COMPARE
        if whole and any(run.endswith(number) for run in figures):
            return True
        institution = " ".join(filter(None, map(normal_name, (statement.institution or "").split())))
        if institution and f" {institution} " in spaced:
            return True
        if statement.period_end is not None and statement.period_end in page.dates:
            return True
    return False


def _figure_runs(words: Sequence[str]) -> list[str]:
    """Consecutive words of digits joined: an account number is printed in groups ("1234 5678"), after
    the sort code or branch on some pages."""
    runs: list[str] = []
    current = ""
    for word in words:
        if word.isdigit():
            current += word
            continue
        if current:
            runs.append(current)
        current = ""
    return [*runs, current] if current else runs


def _part(file_name: str, statement: RawStatement) -> Part:
    """A statement's rows as the document will show them: card numbers masked before anything else."""
    transactions = []
    cards = []
    for raw in statement.transactions:
        description, found = mask_card_numbers(raw.description)
        # Extraction masks card numbers as it reads them; it hands over only their last digits.
        cards.append([*(CardNumber(0, 0, last4) for last4 in raw.masked_cards), *found])
        transactions.append(
            Transaction(
                date=raw.date,
                description=description,
                amount=raw.amount,
                balance=raw.balance,
                value_date=raw.value_date,
                file=file_name,
                page=raw.page,
                confidence=raw.confidence,
                bbox=BBox.model_validate(_fields_of(raw.bbox)) if raw.bbox else None,
            )
        )
    return Part(file_name=file_name, statement=statement, transactions=transactions, cards=cards)


def joined_pages(parts: Sequence[Part]) -> list[Part]:
    """Pages of one statement uploaded as separate files, joined into that statement in page order.

    A phone photographs a statement a page at a time, and the files' names and upload order say
    nothing of the pages. A page after the first prints no header, or only part of one, and opens
    with the balance brought forward from the page before: a statement read from one file continues
    one read from another when its opening balance is where the other's rows end, nothing it prints
    says it is another account or period, and its rows do not go back in time. Where two statements
    could be continued by the same one, or one could continue two, nothing says which: all stay apart.
    A page with neither rows nor balances (a notice that repeats the account's header) joins, last,
    the one statement whose account number it prints.
    """
    pages = [part for part in parts if not _notice(part)]
    after: dict[int, list[int]] = defaultdict(list)
    before: dict[int, list[int]] = defaultdict(list)
    for i, earlier in enumerate(pages):
        for j, later in enumerate(pages):
            if earlier.file_name != later.file_name and _continues(later, earlier):
                after[i].append(j)
                before[j].append(i)
    follows = {i: nexts[0] for i, nexts in after.items() if len(nexts) == 1 and len(before[nexts[0]]) == 1}
    followed = set(follows.values())
    chains: list[list[Part]] = []
    placed: set[int] = set()
    for first in range(len(pages)):
        if first in followed:
            continue
        chain = [first]
        while chain[-1] in follows and follows[chain[-1]] not in chain:
            chain.append(follows[chain[-1]])
        placed.update(chain)
        chains.append([pages[i] for i in chain])
    # Pages that open where each other ends, round in a circle, have no first page: they stay apart.
    chains += [[part] for i, part in enumerate(pages) if i not in placed]
    chains = _loose_ends_joined(_joined_by_number(_joined_by_page(_joined_by_sum(chains))))
    for notice in (part for part in parts if _notice(part)):
        homes = [chain for chain in chains if _notice_of(notice, chain[0])]
        if len(homes) == 1 and homes[0][0].file_name != notice.file_name:
            homes[0].append(notice)
        else:
            chains.append([notice])
    return [_joined(chain) for chain in chains]


def _notice(part: Part) -> bool:
    """A statement read with a header but neither rows nor balances."""
    s = part.statement
    return not part.transactions and s.opening_balance is None and s.closing_balance is None


def _notice_of(notice: Part, head: Part) -> bool:
    """Whether a notice page prints the account number (and institution) of a statement with rows."""
    a, b = head.statement, notice.statement
    if _notice(head) or not (normal_number(a.account_number) and normal_number(b.account_number)):
        return False
    if (
        a.institution
        and b.institution
        and not same_name(normal_name(a.institution), normal_name(b.institution))
    ):
        return False
    return _same_number(a.account_number, b.account_number)


def _continues(later: Part, earlier: Part) -> bool:
    """Whether `later` is the page (or pages) printed after `earlier`, by balance, header and dates."""
    b = later.statement
    if b.opening_balance is None or b.opening_balance not in _ends(earlier):
        return False
    return _may_follow(later, earlier)


def _may_continue(head: list[Part], tail: list[Part]) -> bool:
    """Whether `tail`, from other files than `head`'s, may carry `head`'s statement on, the join to be
    proven by the sums or by what both pages print."""
    files = {p.file_name for p in head}
    return not any(p.file_name in files for p in tail) and _may_follow(tail[0], head[-1], summed=True)


def _may_follow(later: Part, earlier: Part, *, summed: bool = False) -> bool:
    """Whether nothing `later` prints says it is another account or period than `earlier`, and its rows
    do not go back in time from `earlier`'s. Where the sums prove the join (`summed`), the bank's name
    is not asked: a page without the statement's header may show only a product's name or logo, read
    as the bank's ("EMERALD" on a card's later page), and the cents of every row say more."""
    a, b = earlier.statement, later.statement
    if _other_period(earlier, later):
        return False
    if (
        not summed
        and a.institution
        and b.institution
        and not same_name(normal_name(a.institution), normal_name(b.institution))
    ):
        return False
    if a.currency and b.currency and a.currency.upper() != b.currency.upper():
        return False
    if not _same_number(a.account_number, b.account_number):
        return False
    last = max((t.date for t in earlier.transactions if t.date), default=None)
    first = min((t.date for t in later.transactions if t.date), default=None)
    return last is None or first is None or first >= last


def _other_period(earlier: Part, later: Part) -> bool:
    """Whether two parts are of different periods: their periods differ and neither's rows all fall in
    the other's. A page that prints no period has the span of its own rows for one, which is only part
    of the statement's, and a page's rows lie in the period of the statement it belongs to: where only
    one prints a period, the other is of another when none of its rows falls in it."""
    a, b = _printed_period(earlier), _printed_period(later)
    if a == b:
        return False
    if not (a[0] and b[0]):
        return _rows_outside(later, a) or _rows_outside(earlier, b)
    return not (_rows_within(later, a) or _rows_within(earlier, b))


def _rows_outside(part: Part, period: tuple[dt.date | None, dt.date | None]) -> bool:
    start, end = period
    dates = [t.date for t in part.transactions if t.date]
    return bool(dates) and start is not None and end is not None and not any(start <= d <= end for d in dates)


def _printed_period(part: Part) -> tuple[dt.date | None, dt.date | None]:
    """A part's period, unless it is only the span of its own rows (the reader's stand-in for a period
    the page does not print), which says nothing its rows' dates do not."""
    s = part.statement
    return (None, None) if s.period_from_rows else (s.period_start, s.period_end)


def _rows_within(part: Part, period: tuple[dt.date | None, dt.date | None]) -> bool:
    start, end = period
    dates = [t.date for t in part.transactions if t.date]
    return bool(dates) and start is not None and end is not None and all(start <= d <= end for d in dates)


def _joined_by_sum(chains: list[list[Part]]) -> list[list[Part]]:
    """Chains that end without a closing balance joined to the chain that carries on to one, where the
    sums prove it.

    A card statement's later pages print no balance brought forward: the first page opens with the
    previous balance, the last closes with the new one. When the opening balance plus every row of
    both comes to the closing balance, and no other pair of chains does so with either, the later one
    continues the earlier. A page read alone may not show a card's convention (one page names a payment
    to the card or says card, and that may be the last as well as the first), so it was read as an
    account's, every sign the other way round: the sums then prove it with its signs turned, and it
    joins so.
    """
    heads = [i for i, c in enumerate(chains) if _opens(c) and c[-1].statement.closing_balance is None]
    tails = [j for j, c in enumerate(chains) if c[0].statement.opening_balance is None and _closes(c)]
    proven: dict[tuple[int, int], list[Part]] = {}
    for i in heads:
        for j in tails:
            if i != j and (whole := _proven_join(chains[i], chains[j])) is not None:
                proven[(i, j)] = whole
    joined = list(chains)
    taken: set[int] = set()
    for (i, j), whole in proven.items():
        if [pair for pair in proven if i in pair or j in pair] == [(i, j)]:
            joined[i] = whole
            taken.add(j)
    return [chain for k, chain in enumerate(joined) if k not in taken]


def _joined_by_number(chains: list[list[Part]]) -> list[list[Part]]:
    """Chains that stop without a closing balance joined to the chain that starts without an opening one
    and prints the same whole account number, where no other pair of chains does so with either.

    A later page read with a misread row (a sign, an amount, a date OCR lost) no longer sums to the
    closing balance, and its header, if any, is only the account number again: printed in full on
    both (as an IBAN on one, the account part of it on the other), that number says it is the same
    statement's. The join is the pages as printed: a balance that does not reconcile is reported.
    """
    heads = [i for i, c in enumerate(chains) if _stops(c)]
    tails = [j for j, c in enumerate(chains) if c[0].statement.opening_balance is None and _ends_closed(c)]
    pairs = [
        (i, j)
        for i in heads
        for j in tails
        if i != j and _whole_numbers_alike(chains[i], chains[j]) and _may_continue(chains[i], chains[j])
    ]
    joined = list(chains)
    taken: set[int] = set()
    for i, j in pairs:
        if [pair for pair in pairs if i in pair or j in pair] == [(i, j)]:
            joined[i] = chains[i] + chains[j]
            taken.add(j)
    return [chain for k, chain in enumerate(joined) if k not in taken]


def _joined_by_page(chains: list[list[Part]]) -> list[list[Part]]:
    """Chains joined where their pages print their numbers out of one count ("Page 1 of 3", "3 of 3"):
    a chain whose first page prints a later number of the same count as the last page of another
    continues it, where nothing says it is another account or period and no other chain is nearer
    in number either way. Pages between them that print no rows (terms, offers) may be missing.

    A page without the header that names a card reads its figures as an account's: its signs are
    turned to the convention of the page that names the card, as one statement prints them all."""
    joined = list(chains)
    while True:
        pairs = _next_by_page(joined)
        if not pairs:
            return joined
        taken = {j for _, j in pairs}
        for i, j in pairs:
            joined[i] = _in_one_convention(joined[i], joined[j])
        joined = [chain for k, chain in enumerate(joined) if k not in taken]


def _next_by_page(chains: list[list[Part]]) -> list[tuple[int, int]]:
    """Pairs of chains (earlier, later) whose page numbers say each is the other's nearest."""
    ends = {i: page for i, c in enumerate(chains) if (page := _last_page(c)) is not None}
    starts = {j: page for j, c in enumerate(chains) if (page := _first_page(c)) is not None}
    candidates = [
        (i, j)
        for i, (number, count) in ends.items()
        for j, (later, of) in starts.items()
        if i != j and count == of and number < later and _may_continue(chains[i], chains[j])
    ]

    def gap(pair: tuple[int, int]) -> int:
        return starts[pair[1]][0] - ends[pair[0]][0]

    def nearest(pairs: list[tuple[int, int]]) -> tuple[int, int] | None:
        closest = min(map(gap, pairs))
        best = [pair for pair in pairs if gap(pair) == closest]
        return best[0] if len(best) == 1 else None

    return [
        (i, j)
        for i, j in candidates
        if nearest([c for c in candidates if c[0] == i]) == (i, j)
        and nearest([c for c in candidates if c[1] == j]) == (i, j)
    ]


def _first_page(chain: list[Part]) -> tuple[int, int] | None:
    printed = chain[0].statement.printed_pages
    return printed[0] if printed else None


def _last_page(chain: list[Part]) -> tuple[int, int] | None:
    printed = chain[-1].statement.printed_pages
    return printed[-1] if printed else None


def _in_one_convention(head: list[Part], tail: list[Part]) -> list[Part]:
    """Two chains of one statement, the one read without a card's header turned to the card's signs."""
    if _card(head) and not any(p.statement.account_type for p in tail):
        return head + [_turned(p) for p in tail]
    if _card(tail) and not any(p.statement.account_type for p in head):
        return [_turned(p) for p in head] + tail
    return head + tail


def _loose_ends_joined(chains: list[list[Part]]) -> list[list[Part]]:
    """The one chain that stops without a closing balance joined to the one that starts without an
    opening balance, where the later carries on a table of the columns the earlier ends with, no other
    chain of rows lacks either balance, and nothing says they are of another account or period.

    A statement's later page may print nothing of its header: no number, date or period, only the
    table carrying on (to a closing balance, or to an amount due read alone as no balance). When a
    misread figure keeps the sums from proving the join, that these are the request's only loose ends,
    in one table, does: every other page opens and closes."""
    open_ended = [
        k for k, c in enumerate(chains) if _with_rows(c) and not (_opens_at_all(c) and _ends_closed(c))
    ]
    if len(open_ended) != 2:
        return chains
    i, j = open_ended
    if _stops(chains[j]) and not _opens_at_all(chains[i]):
        i, j = j, i
    head, tail = chains[i], chains[j]
    if not (
        _stops(head)
        and not _opens_at_all(tail)
        and _carries_on_table(head[-1], tail[0])
        and _may_continue(head, tail)
    ):
        return chains
    joined = _in_one_convention(head, tail)
    return [joined if k == i else chain for k, chain in enumerate(chains) if k != j]


def _carries_on_table(earlier: Part, later: Part) -> bool:
    a, b = earlier.statement.tables, later.statement.tables
    return bool(a and b) and a[-1] == b[0]


def _opens_at_all(chain: list[Part]) -> bool:
    return chain[0].statement.opening_balance is not None


def _with_rows(chain: list[Part]) -> bool:
    return any(p.transactions for p in chain)


def _stops(chain: list[Part]) -> bool:
    """Whether a chain opens with a balance and ends without one: a statement whose last page is missing."""
    return chain[0].statement.opening_balance is not None and chain[-1].statement.closing_balance is None


def _ends_closed(chain: list[Part]) -> bool:
    return chain[-1].statement.closing_balance is not None


def _whole_numbers_alike(head: list[Part], tail: list[Part]) -> bool:
    """Whether both chains print an account number in full (unmasked, with enough digits not to coincide
    between accounts) and one ends the other."""
    numbers = [_first(p.statement.account_number for p in chain) for chain in (head, tail)]
    whole = [
        n
        for n in map(normal_number, numbers)
        if "*" not in n and sum(c.isdigit() for c in n) >= MIN_DIGITS_TO_COMPARE
    ]
    return len(whole) == 2 and _same_number(*whole)


def _opens(chain: list[Part]) -> bool:
    return chain[0].statement.opening_balance is not None and _all_read(chain)


def _closes(chain: list[Part]) -> bool:
    return chain[-1].statement.closing_balance is not None and _all_read(chain)


def _all_read(chain: list[Part]) -> bool:
    return all(t.amount is not None for part in chain for t in part.statement.transactions) and any(
        part.statement.transactions for part in chain
    )


def _proven_join(head: list[Part], tail: list[Part]) -> list[Part] | None:
    """`head` continued by `tail`, the one read against a card's convention with its signs turned, or
    None when `tail` may not follow `head` or the sums do not prove it."""
    if not _may_continue(head, tail):
        return None
    opening, closing = head[0].statement.opening_balance, tail[-1].statement.closing_balance
    assert opening is not None and closing is not None  # heads open, tails close
    reached = opening + _total(head)
    if reached + _total(tail) == closing:
        return head + tail
    if _card(head) and not _card(tail) and reached - _total(tail) == -closing:
        return head + [_turned(p) for p in tail]
    if _card(tail) and not _card(head) and -reached + _total(tail) == closing:
        return [_turned(p) for p in head] + tail
    return None


def _total(chain: list[Part]) -> Decimal:
    return sum((t.amount or Decimal(0) for p in chain for t in p.statement.transactions), Decimal(0))


def _card(chain: list[Part]) -> bool:
    return any(p.statement.account_type == _CARD for p in chain)


def _turned(part: Part) -> Part:
    """A page read as an account's, as the card statement it belongs to prints it: every sign the other
    way round."""

    def neg(value: Decimal | None) -> Decimal | None:
        return -value if value is not None else None

    s = part.statement
    statement = replace(
        s,
        account_type=_CARD,
        opening_balance=neg(s.opening_balance),
        closing_balance=neg(s.closing_balance),
        transactions=[replace(t, amount=neg(t.amount), balance=neg(t.balance)) for t in s.transactions],
    )
    shown = [
        t.model_copy(update={"amount": neg(t.amount), "balance": neg(t.balance)}) for t in part.transactions
    ]
    return Part(file_name=part.file_name, statement=statement, transactions=shown, cards=part.cards)


_CARD = "CREDIT_CARD"


def _ends(part: Part) -> set[Decimal]:
    """Where a statement's rows leave the balance: its closing balance, its last printed running balance,
    and its opening balance plus every amount when all were read."""
    s = part.statement
    ends = {s.closing_balance} if s.closing_balance is not None else set()
    return ends | _rows_end(part)


def _rows_end(part: Part) -> set[Decimal]:
    """Where a statement's rows leave the balance, as they print it: the last printed running balance, and
    the opening balance plus every amount when all were read."""
    s = part.statement
    ends: set[Decimal] = set()
    printed = [t.balance for t in s.transactions if t.balance is not None]
    if printed:
        ends.add(printed[-1])
    amounts = [t.amount for t in s.transactions]
    if s.opening_balance is not None and s.transactions and all(a is not None for a in amounts):
        ends.add(s.opening_balance + sum((a for a in amounts if a is not None), Decimal(0)))
    return ends


def _same_number(a: str | None, b: str | None) -> bool:
    """Two printed account numbers that may be one: either unread, or one ends the other (a page header
    prints the sort code or branch before the number the first page gives alone)."""
    first, second = normal_number(a), normal_number(b)
    if not first or not second:
        return True
    shorter, longer = sorted((first, second), key=len)
    return longer.endswith(shorter)


def _joined(chain: list[Part]) -> Part:
    """The pages of a chain as one statement: the header the first page prints (later pages fill what it
    lacks), its opening balance and the last page's closing one, and every row in page order. Each row
    keeps the file it was read from; warnings name the first page's file."""
    if len(chain) == 1:
        return chain[0]
    head = chain[0].statement
    statements = [p.statement for p in chain]

    def first_of(name: str) -> Any:
        return next((getattr(s, name) for s in statements if getattr(s, name) is not None), None)

    rows = _carry_dates(
        [list(zip(p.statement.transactions, p.transactions, strict=True)) for p in chain],
        (first_of("period_start"), first_of("period_end")),
    )

    # A notice page joins last and prints no balance: the statement closes where its last page of rows does.
    last = next(p.statement for p in reversed(chain) if not _notice(p) or p is chain[0])
    closing = _statements_closing(chain) if last.closing_balance is None else last.closing_balance
    rows = _settled_across(rows, head.opening_balance, closing, currency=first_of("currency"))
    statement = replace(
        head,
        **{name: first_of(name) for name in HEADER_FIELDS},
        closing_balance=closing,
        transactions=[raw for raw, _ in rows],
        confidence=min(s.confidence for s in statements),
        field_boxes=dict(head.field_boxes),
    )
    return Part(
        file_name=chain[0].file_name,
        statement=statement,
        transactions=[shown for _, shown in rows],
        cards=[c for p in chain for c in p.cards],
    )


def _settled_across(
    rows: list[tuple[RawTransaction, Transaction]],
    opening: Decimal | None,
    closing: Decimal | None,
    *,
    currency: str | None,
) -> list[tuple[RawTransaction, Transaction]]:
    """The rows of a statement joined from separate files, settled again against its balances, as the
    reader settles a file's: where one page prints the opening balance and another the closing one, or
    a day's rows end on the next page's running balance, neither file alone could prove an amount OCR
    left unread, or one OCR read two ways (as read and its second reading alone), and the chain through
    them may. A figure is taken only where the text read where the amount is printed shows it, or its
    second reading is it, and exactly one choice among such texts makes the balances around it agree
    (`balance.settle`); a recorded repair, never a figure invented. As in a file, a repair the balances
    around it prove stands though another part of the chain does not balance. Anything else is left as
    read, for validation to report. Balances and amounts are all the holder's (a card's balance owed is
    negative), as the reader reads them."""
    doubted = [
        raw for raw, _ in rows if (raw.amount is None and raw.amount_text is not None) or raw.amount_again
    ]
    if opening is None or closing is None or not doubted:
        return rows
    drafts = [
        Draft(
            date=raw.date,
            description=raw.description,
            amount=raw.amount,
            balance=raw.balance,
            page=raw.page,
            # The word the amount was read from, as OCR read it: the evidence `settle` asks of a row.
            words=[Word(raw.amount_text, 0.0, 0.0, 0.0, 0.0, 100 * raw.confidence, raw.amount_again)]
            if raw.amount_text
            else [],
            ocr_confidence=raw.confidence,
            amount_text=raw.amount_text,
            text_sign=raw.text_sign,
        )
        for raw, _ in rows
    ]
    places = minor_units(currency)
    outcome = settle(drafts, opening, closing, ocr=True, places=places)
    if len(outcome.drafts) != len(rows):  # a row settling found moved no money: left for validation
        return rows
    return [_repaired(row, draft, places) for row, draft in zip(rows, outcome.drafts, strict=True)]


def _repaired(
    row: tuple[RawTransaction, Transaction], draft: Draft, places: int
) -> tuple[RawTransaction, Transaction]:
    """A row with the amount settling read where none was, or its second reading where settling took
    that, and its running balance where settling read it as the rows lead to (a sign read for its first
    digit, "$38.78" for 538.78, that only the next page's rows prove); with the confidence its decisions
    leave."""
    raw, shown = row
    if Decision.OCR_REPAIRED not in draft.decisions:
        return row
    again = parse_money(raw.amount_again, places) if raw.amount_again else None
    amount, balance = raw.amount, raw.balance
    if draft.amount is not None and (
        raw.amount is None or (again is not None and again.magnitude == abs(draft.amount))
    ):
        amount = draft.amount
    if raw.balance is not None and draft.balance is not None:
        balance = draft.balance
    if amount == raw.amount and balance == raw.balance:
        return row
    confidence = draft.reported_confidence
    return (
        replace(raw, amount=amount, balance=balance, confidence=confidence),
        shown.model_copy(update={"amount": amount, "balance": balance, "confidence": confidence}),
    )


def _statements_closing(chain: list[Part]) -> Decimal | None:
    """The closing balance the first page of a chain prints for the whole statement (in a summary box),
    or None: a first page's closing where its own rows end is its balance carried forward (or its last
    running balance), where the later pages' rows start from, not where they end."""
    first = chain[0]
    closing = first.statement.closing_balance
    if closing is None:
        return None
    later_rows = any(p.statement.transactions for p in chain[1:])
    return None if later_rows and closing in _rows_end(first) else closing


def _carry_dates(
    pages: list[list[tuple[RawTransaction, Transaction]]],
    period: tuple[dt.date | None, dt.date | None],
) -> list[tuple[RawTransaction, Transaction]]:
    """Every page's rows in order, those a page prints before its first date given the last date of the
    page before, as the reader does within a file: a day's date is printed once, above its first row,
    and that row may be on the page before. A page that carries on a statement may print no year
    anywhere: its rows take the year that puts them nearest the rows before (or the statement's
    period, before any row is dated)."""
    rows: list[tuple[RawTransaction, Transaction]] = []
    for page in pages:
        carried = next((raw.date for raw, _ in reversed(rows) if raw.date is not None), None)
        for printed in page:
            raw, shown = _year_given(printed, rows, period)
            if raw.date is not None:
                carried = None
            if carried is None:
                rows.append((raw, shown))
            else:
                rows.append((replace(raw, date=carried), shown.model_copy(update={"date": carried})))
    return rows


def _year_given(
    row: tuple[RawTransaction, Transaction],
    before: list[tuple[RawTransaction, Transaction]],
    period: tuple[dt.date | None, dt.date | None],
) -> tuple[RawTransaction, Transaction]:
    """A row printed with a month and day and no year dated in the year nearest the rows before it."""
    raw, shown = row
    if raw.date is not None or raw.day is None:
        return row
    last = next((r.date for r, _ in reversed(before) if r.date is not None), None)
    date = _in_year_near(raw.day, (last, last) if last else period)
    if date is None:
        return row
    return replace(raw, date=date), shown.model_copy(update={"date": date})


def _in_year_near(day: tuple[int, int], period: tuple[dt.date | None, dt.date | None]) -> dt.date | None:
    """A month and day printed without a year, in the year that puts it in (or nearest) the period."""
    month, of_month = day
    return resolve(
        PartialDate(a=of_month, b=month, year=None, numeric=False), NumericOrder.DAY_FIRST, period, None
    )


HEADER_FIELDS = (  # the header fields an account takes from the first of its parts that has one
    "institution",
    "holder_name",
    "holder_address",
    "account_number",
    "account_type",
    "currency",
    "period_start",
    "period_end",
)


def _account(
    today: dt.date, parts: list[Part], shared: dict[str, list[str]], breaks: Counter[str]
) -> Account:
    first, last = parts[0].statement, max(parts, key=_period_end).statement
    institution = _first(p.statement.institution for p in parts)
    number = _first(p.statement.account_number for p in parts)
    # The latest statement says where the holder lives now.
    name = _first(p.statement.holder_name for p in reversed(parts))
    address = _first(p.statement.holder_address for p in reversed(parts))
    label = f"account {ending(number)}" + (f" at {institution}" if institution else "")
    if number is None:
        label += f" in {parts[0].file_name}"
    transactions = merged_transactions(parts)
    starts = [p.statement.period_start for p in parts if p.statement.period_start]
    ends = [p.statement.period_end for p in parts if p.statement.period_end]
    period_start, period_end = min(starts, default=None), max(ends, default=None)

    warnings: list[DataWarning] = [
        *checks.account_number(label, number),
        *checks.kyc(label, name, address),
        *_holders_differ(label, parts),
        *_institutions_differ(label, number, institution, shared),
    ]
    for part in parts:
        warnings += checks.card_numbers(part)
        warnings += checks.incomplete_transactions(part)
        warnings += checks.wrong_order(part)
        mismatches = checks.balance_mismatches(part)
        breaks[part.file_name] += len(mismatches)
        warnings += mismatches
        warnings += checks.currency_values(part)
    warnings += joins(label, parts)
    warnings += checks.no_transactions(label, transactions, period_start, period_end)
    warnings += checks.duplicates(label, transactions)
    warnings += checks.recent_activity(label, today, (t.date for t in transactions if t.date))

    confidence = min(p.statement.confidence for p in parts)
    if any(w.code is WarningCode.BalanceMismatch for w in warnings):
        confidence = min(confidence, MISMATCH_CONFIDENCE)
    return Account(
        institution=institution,
        holder=Holder(name=name, address=address),
        account_number=number,
        account_type=_first(p.statement.account_type for p in parts),
        currency=_first(p.statement.currency for p in parts),
        period_start=period_start,
        period_end=period_end,
        opening_balance=first.opening_balance,
        closing_balance=last.closing_balance,
        confidence=confidence,
        transactions=transactions,
        field_boxes=_field_boxes(parts),
        warnings=checks.capped(warnings),
    )


def _fields_of(box: RawBox) -> dict[str, object]:
    """A box's fields by name; `dataclasses.asdict` deep-copies each one, which costs a row a few
    microseconds for nothing (they are numbers)."""
    return {name: getattr(box, name) for name in _BOX_FIELDS}


_BOX_FIELDS = tuple(f.name for f in fields(RawBox))


def _field_boxes(parts: list[Part]) -> dict[str, FieldBox]:
    """Each header field's box in the statement its value was taken from (as `_account` takes them)."""
    latest = max(parts, key=_period_end)
    source = {
        "holder.name": list(reversed(parts)),
        "holder.address": list(reversed(parts)),
        "opening_balance": parts[:1],
        "closing_balance": [latest],
    }
    boxes: dict[str, FieldBox] = {}
    for name in sorted({n for p in parts for n in p.statement.field_boxes}):
        part = next((p for p in source.get(name, parts) if name in p.statement.field_boxes), None)
        if part is not None:
            box = _fields_of(part.statement.field_boxes[name])
            boxes[name] = FieldBox.model_validate({**box, "file": part.file_name})
    return boxes


def _tampering(account: Account, parts: Sequence[Part], authenticity: dict[str, Authenticity]) -> Account:
    """SuspectedTampering on an account read from a file whose authenticity verdict is SUSPECT."""
    added = []
    for name in dict.fromkeys(p.file_name for p in parts):
        judged = authenticity.get(name)
        if judged is None or judged.verdict is not Verdict.SUSPECT:
            continue
        codes = ", ".join(dict.fromkeys(s.code.value for s in judged.signals))
        added.append(
            warning(
                WarningCode.SuspectedTampering,
                f"{name} shows signs of editing after it was issued (authenticity score {judged.score}/100): "
                f"{codes}.",
            )
        )
    return account.model_copy(update={"warnings": [*account.warnings, *added]}) if added else account


def _period_end(part: Part) -> dt.date:
    coverage = part.coverage
    return coverage[1] if coverage else dt.date.min


def _first(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value and value.strip()), None)


def _holders_differ(label: str, parts: Sequence[Part]) -> list[DataWarning]:
    """AccountDuplicate: the statements of one account name different holders."""
    holders: list[tuple[str, str, list[str]]] = []  # compared form, as printed, files
    for part in parts:
        name = part.statement.holder_name
        if not (name and name.strip()):
            continue
        compared = normal_name(name)
        same = next((h for h in holders if same_name(h[0], compared)), None)
        if same is None:
            holders.append((compared, name.strip(), [part.file_name]))
        elif part.file_name not in same[2]:
            same[2].append(part.file_name)
    if len(holders) < 2:
        return []
    names = "; ".join(f"{name} ({', '.join(files)})" for _, name, files in holders)
    return [
        warning(WarningCode.AccountDuplicate, f"The same {label} appears under different holders: {names}.")
    ]


def _numbers_at_several_institutions(groups: Sequence[Sequence[Part]]) -> dict[str, list[str]]:
    """Full account numbers that more than one institution prints, with those institutions."""
    institutions: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        number = normal_number(_first(p.statement.account_number for p in group))
        institution = _first(p.statement.institution for p in group)
        if not institution or "*" in number or sum(c.isdigit() for c in number) < MIN_DIGITS_TO_COMPARE:
            continue
        known = institutions[number]
        if not any(same_name(normal_name(i), normal_name(institution)) for i in known):
            known.append(institution)
    return {number: names for number, names in institutions.items() if len(names) > 1}


def _institutions_differ(
    label: str, number: str | None, institution: str | None, shared: dict[str, list[str]]
) -> list[DataWarning]:
    """AccountDuplicate: this account's number is printed by another institution too."""
    mine = normal_name(institution)
    others = [
        name for name in shared.get(normal_number(number), []) if not same_name(normal_name(name), mine)
    ]
    if not others:
        return []
    return [
        warning(WarningCode.AccountDuplicate, f"The number of {label} also appears at {', '.join(others)}.")
    ]


def final_status(files: Sequence[FileResult]) -> RequestStatus:
    """The terminal request status from the files' verdicts, as the contract's table says."""
    accepted = sum(f.status is FileStatus.ACCEPTED for f in files)
    if accepted == len(files) and files:
        return RequestStatus.COMPLETED
    if accepted:
        return RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
    return RequestStatus.OCR_FILES_INTEGRATION_FAILURE
