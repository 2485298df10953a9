"""Header fields from labelled lines in English and French, and from the mailing block."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import ingest.extract.header as header_module
from ingest.extract.context import DEFAULT
from ingest.extract.dates import NumericOrder
from ingest.extract.header import printed_pages, read_header
from ingest.extract.layout import cluster_lines
from ingest.extract.lexicon import ALL
from ingest.extract.words import Word
from tests.unit.extract.builder import Item, lines_of, right

D = dt.date


def test_english_labels_on_one_line() -> None:
    fields = read_header(
        DEFAULT,
        lines_of(
            [
                (30.0, [(40, "Harborview Credit Union")]),
                (60.0, [(40, "Account holder: JEAN TREMBLAY")]),
                (72.0, [(40, "Account number: XXXX-XXXX-1884")]),
                (84.0, [(40, "Account type: Chequing")]),
                (96.0, [(40, "Statement period: November 1, 2024 to November 30, 2024")]),
                (108.0, [(40, "Opening balance"), right(300, "$8,342.86")]),
                (120.0, [(40, "Closing balance"), right(300, "$12,710.01")]),
                (132.0, [(40, "Currency: CAD")]),
            ]
        ),
        NumericOrder.DAY_FIRST,
    )
    assert fields.institution == "Harborview Credit Union"
    assert fields.holder_name == "JEAN TREMBLAY"
    assert fields.account_number == "XXXX-XXXX-1884"
    assert fields.account_type == "CHEQUING"
    assert (fields.period_start, fields.period_end) == (D(2024, 11, 1), D(2024, 11, 30))
    assert fields.opening_balance is not None and fields.opening_balance.signed == Decimal("8342.86")
    assert fields.closing_balance is not None and fields.closing_balance.signed == Decimal("12710.01")
    assert fields.currency == "CAD"


def test_french_labels() -> None:
    fields = read_header(
        DEFAULT,
        lines_of(
            [
                (30.0, [(40, "Banque Laurentienne du Nord")]),
                (50.0, [(40, "Relevé de compte")]),
                (60.0, [(40, "Titulaire : Sophie Côté")]),
                (72.0, [(40, "Numéro de compte : 00412-778899")]),
                (84.0, [(40, "Type de compte : Compte d'épargne")]),
                (96.0, [(40, "Période du 1er novembre 2024 au 30 novembre 2024")]),
                (108.0, [(40, "Solde d'ouverture"), right(300, "8 342,86 $")]),
                (120.0, [(40, "Solde de clôture"), right(300, "12 710,01 $")]),
                (132.0, [(40, "Devise : CAD")]),
            ]
        ),
        NumericOrder.DAY_FIRST,
    )
    assert fields.institution == "Banque Laurentienne du Nord"
    assert fields.holder_name == "Sophie Côté"
    assert fields.account_number == "00412-778899"
    assert fields.account_type == "SAVINGS"
    assert (fields.period_start, fields.period_end) == (D(2024, 11, 1), D(2024, 11, 30))
    assert fields.opening_balance is not None and fields.opening_balance.signed == Decimal("8342.86")
    assert fields.closing_balance is not None and fields.closing_balance.signed == Decimal("12710.01")
    assert fields.currency == "CAD"


def test_value_printed_under_its_label() -> None:
    fields = read_header(
        DEFAULT,
        lines_of(
            [
                (60.0, [(40, "Sortcode"), (120, "Account Number"), (220, "Sheet Number")]),
                (72.0, [(40, "40-18-27"), (120, "86351890"), (220, "112")]),
            ]
        ),
        NumericOrder.DAY_FIRST,
    )
    assert fields.account_number == "86351890"


def test_a_row_of_headings_over_a_row_of_values_pairs_them_in_order() -> None:
    """The opening balance right-aligned past the end of its heading, under no other heading."""
    fields = read_header(
        DEFAULT,
        lines_of(
            [
                (60.0, [(40, "Auszug"), (100, "IBAN"), (300, "Alter Kontostand")]),
                (72.0, [(40, "001"), (100, "DE31 2001 0020 9999 9999 99"), right(460, "+2.853.82")]),
            ]
        ),
        NumericOrder.DAY_FIRST,
    )
    assert fields.opening_balance is not None
    assert fields.opening_balance.signed == Decimal("2853.82")


def test_an_iban_printed_in_groups_keeps_its_bank_code() -> None:
    fields = read_header(
        DEFAULT,
        lines_of([(60.0, [(40, "Priya Brennan"), (330, "Rekeningnummer NL63 LNDB 0263530116")])]),
        NumericOrder.DAY_FIRST,
    )
    assert fields.account_number == "NL63 LNDB 0263530116"


def test_iban_only_when_no_plain_account_number() -> None:
    rows: list[tuple[float, list[Item]]] = [(60.0, [(40, "IBAN"), (120, "NL96ORRY3178365162")])]
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).account_number == "NL96ORRY3178365162"
    rows.append((72.0, [(40, "Account number"), (120, "3178365162")]))
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).account_number == "3178365162"


@pytest.mark.parametrize(
    ("rows", "name", "address"),
    [
        (
            [(60.0, [(60, "Mr Z Testname")]), (71.0, [(60, "50 Test Street")]), (82.0, [(60, "ZZ1 9AA")])],
            "Mr Z Testname",
            "50 Test Street, ZZ1 9AA",
        ),
        (
            [
                (60.0, [(45, "Owen Okafor")]),
                (72.0, [(45, "Keizersgracht 296")]),
                (84.0, [(45, "3464 CM Haarlem")]),
            ],
            "Owen Okafor",
            "Keizersgracht 296, 3464 CM Haarlem",
        ),
        (
            [(94.0, [(60, "2058 KINGFISHER WAY APT 10")]), (106.0, [(60, "SALEM, OR 97308")])],
            None,
            "2058 KINGFISHER WAY APT 10, SALEM, OR 97308",
        ),
    ],
)
def test_mailing_block(rows: list[tuple[float, list[Item]]], name: str | None, address: str) -> None:
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert (fields.holder_name, fields.holder_address) == (name, address)


def test_mailing_block_beside_a_column_of_labels() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (90.3, [(340, "Card number"), right(560, "****5071")]),
        (94.1, [(45, "PRIYA MARCHETTI")]),
        (102.3, [(340, "Account type"), right(560, "Credit card")]),
        (107.1, [(45, "840 HARBOUR ROAD")]),
        (114.3, [(340, "Currency"), right(560, "CAD")]),
        (120.1, [(45, "TORONTO ON N0M 8P6")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.holder_name == "PRIYA MARCHETTI"
    assert fields.holder_address == "840 HARBOUR ROAD, TORONTO ON N0M 8P6"
    assert fields.account_number == "****5071"


def test_a_dated_balance_line_is_not_an_address() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "Solde d'ouverture au 1 octobre 2024"), right(390, "8987,17 €")]),
        (72.0, [(40, "Total des retraits"), right(390, "3709,15 €")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.holder_address is None


def test_dollar_statement_takes_its_currency_from_the_address() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "JEAN TREMBLAY")]),
        (72.0, [(40, "MONTREAL QC H2X 3K8")]),
        (108.0, [(40, "Opening balance"), right(300, "$8,342.86")]),
    ]
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).currency == "CAD"


def test_letter_spaced_opening_balance_label() -> None:
    rows: list[tuple[float, list[Item]]] = [(60.0, [(40, "Ope"), (56, "ning Balance"), right(300, "308.39")])]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.opening_balance is not None and fields.opening_balance.signed == Decimal("308.39")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Statement period: 11/01/2024 - 11/30/2024", D(2024, 11, 1), D(2024, 11, 30)),
        ("For the period November 1 - 30, 2024", D(2024, 11, 1), D(2024, 11, 30)),
        ("Du 1 au 30 novembre 2024", D(2024, 11, 1), D(2024, 11, 30)),
        ("Dec 15, 2024 through Jan 14, 2025", D(2024, 12, 15), D(2025, 1, 14)),
        ("15 December to 14 January 2025", D(2024, 12, 15), D(2025, 1, 14)),
        ("Période : 2024-11-01 au 2024-11-30", D(2024, 11, 1), D(2024, 11, 30)),
    ],
)
def test_period_forms(text: str, start: dt.date, end: dt.date) -> None:
    fields = read_header(
        DEFAULT,
        lines_of([(60.0, [(40, text)])]),
        NumericOrder.MONTH_FIRST if "/" in text else NumericOrder.DAY_FIRST,
    )
    assert (fields.period_start, fields.period_end) == (start, end)


def test_period_as_two_labelled_dates() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "Start date:"), (120, "01 Nov 2024")]),
        (72.0, [(40, "End date:"), (120, "30 Nov 2024")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert (fields.period_start, fields.period_end) == (D(2024, 11, 1), D(2024, 11, 30))


def test_balances_labelled_only_by_their_dates() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "Solde au 1er novembre 2024"), right(300, "1 000,00")]),
        (72.0, [(40, "Solde au 30 novembre 2024"), right(300, "1 250,50")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.opening_balance is not None and fields.opening_balance.signed == Decimal("1000.00")
    assert fields.closing_balance is not None and fields.closing_balance.signed == Decimal("1250.50")


def test_account_label_with_abbreviation_dot() -> None:
    fields = read_header(
        DEFAULT, lines_of([(60.0, [(40, "Account No. 0042-778899")])]), NumericOrder.DAY_FIRST
    )
    assert fields.account_number == "0042-778899"


def test_ocr_letter_digit_confusions_in_a_canadian_postal_code() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "NOAH NAKAMURA")]),
        (72.0, [(40, "2492 WILLOW LANE")]),
        (84.0, [(40, "MONTREAL QC ASE OBO")]),
    ]
    ocr = lines_of(rows, confidence=90.0)
    assert (
        read_header(DEFAULT, ocr, NumericOrder.DAY_FIRST).holder_address
        == "2492 WILLOW LANE, MONTREAL QC A5E 0B0"
    )


def test_logo_leftovers_before_the_bank_name() -> None:
    rows: list[tuple[float, list[Item]]] = [(30.0, [(40, "OC) Orrery Bank N.V.")])]
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).institution == "Orrery Bank N.V."


def test_a_card_named_over_the_bank_is_no_bank() -> None:
    """ "Credit" opens bank names ("Crédit Mutuel"), but a line naming a kind of card or account ("Credit
    Card.", as OCR reads a photo's title) is not the issuer, and the bill stays a card's."""
    rows: list[tuple[float, list[Item]]] = [
        (30.0, [(40, "Credit Card.")]),
        (50.0, [(40, "Maple Leaf Savings")]),
        (70.0, [(40, "Statement period Jul 10 to Aug 9, 2014")]),
        (90.0, [(40, "Credit Limit $5,000")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert (fields.institution, fields.account_type) == ("Maple Leaf Savings", "CREDIT_CARD")


def test_card_words_in_the_terms_do_not_make_a_bank_account_a_card() -> None:
    terms = "When you use your VISA credit card abroad, the VISA Payment Scheme Exchange Rate applies."
    more = "Each current account will set a monthly maximum charge for going overdrawn without notice."
    rows: list[tuple[float, list[Item]]] = [
        (30.0, [(40, "Your Flexible Saver details")]),
        (60.0, [(40, terms)]),
        (72.0, [(40, more)]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert not fields.credit_card
    assert fields.account_type == "SAVINGS"


def test_labelled_address_over_several_lines() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "Account holder:"), (140, "Sophie Côté")]),
        (72.0, [(40, "Address:"), (140, "2210 chemin Sainte-Foy")]),
        (84.0, [(140, "Québec QC G1V 1S3")]),
        (96.0, [(140, "Account number: 1234-5678")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.holder_name == "Sophie Côté"
    assert fields.holder_address == "2210 chemin Sainte-Foy, Québec QC G1V 1S3"


def test_a_bank_named_only_in_a_sentence_is_not_the_issuer() -> None:
    """Prose names banks it is not issued by (a payee, a regulator); only a title names the issuer."""
    rows: list[tuple[float, list[Item]]] = [
        (68.0, [(83, "MATEO OKAFOR"), (334, "Account type"), (410, "Chequing")]),
        (79.0, [(83, "2196 KINGFISHER WAY"), (334, "Currency"), (410, "CAD")]),
        (90.0, [(83, "MONTREAL QC R5E 6J5")]),
        (750.0, [(45, "Payments to Bluefern Savings Bank are processed the next business day.")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.institution is None
    assert fields.account_type == "CHEQUING"


@pytest.mark.parametrize(
    ("opening_label", "closing_label"),
    [
        ("Balance at start of period", "Balance at end of period"),
        ("Start balance", "End balance"),
        ("Solde en début de période", "Solde en fin de période"),
        ("Previous balance", "New balance"),
    ],
)
def test_balance_label_wordings(opening_label: str, closing_label: str) -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, opening_label), right(300, "1,000.00")]),
        (72.0, [(40, closing_label), right(300, "1,250.50")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.opening_balance is not None and fields.opening_balance.signed == Decimal("1000.00")
    assert fields.closing_balance is not None and fields.closing_balance.signed == Decimal("1250.50")


def test_statement_prepared_for_a_named_holder() -> None:
    rows: list[tuple[float, list[Item]]] = [(60.0, [(40, "Prepared for:"), (120, "Nadia Haddad")])]
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).holder_name == "Nadia Haddad"


def test_a_logo_ocr_read_as_a_letter_before_the_bank_name() -> None:
    logo = Word("O", 40.0, 64.0, 24.0, 48.0, 90.0)  # a round mark three times the letters' height
    name = [Word(t, x, x + 5.0 * len(t), 32.0, 40.0, 90.0) for t, x in (("Orrery", 72), ("Bank", 105))]
    fields = read_header(DEFAULT, cluster_lines([logo, *name], 1), NumericOrder.DAY_FIRST)
    assert fields.institution == "Orrery Bank"
    # A letter as tall as the name is part of it.
    plain = [Word("A", 62.0, 67.0, 32.0, 40.0, 90.0), *name]
    assert (
        read_header(DEFAULT, cluster_lines(plain, 1), NumericOrder.DAY_FIRST).institution == "A Orrery Bank"
    )


def test_an_account_number_ocr_split_without_a_space_is_one_number() -> None:
    words = [
        Word("Card", 340.0, 358.0, 90.0, 96.0, 96.0),
        Word("number", 361.0, 389.0, 90.0, 96.0, 96.0),
        Word("****261", 528.0, 553.7, 90.7, 97.0, 60.0),
        Word("0", 555.4, 559.4, 90.7, 97.0, 95.0),  # 1.7 pt on, where a space stands 3 pt or more
    ]
    fields = read_header(DEFAULT, cluster_lines(words, 1), NumericOrder.DAY_FIRST)
    assert fields.account_number == "****2610"
    spaced = [*words[:3], Word("0", 557.0, 561.0, 90.7, 97.0, 95.0)]
    assert (
        read_header(DEFAULT, cluster_lines(spaced, 1), NumericOrder.DAY_FIRST).account_number == "****261 0"
    )


def test_iban_check_digits_ocr_read_as_letters() -> None:
    rows: list[tuple[float, list[Item]]] = [(60.0, [(320, "IBAN"), (396, "NLOOORRY2122768083")])]
    assert (
        read_header(DEFAULT, lines_of(rows, confidence=90.0), NumericOrder.DAY_FIRST).account_number
        == "NL00ORRY2122768083"
    )
    # A text layer prints what it means.
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).account_number == "NLOOORRY2122768083"


def test_ocr_letter_for_the_digit_of_a_british_postcode() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (103.0, [(60, "Zoe Haldane")]),
        (115.0, [(60, "1690 Willow Lane")]),
        (127.0, [(60, "Harrogate")]),
        (139.0, [(60, "HG1 SBR")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows, confidence=90.0), NumericOrder.DAY_FIRST)
    assert fields.holder_name == "Zoe Haldane"
    assert fields.holder_address == "1690 Willow Lane, Harrogate, HG1 5BR"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("HG! SBR", "HG1 5BR"),  # the district's digit read as a mark, the sector's as a letter
        ("YOI0 2BW", "YO10 2BW"),
        ("SW1A OAA", "SW1A 0AA"),
        ("LS6 4SY", "LS6 4SY"),  # read right: left as it is
    ],
)
def test_ocr_marks_and_letters_for_the_digits_of_a_british_postcode(read: str, meant: str) -> None:
    rows: list[tuple[float, list[Item]]] = [
        (103.0, [(60, "Priya Okafor")]),
        (115.0, [(60, "707 Willow Lane")]),
        (127.0, [(60, "York")]),
        (139.0, [(60, read)]),
    ]
    fields = read_header(DEFAULT, lines_of(rows, confidence=90.0), NumericOrder.DAY_FIRST)
    assert fields.holder_address == f"707 Willow Lane, York, {meant}"


def test_ocr_seven_for_a_letter_of_a_canadian_postal_code() -> None:
    rows: list[tuple[float, list[Item]]] = [
        (60.0, [(40, "PRIYA MARCHETTI")]),
        (72.0, [(40, "2317 ELM COURT")]),
        (84.0, [(40, "MONTREAL QC V2N 777")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows, confidence=90.0), NumericOrder.DAY_FIRST)
    assert fields.holder_address == "2317 ELM COURT, MONTREAL QC V2N 7T7"


def test_a_legal_form_ocr_misread_at_the_end_of_the_bank_name() -> None:
    rows: list[tuple[float, list[Item]]] = [(30.0, [(400, "Thistledown Bank ple")])]
    assert (
        read_header(DEFAULT, lines_of(rows, confidence=90.0), NumericOrder.DAY_FIRST).institution
        == "Thistledown Bank plc"
    )
    # A text layer prints what it means.
    assert read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).institution == "Thistledown Bank ple"


def _dollar_statement(*lines: str) -> str | None:
    rows: list[tuple[float, list[Item]]] = [(60.0 + 12 * i, [(40, text)]) for i, text in enumerate(lines)]
    rows.append((60.0 + 12 * len(lines), [(40, "Opening balance"), right(400, "$8,342.86")]))
    return read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST).currency


def test_a_bare_dollar_is_the_dollar_of_the_country_named() -> None:
    assert _dollar_statement("Harbour Bank Limited", "12 Queen Street, Auckland, New Zealand") == "NZD"
    assert _dollar_statement("Banco del Norte", "Av. Reforma 222, Ciudad de México") == "MXN"


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Av. Corrientes 1234, Buenos Aires, Argentina", "ARS"),
        ("Av. Providencia 1550, Santiago, Chile", "CLP"),
        ("Av. Reforma 222, Ciudad de México", "MXN"),
        ("Calle 10 # 20-30", None),
    ],
)
def test_pesos_are_the_money_of_the_country_named(place: str, code: str | None) -> None:
    """ "Pesos" and "$" are the money of five countries: the one the statement names, and none where it
    names none (a peso named with its country, "pesos argentinos", is that one)."""
    assert _dollar_statement("Banco del Sur", place, "Saldo en pesos al 30/06/2025") == code
    assert _dollar_statement("Banco del Sur", "Cuenta en pesos argentinos") == "ARS"


