"""The world layouts of the generator: deterministic, and their truth is what the page prints.

Each check reads the PDF back with pdfplumber and finds, for every transaction of the truth, its
date, second date, amount and running balance on one printed line of its page, on the side (debit
or credit column, sign, section) that the truth's sign says; the year only where the layout prints
one; the counterparty on the line above; foreign-currency lines under the row, not in the truth.
Dates and figures are formatted here independently of the generator's own helpers.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from devtools.samplegen import LAYOUTS, world
from devtools.samplegen.corpus import (
    BuiltRequest,
    RequestPlan,
    StatementFile,
    build,
    draw_statements,
    dump_truth,
    plan_world_request,
    write_corpus,
)
from devtools.samplegen.model import CREDIT_CARD, Statement
from devtools.samplegen.world_more import WORLD_LAYOUTS


def grouped(value: Decimal, thousands: str, decimal: str) -> str:
    whole, frac = f"{abs(value):.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return thousands.join([whole, *groups]) + decimal + frac


def eu(value: Decimal) -> str:
    return grouped(value, ".", ",")


def signed(show: Callable[[Decimal], str]) -> Callable[[Decimal], str]:
    return lambda value: f"-{show(value)}" if value < 0 else show(value)


@dataclass(frozen=True)
class Printed:
    """How one layout prints a row, from the truth's values."""

    date: Callable[[dt.date], str]
    amount: Callable[[Decimal], str]  # from the signed amount (negative = money out)
    magnitude: Callable[[Decimal], str]  # a balance's figure without its sign
    balance: Callable[[Decimal], str] | None = None
    columns: tuple[str, str] | None = None  # header of money out, of money in (regular expressions)
    year_on_rows: bool = True
    language: str = "en"


SPECS = {
    "kontorhaus": Printed(
        lambda d: f"{d:%d.%m.}", eu, eu, columns=("Soll EUR", "Haben EUR"), year_on_rows=False, language="de"
    ),
    "alcornoque": Printed(
        lambda d: f"{d:%d/%m}",
        eu,
        eu,
        balance=signed(eu),
        columns=(r"\bDebe\b", r"\bHaber\b"),
        year_on_rows=False,
        language="es",
    ),
    "ponterosso": Printed(
        lambda d: f"{d:%d/%m/%Y}", eu, eu, columns=(r"\bAddebiti\b", r"\bAccrediti\b"), language="it"
    ),
    "lindeboom": Printed(lambda d: f"{d:%d-%m-%Y}", eu, eu, columns=(r"\bAf\b", r"\bBij\b"), language="nl"),
    "estrela": Printed(
        lambda d: f"{d:%d-%m}",
        lambda v: grouped(v, " ", ","),
        lambda v: grouped(v, " ", ","),
        balance=signed(lambda v: grouped(v, " ", ",")),
        columns=("Débito", "Crédito"),
        year_on_rows=False,
        language="pt",
    ),
    # a card: purchases printed bare, payments and credits with a trailing minus
    "edelweiss": Printed(
        lambda d: f"{d:%d.%m.%y}",
        lambda v: grouped(v, "'", ".") + ("-" if v > 0 else ""),
        lambda v: grouped(v, "'", "."),
        language="de",
    ),
    "harbourline": Printed(
        lambda d: f"{d:%m/%d}",
        lambda v: grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        year_on_rows=False,
    ),
    "baobab": Printed(
        lambda d: f"{d:%d/%m/%Y}",
        lambda v: ("-" if v < 0 else "+") + grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        columns=("Money Out", "Money In"),
    ),
    # a card that shows what is owed as a negative balance
    "wattlebird": Printed(
        lambda d: f"{d:%d %b}",
        lambda v: grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        balance=signed(lambda v: grouped(v, ",", ".")),
        columns=(r"\bDebits\b", r"\bCredits\b"),
        year_on_rows=False,
    ),
    # a card: purchases bare, credits marked CR; no running balance; the post date printed too
    "merlion": Printed(
        lambda d: f"{d:%d %b}".upper(),
        lambda v: grouped(v, ",", ".") + (" CR" if v > 0 else ""),
        lambda v: grouped(v, ",", "."),
        year_on_rows=False,
    ),
    "kurrajong": Printed(
        lambda d: f"{d:%d %b}",
        lambda v: grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        balance=lambda v: f"${grouped(v, ',', '.')} {'DR' if v < 0 else 'CR'}",
        columns=(r"\bDebit\b", r"\bCredit\b"),
        year_on_rows=False,
    ),
    # a card: charges bare, payments and credits with a minus, in sections; no running balance
    "sequoia": Printed(
        lambda d: f"{d:%m/%d}",
        lambda v: ("-" if v > 0 else "") + grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        year_on_rows=False,
    ),
    # a Swiss account: money in before money out, the value date after them
    "rigi": Printed(
        lambda d: f"{d:%d.%m.%y}",
        lambda v: grouped(v, "'", "."),
        lambda v: grouped(v, "'", "."),
        balance=signed(lambda v: grouped(v, "'", ".")),
        columns=(r"\bLastschrift\b", r"\bGutschrift\b"),
        language="de",
    ),
    # the date printed right of the money columns, month first without a space
    "muskoka": Printed(
        lambda d: f"{d:%b}".upper() + f"{d:%d}",
        lambda v: grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        balance=signed(lambda v: grouped(v, ",", ".")),
        columns=(r"\bWITHDRAWALS\b", r"\bDEPOSITS\b"),
        year_on_rows=False,
    ),
    "auental": Printed(lambda d: f"{d:%d.%m.%Y}", signed(eu), eu, language="de"),
    "iroko": Printed(
        lambda d: f"{d:%d-%b-%Y}",
        lambda v: grouped(v, ",", "."),
        lambda v: grouped(v, ",", "."),
        balance=signed(lambda v: grouped(v, ",", ".")),
        columns=(r"\bDebits\b", r"\bCredits\b"),
    ),
}
HARBOURLINE_SECTIONS = {"DEPOSITS AND ADDITIONS": 1, "ELECTRONIC WITHDRAWALS": -1, "CHECKS PAID": -1}


