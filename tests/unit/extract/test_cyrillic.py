"""Statements printed in Russian, Ukrainian, Bulgarian and Serbian, in Cyrillic letters: each language's
headings, balance words, dates and money (a space, often a no-break one, between thousands; the rouble's ₽
and the hryvnia's ₴ after a figure), read through the text layer; and each told by its own words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from ingest.extract.dates import parse_full
from ingest.extract.lexicon import fold, language_of
from ingest.extract.pages import MIN_LAYER_QUALITY, reads_as_language, text_quality
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    continental,
    entries,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    spaced,
    statement,
)

NBSP = "\u00a0"


def no_break(value: Decimal) -> str:
    """1 234,56 with a no-break space between thousands, as Russian and Ukrainian banks print it."""
    return spaced(value).replace(" ", NBSP)


def signed_with(sign: str) -> Callable[[Decimal], str]:
    """ "+1 234,56 ₽" and "−500,00 ₽": every figure signed (a true minus sign) and followed by the money's
    sign."""
    return lambda value: ("+" if value > 0 else "−") + no_break(value) + NBSP + sign


# ---- Russian ---------------------------------------------------------------------------------------

RUSSIAN_MARCH = [
    (D(2025, 3, 3), "Зачисление заработной платы за февраль", "86400.00"),
    (D(2025, 3, 5), "Оплата услуг ЖКХ по лицевому счёту 7731", "-6215.38"),
    (D(2025, 3, 11), "Перевод Петровой А. С. по номеру телефона", "-12000.00"),
    (D(2025, 3, 18), "Снятие наличных в банкомате Москва", "-5000.00"),
    (D(2025, 3, 27), "Проценты на остаток по счёту", "312.45"),
    (D(2025, 3, 31), "Комиссия за обслуживание счёта", "-199.00"),
]


def test_a_russian_account_with_prihod_and_rashod_columns_and_its_balances_in_and_out(
    unicode_fonts: Fonts,
) -> None:
    """ "Выписка по счёту за период с .. г. по .. г." (each year closed by its mark), the account's number
    and its money labelled; "Дата операции | Описание операции | Приход | Расход | Остаток", the incoming
    balance above the rows and the outgoing one below them, figures grouped by no-break spaces."""
    rows = running(M("48215.60"), RUSSIAN_MARCH)
    head = [
        "АО «Волжский коммерческий банк»",
        "Иванов Сергей Петрович",
        "Выписка по счёту за период с 01.03.2025 г. по 31.03.2025 г.",
        "Номер счёта: 40817810099910004312",
        "Валюта счёта: RUB",
    ]
    columns = [
        Column("Дата операции", 40, lambda r: r.date.strftime("%d.%m.%Y") if r.amount else ""),
        Column("Описание операции", 110, lambda r: r.description),
        Column("Приход", 420, paid_in(no_break), right=True),
        Column("Расход", 490, paid_out(no_break), right=True),
        Column("Остаток", 560, lambda r: no_break(r.balance), right=True),
    ]
    opening = Drawn(D(2025, 3, 1), "Входящий остаток", M(0), M("48215.60"))
    closing = Drawn(D(2025, 3, 31), "Исходящий остаток", M(0), rows[-1].balance)
    read = read_drawn(head, columns, rows, unicode_fonts, before=[opening], after=[closing])
    assert (read.account_number, read.currency) == ("40817810099910004312", "RUB")
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


RUSSIAN_CARD = [
    (D(2025, 4, 2), "Пятёрочка Санкт-Петербург", "-1284.90"),
    (D(2025, 4, 4), "Пополнение через СБП", "15000.00"),
    (D(2025, 4, 9), "Яндекс Такси", "-642.00"),
    (D(2025, 4, 15), "Аптека Ригла", "-1137.50"),
    (D(2025, 4, 22), "Кешбэк за покупки", "157.34"),
    (D(2025, 4, 28), "Оплата мобильной связи", "-450.00"),
]


def test_a_russian_card_with_signed_amounts_and_the_rouble_sign_after_every_figure(
    unicode_fonts: Fonts,
) -> None:
    """A card account's rows made on one day and posted on the next ("Дата операции | Дата списания"),
    each amount in the card's money signed ("+15 000,00 ₽", "−1 284,90 ₽") under "Сумма в валюте
    счёта", the balance after each; the period in the months' genitive names ("1 апреля 2025")."""
    rows = running(M("3520.18"), RUSSIAN_CARD)
    head = [
        "Банк Сокол (АО)",
        "Смирнова Ольга Николаевна",
        "Выписка по карте за период 1 апреля 2025 - 30 апреля 2025",
        "Номер карты: 220015******4417",
    ]
    rouble = signed_with("₽")
    columns = [
        Column("Дата операции", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Дата списания", 105, lambda r: (r.date + dt.timedelta(days=1)).strftime("%d.%m.%Y")),
        Column("Описание", 170, lambda r: r.description),
        Column("Сумма в валюте счёта", 470, lambda r: rouble(r.amount), right=True),
        Column("Остаток", 560, lambda r: no_break(r.balance) + NBSP + "₽", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + dt.timedelta(days=1) for r in rows]
    assert read.currency == "RUB"
    assert (read.period_start, read.period_end) == (D(2025, 4, 1), D(2025, 4, 30))


def test_a_russian_card_printing_a_purchase_abroad_in_its_own_money_beside_the_cards(
    unicode_fonts: Fonts,
) -> None:
    """ "Сумма в валюте операции" beside "Сумма в валюте карты": the amount in the money the purchase was
    made in is no money of the row's; each row's amount is the card's, in roubles."""
    rows = running(M("3520.18"), RUSSIAN_CARD)
    rouble = signed_with("₽")
    abroad = {D(2025, 4, 9): "−7,20" + NBSP + "USD"}
    columns = [
        Column("Дата операции", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Описание операции", 150, lambda r: r.description),
        Column("Сумма в валюте операции", 400, lambda r: abroad.get(r.date, rouble(r.amount)), right=True),
        Column("Сумма в валюте карты", 560, lambda r: rouble(r.amount), right=True),
    ]
    head = [
        "Банк Сокол (АО)",
        "Смирнова Ольга Николаевна",
        "Справка о движении средств за период с 01.04.2025 по 30.04.2025",
        "Номер лицевого счёта: 40817810000012345678",
    ]
    read = read_one(statement(head, columns, rows, fonts=unicode_fonts))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.account_number, read.currency) == ("40817810000012345678", "RUB")


# ---- Ukrainian -------------------------------------------------------------------------------------

UKRAINIAN_MAY = [
    (D(2025, 5, 2), "Сільпо Київ", "-842.35"),
    (D(2025, 5, 6), "Переказ з картки Олени Коваленко", "2500.00"),
    (D(2025, 5, 12), "Нова пошта відділення 14", "-95.00"),
    (D(2025, 5, 19), "Зарахування заробітної плати", "31400.00"),
    (D(2025, 5, 26), "Київстар поповнення рахунку", "-250.00"),
]


def test_a_ukrainian_card_with_a_date_and_time_on_each_row_and_its_money_in_hryvnias(
    unicode_fonts: Fonts,
) -> None:
    """ "Дата і час операції | Деталі операції | Сума в валюті картки | Залишок", each row's date with its
    time of day, the amounts signed with the hryvnia's sign after them; the period "з .. р. по .. р.", the
    account a Ukrainian IBAN (which names the hryvnia)."""
    rows = running(M("12640.07"), UKRAINIAN_MAY)
    head = [
        "АТ «Дніпровський банк»",
        "Коваленко Андрій Іванович",
        "Виписка за період з 01.05.2025 р. по 31.05.2025 р.",
        "IBAN: UA21 3223 1300 0002 6007 2335 6600 1",
    ]
    hryvnia = signed_with("₴")
    columns = [
        Column("Дата і час операції", 40, lambda r: r.date.strftime("%d.%m.%Y") + f" 14:{r.date.day:02d}"),
        Column("Деталі операції", 150, lambda r: r.description),
        Column("Сума в валюті картки", 470, lambda r: hryvnia(r.amount), right=True),
        Column("Залишок", 560, lambda r: no_break(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert read.account_number == "UA21 3223 1300 0002 6007 2335 6600 1"
    assert read.currency == "UAH"
    assert (read.period_start, read.period_end) == (D(2025, 5, 1), D(2025, 5, 31))


@pytest.mark.parametrize(
    ("rows", "head", "mark"),
    [
        (
            running(M("48215.60"), RUSSIAN_MARCH),
            [
                "АО «Волжский коммерческий банк»",
                "Выписка по счёту за период с 01.03.2025 г. по 31.03.2025 г.",
            ],
            " г.",
        ),
        (
            running(M("12640.07"), UKRAINIAN_MAY),
            ["АТ «Дніпровський банк»", "Виписка за період з 01.05.2025 р. по 31.05.2025 р."],
            " р.",
        ),
        (
            running(M("12640.07"), UKRAINIAN_MAY),
            ["АТ «Дніпровський банк»", "Виписка за період з 01.05.2025 р. по 31.05.2025 р."],
            "р.",
        ),
    ],
)
def test_a_rows_date_followed_by_the_mark_of_its_year(
    rows: list[Drawn], head: list[str], mark: str, unicode_fonts: Fonts
) -> None:
    """Each row's date printed with the year's mark after it ("03.03.2025 г.", "02.05.2025 р.", or joined
    to it): the mark is the date's, not the description's."""
    columns = [
        Column("Дата", 40, lambda r: r.date.strftime("%d.%m.%Y") + mark),
        Column("Опис", 130, lambda r: r.description),
        Column("Сума", 470, lambda r: ("" if r.amount > 0 else "-") + no_break(r.amount), right=True),
        Column("Залишок", 560, lambda r: no_break(r.balance), right=True),
    ]
    read_drawn([*head, "Иванов Сергей Петрович"], columns, rows, unicode_fonts)


# ---- Bulgarian -------------------------------------------------------------------------------------

BULGARIAN_MARCH = [
    (D(2025, 3, 4), "Превод от Мария Петрова", "350.00"),
    (D(2025, 3, 7), "Плащане с карта Билла София", "-74.18"),
    (D(2025, 3, 12), "Погасяване на кредит", "-412.60"),
    (D(2025, 3, 25), "Заплата за февруари", "2180.00"),
    (D(2025, 3, 31), "Такса поддръжка на сметка", "-4.50"),
]


def test_a_bulgarian_account_with_a_value_date_and_debit_and_credit_columns(unicode_fonts: Fonts) -> None:
    """ "Извлечение по сметка за периода от .. г. до .. г.", a Bulgarian IBAN and its money labelled;
    "Дата | Вальор | Основание | Дебит | Кредит | Салдо" between the opening and closing balances."""
    rows = running(M("1520.35"), BULGARIAN_MARCH)
    head = [
        "Търговска банка Родина АД",
        "Петър Иванов Георгиев",
        "Извлечение по сметка за периода от 01.03.2025 г. до 31.03.2025 г.",
        "IBAN: BG80 BNBG 9661 1020 3456 78",
        "Валута: BGN",
    ]
    columns = [
        Column("Дата", 40, lambda r: r.date.strftime("%d.%m.%Y") if r.amount else ""),
        Column(
            "Вальор", 100, lambda r: (r.date + dt.timedelta(days=1)).strftime("%d.%m.%Y") if r.amount else ""
        ),
        Column("Основание", 160, lambda r: r.description),
        Column("Дебит", 420, paid_out(spaced), right=True),
        Column("Кредит", 490, paid_in(spaced), right=True),
        Column("Салдо", 560, lambda r: spaced(r.balance), right=True),
    ]
    opening = Drawn(D(2025, 3, 1), "Начално салдо", M(0), M("1520.35"))
    closing = Drawn(D(2025, 3, 31), "Крайно салдо", M(0), rows[-1].balance)
    read = read_drawn(head, columns, rows, unicode_fonts, before=[opening], after=[closing])
    assert [t.value_date for t in read.transactions] == [r.date + dt.timedelta(days=1) for r in rows]
    assert (read.account_number, read.currency) == ("BG80 BNBG 9661 1020 3456 78", "BGN")
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


# ---- Serbian ---------------------------------------------------------------------------------------

SERBIAN_MARCH = [
    (D(2025, 3, 3), "Уплата зараде за фебруар", "98500.00"),
    (D(2025, 3, 6), "Плаћање картицом Макси Београд", "-3218.40"),
    (D(2025, 3, 14), "Трајни налог закуп стана", "-45000.00"),
    (D(2025, 3, 20), "Уплата Јована Јовановић", "2500.00"),
    (D(2025, 3, 31), "Накнада за вођење рачуна", "-250.00"),
]


def test_a_serbian_account_whose_dates_close_with_a_point_and_its_money_in_dinars(
    unicode_fonts: Fonts,
) -> None:
    """ "Извод по текућем рачуну за период од .. до ..", each date closed by a point ("03.03.2025."), the
    money labelled RSD; "Датум књижења | Датум валуте | Опис | Задужење | Одобрење | Стање", points
    between thousands, between the opening and closing balances."""
    rows = running(M("41230.55"), SERBIAN_MARCH)
    head = [
        "Шумадијска банка а.д. Београд",
        "Марко Петровић",
        "Извод по текућем рачуну за период од 01.03.2025. до 31.03.2025.",
        "Број рачуна: 160-0000000123456-78",
        "Валута рачуна: RSD",
    ]
    columns = [
        Column("Датум књижења", 40, lambda r: r.date.strftime("%d.%m.%Y.") if r.amount else ""),
        Column("Датум валуте", 115, lambda r: r.date.strftime("%d.%m.%Y.") if r.amount else ""),
        Column("Опис", 190, lambda r: r.description),
        Column("Задужење", 420, paid_out(continental), right=True),
        Column("Одобрење", 490, paid_in(continental), right=True),
        Column("Стање", 560, lambda r: continental(r.balance), right=True),
    ]
    opening = Drawn(D(2025, 3, 1), "Почетно стање", M(0), M("41230.55"))
    closing = Drawn(D(2025, 3, 31), "Крајње стање", M(0), rows[-1].balance)
    read = read_drawn(head, columns, rows, unicode_fonts, before=[opening], after=[closing])
    assert (read.account_number, read.currency) == ("160-0000000123456-78", "RSD")
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("15 января 2025", D(2025, 1, 15)),
        ("15 ЯНВАРЯ 2025", D(2025, 1, 15)),
        ("3 мая 2025", D(2025, 5, 3)),
        ("28 фев 2025", D(2025, 2, 28)),
        ("15 січня 2025", D(2025, 1, 15)),
        ("1 листопада 2025", D(2025, 11, 1)),
        ("9 квітня 2025", D(2025, 4, 9)),
        ("15 януари 2025", D(2025, 1, 15)),
        ("3 октомври 2025", D(2025, 10, 3)),
        ("15. јануар 2025.", D(2025, 1, 15)),
        ("5. маја 2025.", D(2025, 5, 5)),
    ],
)
def test_the_cyrillic_languages_dates_with_their_months_names(printed: str, date: dt.date) -> None:
    assert parse_full(printed) == date


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Выписка по счёту за период с 01.03.2025 по 31.03.2025, страница 1 из 2, что вы уже получили", "ru"),
        ("Виписка по рахунку за період з 01.05.2025 по 31.05.2025, сторінка 1 із 2, що ви отримали", "uk"),
        ("Извлечение по сметка за периода от 01.03.2025 до 31.03.2025, които са към тази дата", "bg"),
        ("Извод по рачуну за период од 01.03.2025. до 31.03.2025, страна 1 од 2, који је издат", "sr"),
        ("Wyciąg z rachunku za okres od 01.03.2025 do 31.03.2025 dla Jana Kowalskiego, strona 1 z 2", "pl"),
        ("Statement of your account for the period from 1 March to 31 March, page 1 of 2", "en"),
    ],
)
def test_the_cyrillic_languages_are_told_apart_and_no_other_page_changes(text: str, language: str) -> None:
    assert language_of(fold(text).split()) == language


def test_a_cyrillic_text_layer_is_good_text_in_a_language_the_reader_knows() -> None:
    """Cyrillic letters are letters of a word, with vowels, as Latin ones are: a Russian page's text
    layer is kept, not taken for a broken font's encoding and read again by OCR."""
    head = "Выписка по счёту за период с 01.03.2025 по 31.03.2025 Дата операции Описание Приход Расход"
    words = head.split(" ")
    for row in running(M("48215.60"), RUSSIAN_MARCH):
        words += [row.date.strftime("%d.%m.%Y"), *row.description.split(), spaced(row.amount)]
    assert text_quality(words) >= MIN_LAYER_QUALITY
    assert reads_as_language(words * 2)