def test_a_bare_dollar_is_the_dollar_of_the_phone_numbers_printed() -> None:
    assert _dollar_statement("Harbour Bank", "Call us on +61 2 9999 0000 or +61 3 8888 0000") == "AUD"


def test_a_bare_dollar_on_a_french_statement_is_canadian() -> None:
    lines = (
        "Caisse du Quartier",
        "Relevé de compte pour la période",
        "Solde de votre compte et des opérations",
    )
    assert _dollar_statement(*lines) == "CAD"


def test_the_postal_code_outweighs_a_country_named() -> None:
    # A United States address (state and ZIP) on a statement that names Canada once.
    assert _dollar_statement("JANE DOE", "100 MAIN ST, SPRINGFIELD, IL 62701", "Travel to Canada") == "USD"


def test_a_bare_dollar_stays_unknown_when_the_clues_tie() -> None:
    assert _dollar_statement("Branches in Australia and New Zealand") is None


def _printed(top: float, x0: float, text: str, size: float) -> list[Word]:
    """A phrase set at `size` points (letters about half as wide as high)."""
    words, x = [], x0
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, x, x + width, top, top + size))
        x += width + 0.3 * size
    return words


def test_a_return_address_in_small_type_over_the_window_is_not_the_holder() -> None:
    """German letters print the sender's one-line address over the window, smaller than the block."""
    words = [
        *_printed(40, 45, "Kontorhaus Bank AG · Postfach 1180 · 34001 Kassel", 6.5),
        *_printed(52, 45, "Lena Lindemann", 10),
        *_printed(65, 45, "Lindenweg 21", 10),
        *_printed(78, 45, "29482 Erfurt", 10),
    ]
    fields = read_header(DEFAULT, cluster_lines(words, 1), NumericOrder.DAY_FIRST)
    assert (fields.holder_name, fields.holder_address) == ("Lena Lindemann", "Lindenweg 21, 29482 Erfurt")


