"""Raw statements as a reader child hands them back: pickled, and the same on the other side."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import fields
from decimal import Decimal

from ingest.extract.statement import Box, RawStatement, RawTransaction


def test_a_row_and_its_box_come_back_from_a_pickle_with_every_field() -> None:
    row = RawTransaction(
        date=dt.date(2025, 3, 4),
        description="CARD PAYMENT ****1234",
        amount=Decimal("-12.50"),
        balance=Decimal("100.00"),
        page=2,
        confidence=0.75,
        masked_cards=("1234",),
        bbox=Box(2, 0.1, 0.2, 0.9, 0.25),
        value_date=dt.date(2025, 3, 5),
        day=(3, 4),
        amount_text="-12.5O",
        text_sign=-1,
        amount_again="-12.80",
    )
    # Every field set apart from its default, so a field the pickle dropped would show.
    assert all(getattr(row, f.name) != f.default for f in fields(RawTransaction))
    statement = RawStatement(account_number="12345678", transactions=[row], field_boxes={"period": row.bbox})
    back = pickle.loads(pickle.dumps(statement, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == statement
    assert [getattr(back.transactions[0], f.name) for f in fields(RawTransaction)] == [
        getattr(row, f.name) for f in fields(RawTransaction)
    ]
    assert type(back.transactions[0].bbox) is Box