def _plan(name: str, month: int = 12, count: int = 40) -> tuple[RequestPlan, list[Statement]]:
    layout = WORLD_LAYOUTS[name]
    rng = random.Random(f"test:{name}:{month}")
    statements = draw_statements(layout, rng, 2024, month, counts=[count])
    world.dress(layout, statements, rng, first=True)
    plan = RequestPlan(
        f"{name}-{month}", dt.date(2025, 2, 1), [StatementFile("statement", layout, statements)]
    )
    return plan, statements


def _figure(printed: str) -> str:
    """A pattern for `printed` standing alone: not the tail or head of a longer figure."""
    return rf"(?<![\w.,'+-]){re.escape(printed)}(?![\w/.,'-])"


def _near(matches: list[dict[str, Any]], top: float, tolerance: float = 1.5) -> bool:
    return any(abs(m["top"] - top) < tolerance for m in matches)


def _header_above(page: Any, pattern: str, top: float) -> dict[str, Any]:
    """The nearest match of `pattern` above `top` on the page: the column header of that row."""
    above = [m for m in page.search(pattern) if m["top"] < top]
    assert above, pattern
    return max(above, key=lambda m: m["top"])


def _row_top(page: Any, spec: Printed, txn: dict[str, Any]) -> float:
    """The top of the printed line holding the row's date, second date, amount and balance."""
    needles = [spec.date(dt.date.fromisoformat(txn["date"])), spec.amount(Decimal(txn["amount"]))]
    if txn.get("value_date"):
        needles.append(spec.date(dt.date.fromisoformat(txn["value_date"])))
    if txn["balance"] is not None:
        assert spec.balance is not None
        needles.append(spec.balance(Decimal(txn["balance"])))
    found = [page.search(_figure(n), regex=True) for n in needles]
    tops = [m["top"] for m in found[0] if all(_near(others, m["top"]) for others in found[1:])]
    assert tops, (txn, needles)
    return float(tops[0])


def _render(plan: RequestPlan) -> tuple[BuiltRequest, bytes]:
    built = build(plan)
    ((_, pdf),) = built.files.items()
    return built, pdf


@pytest.mark.parametrize("name", sorted(WORLD_LAYOUTS))
def test_world_layout_renders_deterministically(name: str) -> None:
    first, again = (_render(_plan(name)[0]) for _ in range(2))
    assert first[1] == again[1]
    assert dump_truth(first[0].truth) == dump_truth(again[0].truth)
    assert _render(_plan(name, month=6)[0])[1] != first[1]


