"""The statement generator: deterministic bytes, truth consistent with itself and with what is printed."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image

from devtools.samplegen import DEFECTS, LAYOUTS, build, scan, write_corpus
from devtools.samplegen.__main__ import main as samplegen_main
from devtools.samplegen.badfiles import PASSWORD, docx_renamed, encrypted, truncated
from devtools.samplegen.corpus import (
    BuiltRequest,
    RequestPlan,
    StatementFile,
    draw_statements,
    dump_truth,
    plan_request,
)
from devtools.samplegen.defects import apply, card_number, luhn_check_digit, mask_card
from devtools.samplegen.demo import CASES, Case, plan_case
from devtools.samplegen.model import Statement
from ingest.codes import RejectionCode, RequestStatus, WarningCode
from ingest.stages.upload import PDF, sniff
from tests.conftest import ROOT

TRUTH_KEYS = {"reference", "as_of", "status", "files", "accounts", "warnings"}
ACCOUNT_KEYS = {
    "institution",
    "holder",
    "account_number",
    "account_type",
    "currency",
    "period_start",
    "period_end",
    "opening_balance",
    "closing_balance",
    "transactions",
    "warnings",
}
TRANSACTION_KEYS = {"date", "description", "amount", "balance", "file", "page"}


def _statements(layout: str, seed: str, count: int = 30) -> list[Statement]:
    return draw_statements(LAYOUTS[layout], random.Random(seed), 2024, 12, counts=[count, 5])


def _plan(layout: str, seed: str, count: int = 30) -> RequestPlan:
    statements = _statements(layout, seed, count)
    file = StatementFile("statement", LAYOUTS[layout], statements)
    return RequestPlan(reference=f"{layout}-{seed}", as_of=dt.date(2025, 1, 3), files=[file])


def _pages(built: BuiltRequest) -> int:
    pages = 0
    for data in built.files.values():
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages += len(pdf.pages)
    return pages


def _squeeze(text: str) -> str:
    return re.sub(r"[\s,.]", "", text)


def test_same_seed_gives_byte_identical_files_and_truth() -> None:
    for variant in ("text", "scan200"):
        first = build(plan_request(5, seed=3), variant)
        again = build(plan_request(5, seed=3), variant)
        assert first.files == again.files
        assert dump_truth(first.truth) == dump_truth(again.truth)
    other = build(plan_request(5, seed=4))
    assert other.files != build(plan_request(5, seed=3)).files


def test_clean_statements_balance_in_truth() -> None:
    """opening + sum(amounts) == closing, and every printed running balance follows from the amounts."""
    checked = 0
    for index in range(42):
        plan = plan_request(index, seed=0)
        truth = build(plan).truth
        for account in truth["accounts"]:
            assert set(account) == ACCOUNT_KEYS
            amounts = [Decimal(t["amount"]) for t in account["transactions"]]
            total = Decimal(account["opening_balance"]) + sum(amounts, Decimal(0))
            mismatch = WarningCode.BalanceMismatch.value in account["warnings"]
            assert (total != Decimal(account["closing_balance"])) == mismatch, plan.reference
            if WarningCode.TransactionsWrongOrder.value in account["warnings"]:
                continue  # the truth lists them in date order; balances follow the printed order
            running = Decimal(account["opening_balance"])
            for txn in account["transactions"]:
                assert set(txn) == TRANSACTION_KEYS
                running += Decimal(txn["amount"])
                if txn["balance"] is not None:
                    assert Decimal(txn["balance"]) == running, (plan.reference, txn)
            checked += 1
    assert checked >= 40


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_prints_every_transaction_on_its_page(layout: str) -> None:
    built = build(_plan(layout, "render"))
    ((name, pdf),) = built.files.items()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [_squeeze(page.extract_text()) for page in document.pages]
        words = [w["text"] for page in document.pages for w in page.extract_words(x_tolerance=1.5)]
    assert built.truth["status"] == RequestStatus.COMPLETED.value
    for account in built.truth["accounts"]:
        assert account["institution"].split()[0] in words
        assert account["account_number"] in words
        for txn in account["transactions"]:
            assert txn["file"] == name
            page_text = pages[txn["page"] - 1]
            assert _squeeze(txn["amount"].lstrip("-")) in page_text, txn
            assert all(_squeeze(word) in page_text for word in txn["description"].split()), txn


def test_layouts_cover_the_variations_of_the_design() -> None:
    """A few markers of each variation, read back from the text layers of all layouts together."""
    text = ""
    for layout in LAYOUTS:
        (pdf,) = build(_plan(layout, "cover", 40)).files.values()
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            text += "\n".join(page.extract_text() for page in document.pages)
    for header in ("Withdrawals", "Deposits", "Paid out", "Paid in", "Retraits", "Dépôts", "Debit", "Credit"):
        assert header in text
    for marker in ("AMOUNT", "Amount (EUR)", "Relevé de compte", "Solde d'ouverture", "Numéro de compte"):
        assert marker in text
    assert re.search(r"\d DR\b", text) and re.search(r"\d CR\b", text)  # DR/CR suffixes
    assert re.search(r"\(\d[\d,]*\.\d\d\)", text)  # parentheses
    assert re.search(r"\d\.\d\d-", text)  # trailing minus
    assert re.search(r"\b\d{1,3} \d{3},\d\d\b", text)  # 1 234,56
    assert re.search(r"\b\d{1,3}\.\d{3},\d\d\b", text)  # 1.234,56
    assert re.search(r"\b\d{1,3},\d{3}\.\d\d\b", text)  # 1,234.56
    assert "$" in text and "£" in text and "€" in text
    assert "BALANCE BROUGHT FORWARD" in text and "BALANCE CARRIED FORWARD" in text
    assert "Total de la page" in text and "Solde reporté" in text
    assert "****" in text  # a masked card number


def test_two_periods_merge_into_one_account() -> None:
    truth = build(plan_request(2, seed=0)).truth
    (account,) = truth["accounts"]
    files = [f["name"] for f in truth["files"]]
    assert len(files) == 2
    assert {t["file"] for t in account["transactions"]} == set(files)
    dates = [t["date"] for t in account["transactions"]]
    assert dates == sorted(dates)
    assert (account["period_start"][:7], account["period_end"][:7]) == (files[0][10:17], files[1][10:17])


def test_rows_bound_the_main_account_and_lengthen_the_statement() -> None:
    short, long = (build(plan_request(0, seed=0, rows=(n, n))) for n in (10, 90))
    assert len(long.truth["accounts"][0]["transactions"]) == 90
    assert len(short.truth["accounts"][0]["transactions"]) == 10
    assert _pages(long) > _pages(short)


def test_two_accounts_in_one_file() -> None:
    truth = build(_plan("lanternhill", "two")).truth
    assert [a["account_type"] for a in truth["accounts"]] == ["CHEQUING", "SAVINGS"]
    assert len({a["account_number"] for a in truth["accounts"]}) == 2


def test_card_statement_crosses_the_year_and_owes_money() -> None:
    truth = build(_plan("quillstone", "card")).truth
    (account,) = truth["accounts"]
    assert account["period_start"] == "2024-12-15" and account["period_end"] == "2025-01-14"
    assert Decimal(account["opening_balance"]) < 0 and Decimal(account["closing_balance"]) < 0
    assert account["warnings"] == [WarningCode.AccountNumberIncomplete.value]  # printed masked
    assert all(t["balance"] is None for t in account["transactions"])


@pytest.mark.parametrize("defect", DEFECTS)
def test_each_defect_names_its_warnings(defect: str) -> None:
    layout = "quillstone" if defect == "card_number" else "bluefern"
    statements = _statements(layout, f"defect-{defect}", 20)
    before = list(statements[0].warnings)
    apply(defect, statements, random.Random(defect))
    added = [w for w in statements[0].warnings if w not in before]
    assert added, defect
    txns = statements[0].transactions
    keys = [(t.date, t.description, t.amount) for t in txns]
    assert (len(set(keys)) < len(keys)) == (defect == "duplicate")
    dates = [t.date for t in txns]
    assert (dates != sorted(dates)) == (defect == "wrong_order")
    assert (statements[0].printed_closing != statements[0].closing) == (defect == "balance_mismatch")


def test_card_number_defect_prints_a_luhn_valid_number_and_masks_it_in_truth() -> None:
    statements = _statements("bluefern", "pan", 20)
    apply("card_number", statements, random.Random(1))
    (txn,) = [t for t in statements[0].transactions if t.printed_lines]
    (printed,) = re.findall(r"\b\d{16}\b", txn.printed_text)
    assert luhn_check_digit(printed[:-1]) == printed[-1]
    assert txn.description == txn.printed_text.replace(printed, "*" * 12 + printed[-4:])


def test_three_decimal_defect_rounds_back_to_the_true_cents() -> None:
    statements = _statements("bluefern", "cents", 20)
    apply("three_decimals", statements, random.Random(2))
    (txn,) = [t for t in statements[0].transactions if t.printed_amount is not None]
    assert txn.printed_amount is not None
    assert txn.printed_amount.as_tuple().exponent == -3
    assert txn.printed_amount.quantize(Decimal("0.01")) == txn.amount


def test_luhn_and_masking() -> None:
    assert luhn_check_digit("7992739871") == "3"  # the textbook example
    number = card_number(random.Random(0))
    assert len(number) == 16 and luhn_check_digit(number[:-1]) == number[-1]
    assert mask_card("4539148803436467") == "************6467"


def _image_dpi(pdf: bytes) -> list[float]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        dpis = []
        for page in document.pages:
            (image,) = page.get_images().values()
            width_points = float(page.mediabox[2]) - float(page.mediabox[0])
            dpis.append(int(image.Width) / width_points * 72)
        return dpis


@pytest.mark.parametrize(("kind", "dpi"), [("scan300", 300), ("scan200", 200), ("rotated", 300)])
def test_scans_are_image_only_pdfs_at_their_dpi(kind: str, dpi: int) -> None:
    (pdf,) = build(_plan("bluefern", "scan", 40)).files.values()
    extension, data = scan(pdf, kind)
    assert extension == ".pdf"
    assert all(abs(found - dpi) < 1 for found in _image_dpi(data))
    with pdfplumber.open(io.BytesIO(data)) as document:
        assert len(document.pages) == 2
        assert all(not page.extract_words() for page in document.pages)
        landscape = [page.width > page.height for page in document.pages]
    assert landscape == ([True, False] if kind == "rotated" else [False, False])


def test_photo_is_a_jpeg_for_one_page_and_a_tiff_for_several() -> None:
    (one_page,) = build(_plan("orrery", "photo", 8)).files.values()
    extension, data = scan(one_page, "photo")
    assert extension == ".jpg"
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert image.width > 595 * 200 / 72  # the page at 200 dpi plus a margin of table
    (two_pages,) = build(_plan("bluefern", "photo", 40)).files.values()
    extension, data = scan(two_pages, "photo")
    assert extension == ".tif"
    with Image.open(io.BytesIO(data)) as image:
        assert image.n_frames == 2


def test_bad_files_fail_the_way_their_rejection_says() -> None:
    (pdf,) = build(_plan("bluefern", "bad", 10)).files.values()
    locked = encrypted(pdf)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(locked))
    with pikepdf.open(io.BytesIO(locked), password=PASSWORD) as document:
        assert len(document.pages) == 1
    assert encrypted(pdf) == locked  # reproducible
    cut = truncated(pdf)
    assert sniff(cut) == PDF and b"%%EOF" not in cut
    docx = docx_renamed()
    assert sniff(docx) is None and "word/document.xml" in zipfile.ZipFile(io.BytesIO(docx)).namelist()


def test_request_with_bad_files_expects_their_rejections() -> None:
    plan = _plan("bluefern", "mixed", 10)
    plan.bad = ["encrypted", "truncated", "docx", "empty", "duplicate", "blank", "letter"]
    built = build(plan)
    rejections = {f["name"]: f["rejection"] for f in built.truth["files"]}
    assert rejections == {
        "insurance-letter.pdf": RejectionCode.NOT_A_STATEMENT.value,
        "scan-blank.pdf": RejectionCode.UNREADABLE.value,
        "statement-draft.pdf": RejectionCode.UNSUPPORTED_FILE_TYPE.value,
        "statement-empty.pdf": RejectionCode.EMPTY_FILE.value,
        "statement-protected.pdf": RejectionCode.ENCRYPTED_FILE.value,
        "statement-truncated.pdf": RejectionCode.CORRUPT_FILE.value,
        "statement.pdf": None,
        "statement_copy.pdf": RejectionCode.DUPLICATE_FILE.value,
    }
    assert list(rejections) == sorted(rejections)
    assert built.files["statement_copy.pdf"] == built.files["statement.pdf"]
    assert built.truth["status"] == RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR.value


def test_write_corpus_writes_requests_and_truth(tmp_path: Path) -> None:
    references = write_corpus(tmp_path, 2, seed=7, variants=("text", "scan200"))
    assert len(references) == 4 and references[0].endswith("-text") and references[1].endswith("-scan200")
    for reference in references:
        truth = json.loads((tmp_path / "truth" / f"{reference}.json").read_text())
        assert set(truth) == TRUTH_KEYS and truth["reference"] == reference
        names = sorted(p.name for p in (tmp_path / "requests" / reference).iterdir())
        assert names == [f["name"] for f in truth["files"]]


def test_command_line_writes_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert samplegen_main([str(tmp_path), "--count", "1", "--seed", "2"]) == 0
    assert len(list((tmp_path / "truth").glob("*.json"))) == 1
    with pytest.raises(SystemExit):
        samplegen_main([str(tmp_path), "--variants", "fax"])
    assert "unknown variant" in capsys.readouterr().err


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.reference)
def test_committed_golden_truth_is_what_the_generator_draws(case: Case) -> None:
    """The committed expected.json files are the generator's, regenerated with the demo command."""
    expected = ROOT / "tests" / "golden" / "cases" / case.reference / "expected.json"
    built = build(plan_case(case), case.variant)
    assert expected.read_text(encoding="utf-8") == dump_truth(built.truth)
    inputs = ROOT / "samples" / case.reference if case.demo else expected.parent / "input"
    assert sorted(p.name for p in inputs.iterdir()) == sorted(built.files)