def test_a_name_opening_its_line_in_larger_lettering_is_the_institution() -> None:
    words = [
        *_printed(40, 40, "Baobab Wallet", 15),
        *_printed(42, 420, "Account Statement", 11),
        *_printed(80, 40, "Name Chidi Okafor", 8.5),
    ]
    assert (
        read_header(DEFAULT, cluster_lines(words, 1), NumericOrder.DAY_FIRST).institution == "Baobab Wallet"
    )


def test_an_address_value_ends_at_its_postcode_not_at_the_values_below() -> None:
    lines = lines_of(
        [
            (80.0, [(40, "Name"), (125, "Chidi Okafor")]),
            (92.0, [(40, "Address"), (125, "16 Ogui Road, 243991 Enugu")]),
            (104.0, [(40, "Account Number"), (125, "6617554943")]),
            (116.0, [(40, "Opening Balance"), (125, "NGN 13,387.78")]),
        ]
    )
    fields = read_header(DEFAULT, lines, NumericOrder.DAY_FIRST)
    assert fields.holder_address == "16 Ogui Road, 243991 Enugu"
    assert fields.account_number == "6617554943"


def test_an_italian_account_number_after_conto_corrente_n() -> None:
    lines = lines_of([(60.0, [(40, "Conto corrente n."), (130, "67856/810786"), (330, "Marco Fontana")])])
    assert read_header(DEFAULT, lines, NumericOrder.DAY_FIRST).account_number == "67856/810786"