@pytest.mark.parametrize("name", sorted(WORLD_LAYOUTS))
def test_world_layout_truth_is_what_the_page_prints(name: str) -> None:
    spec = SPECS[name]
    plan, (statement,) = _plan(name)
    built, pdf = _render(plan)
    (account,) = built.truth["accounts"]
    txns = account["transactions"]
    assert len(txns) == len(statement.transactions) >= 30
    second_date = WORLD_LAYOUTS[name].second_date
    assert all(("value_date" in t) == second_date for t in txns)
    assert Decimal(account["opening_balance"]) + sum(Decimal(t["amount"]) for t in txns) == Decimal(
        account["closing_balance"]
    )
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = document.pages
        first_text, last_text = pages[0].extract_text(), pages[-1].extract_text()
        assert spec.magnitude(Decimal(account["opening_balance"])) in first_text
        assert spec.magnitude(Decimal(account["closing_balance"])) in last_text + first_text
        assert account["account_number"] in first_text
        # a US statement says "$" only: the currency is the address's
        assert account["currency"] in first_text or (account["currency"] == "USD" and "$" in first_text)
        assert all(line in first_text for line in [account["holder"]["name"], *statement.address])
        assert account["holder"]["address"] == ", ".join(statement.address)
        period = dt.date.fromisoformat(account["period_start"]), dt.date.fromisoformat(account["period_end"])
        # in a heading or the period line, if not on the rows ("JAN 31/25" prints two digits)
        assert str(period[1].year) in first_text or f"/{period[1].year % 100:02d}" in first_text
        # the generator's statement and the truth are the same rows (one file, already in date order)
        for txn, drawn in zip(txns, statement.transactions, strict=True):
            page = pages[txn["page"] - 1]
            top = _row_top(page, spec, txn)
            amount = Decimal(txn["amount"])
            text = page.extract_text()
            assert all(word in text for word in txn["description"].split()), txn
            if not spec.year_on_rows:
                line = " ".join(w["text"] for w in page.extract_words() if abs(w["top"] - top) < 1.5)
                assert not re.search(r"\b(19|20)\d\d\b|\b\d\d[./-]\d\d[./-]\d\d", line), line
            if spec.columns is not None:
                out, into = (_header_above(page, label, top) for label in spec.columns)
                figure = next(
                    m
                    for m in page.search(_figure(spec.amount(amount)), regex=True)
                    if abs(m["top"] - top) < 1.5
                )
                nearer_out = abs(figure["x1"] - out["x1"]) < abs(figure["x1"] - into["x1"])
                assert nearer_out == (amount < 0), txn
            if name == "harbourline":
                heading = max(
                    (m for label in HARBOURLINE_SECTIONS for m in page.search(label) if m["top"] < top),
                    key=lambda m: m["top"],
                    default=None,
                )
                if heading is not None:  # a section continued from the page before has no heading here
                    assert HARBOURLINE_SECTIONS[heading["text"]] == (1 if amount > 0 else -1), txn
            if len(drawn.printed_lines) > 1 and name in {"lindeboom", "baobab"}:
                counterparty = page.search(re.escape(drawn.printed_lines[0]), regex=True)
                assert any(0 < top - m["top"] < 15 for m in counterparty), txn
            for note in drawn.notes:
                assert any(0 < m["top"] - top < 40 for m in page.search(re.escape(note), regex=True)), txn
                assert note not in txn["description"]


def test_world_layouts_cover_the_kinds_of_issue_14() -> None:
    """Languages, number formats, a year crossed inside one period, cards without card words."""
    assert {spec.language for spec in SPECS.values()} >= {"de", "es", "it", "nl", "pt", "en"}
    crossing = set()
    texts = []
    for name in WORLD_LAYOUTS:
        plan, (statement,) = _plan(name, count=20)
        if statement.period_start.year != statement.period_end.year:
            crossing.add(name)
        with pdfplumber.open(io.BytesIO(_render(plan)[1])) as document:
            texts.append("\n".join(page.extract_text() for page in document.pages))
    assert {"kontorhaus", "edelweiss", "harbourline", "wattlebird"} <= crossing
    text = "\n".join(texts)
    assert re.search(r"\b\d{1,3}\.\d{3},\d\d\b", text)  # 1.234,56
    assert re.search(r"\b\d{1,3} \d{3},\d\d\b", text)  # 1 234,56
    assert re.search(r"\b\d{1,3}'\d{3}\.\d\d\b", text)  # 1'234.56
    assert re.search(r"\d\.\d\d-(\s|$)", text)  # trailing minus
    for words in (
        "Buchung",
        "Wert",
        "F. Valor",
        "valuta",
        "Rentedatum",
        "Data valor",
        "Neuer Kontostand",
    ):
        assert words in text
    assert "SALDO ANTERIOR" in text and "DAILY ENDING BALANCE" in text and "CHECKS PAID" in text
    for card, table in (("edelweiss", "Buchung Einkauf"), ("wattlebird", "Date Transaction details")):
        header = texts[list(WORLD_LAYOUTS).index(card)].split(table)[0].casefold()
        assert not any(word in header for word in ("credit", "kredit", "karte", "card"))
        assert WORLD_LAYOUTS[card].account_types == (CREDIT_CARD,)
    assert re.search(r"Closing balance -\$\d", text)  # what a card owes, shown negative
    assert re.search(r"\d\.\d\d CR\n", text) and "SUB-TOTAL" in text  # a card's credits, per card
    assert re.search(r"\$[\d,]+\.\d\d DR\b|\$[\d,]+\.\d\d CR\b", text)  # balances with a side
    assert len(re.findall(r"Kontostand am \d\d\.\d\d\.\d{4}", text)) >= 2  # the old and the new balance
    assert re.search(r"Balance Branch Remarks", text)  # the description right of the figures
    assert "ACCOUNT SUMMARY Date of" in text  # a summary box beside the first page's rows


def test_world_corpus_is_its_own_and_leaves_the_classic_one_alone(tmp_path: Path) -> None:
    references = write_corpus(tmp_path, len(WORLD_LAYOUTS) + 1, seed=2, layouts="world")
    assert [r.split("-")[2] for r in references] == [*WORLD_LAYOUTS, next(iter(WORLD_LAYOUTS))]
    assert not set(WORLD_LAYOUTS) & set(LAYOUTS)
    again = plan_world_request(4, seed=2)
    assert dump_truth(build(again).truth) == (tmp_path / "truth" / f"{references[4]}.json").read_text(
        encoding="utf-8"
    ).replace(f'"{references[4]}"', f'"{again.reference}"')
    with pytest.raises(ValueError, match="layout set"):
        write_corpus(tmp_path, 1, layouts="moon")