def test_a_swiss_privatkonto_names_the_account_and_its_number() -> None:
    lines = lines_of([(60.0, [(42, "Privatkonto"), (112, "CH93 0077 4123 4567 8901 2")])])
    fields = read_header(DEFAULT, lines, NumericOrder.DAY_FIRST)
    assert (fields.account_number, fields.account_type) == ("CH93 0077 4123 4567 8901 2", "CHEQUING")


def test_a_closing_label_inside_a_longer_opening_label_is_not_the_closing_balance() -> None:
    """ "statement balance" closes, "previous statement balance" opens: the longer label printed wins."""
    rows: list[tuple[float, list[Item]]] = [
        (90.0, [(330, "PREVIOUS STATEMENT BALANCE"), right(560, "12.36")]),
        (102.0, [(330, "CLOSING BALANCE"), right(560, "4,233.77")]),
    ]
    fields = read_header(DEFAULT, lines_of(rows), NumericOrder.DAY_FIRST)
    assert fields.opening_balance is not None and fields.closing_balance is not None
    assert (fields.opening_balance.signed, fields.closing_balance.signed) == (
        Decimal("12.36"),
        Decimal("4233.77"),
    )


def test_lines_read_again_after_one_is_added_are_read_afresh() -> None:
    """The labels' index of the lines last read is kept: a list grown since is not that list."""
    both = lines_of(
        [
            (60.0, [(40, "Opening balance"), right(300, "$10.00")]),
            (72.0, [(40, "Closing balance"), right(300, "$20.00")]),
        ]
    )
    lines = both[:1]
    first = read_header(DEFAULT, lines, NumericOrder.DAY_FIRST)
    assert first.opening_balance is not None and first.closing_balance is None
    lines.append(both[1])
    again = read_header(DEFAULT, lines, NumericOrder.DAY_FIRST)
    assert again.closing_balance is not None and again.closing_balance.signed == Decimal("20.00")
    lines[0] = lines_of([(60.0, [(40, "Opening balance"), right(300, "$30.00")])])[0]
    replaced = read_header(DEFAULT, lines, NumericOrder.DAY_FIRST)
    assert replaced.opening_balance is not None and replaced.opening_balance.signed == Decimal("30.00")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Page 2 of 3", (2, 3)),
        ("Seite 2 von 3", (2, 3)),
        ("Página 2 de 3", (2, 3)),
        ("Pagina 2 di 3", (2, 3)),
        ("Page 2 sur 3", (2, 3)),
        ("Blatt 2/3", (2, 3)),
        ("2/3", (2, 3)),
        ("STATEMENT DATE: August 15, 2014 3 OF 3", (3, 3)),
        # OCR ran "1 OF 3" together and read its O as a zero.
        ("STATEMENT DATE: August 15, 2014 10F3", (1, 3)),
    ],
)
def test_a_page_number_out_of_the_statements_count_is_read_in_each_language(
    printed: str, expected: tuple[int, int]
) -> None:
    assert printed_pages(lines_of([(30.0, [(40, printed)])])) == (expected,)


@pytest.mark.parametrize(
    "printed",
    ["Page 3 of 2", "Paid on 2/3/2024", "Balance 2 of", "Opening balance 2,345.67", "Page total 2/3 of fees"],
)
def test_figures_that_are_no_page_number_are_not_read_as_one(printed: str) -> None:
    assert printed_pages(lines_of([(30.0, [(40, printed)])])) == ()


def test_a_date_in_a_column_of_its_own_is_no_page_number() -> None:
    row = [(40, "2/3"), (200, "CARD PAYMENT"), (400, "12.50")]
    assert printed_pages(lines_of([(30.0, row)])) == ()


def test_a_page_number_printed_apart_from_a_column_beside_it_on_its_line_is_read() -> None:
    """TD's photographed page 3: an offer printed beside the header runs on from "3 OF 4"."""
    line = [(40, "STATEMENT DATE: August 15, 2016"), (250, "3 0F 4"), (400, "Get in on weekly deals")]
    assert printed_pages(lines_of([(30.0, line)])) == ((3, 4),)


def test_a_date_that_begins_with_any_months_name_is_found() -> None:
    """Dates are looked for only where a digit or a month's first letter begins: every month of every
    lexicon still begins one ("paid on <month> 12, 2024")."""
    for month in ALL.months:
        found = next(header_module._DATE_IN_TEXT.finditer(f"paid on {month} 12, 2024 at"), None)
        assert found is not None and found.start() == len("paid on "), month
