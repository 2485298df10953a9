"""The request document (the public contract), as pydantic models; its JSON Schema comes from here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from ingest.codes import (
    ExtractionMethod,
    FileStatus,
    RejectionCode,
    RequestStatus,
    Severity,
    SignalCode,
    Verdict,
    WarningCode,
)

CENT = Decimal("0.01")


def money_str(value: Decimal) -> str:
    """Money on the wire: a decimal string with two places, e.g. "-45.00"."""
    return str(value.quantize(CENT))


Money = Annotated[
    Decimal,
    PlainSerializer(money_str, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+\.\d{2}$", "examples": ["-45.00"]}),
]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rejection(Model):
    code: RejectionCode
    message: str = Field(description="What went wrong and what the user should do.")


class Box(Model):
    """Where something was seen: page fractions (0..1) from the page's top left corner."""

    page: int
    x0: float = Field(ge=0, le=1)
    y0: float = Field(ge=0, le=1)
    x1: float = Field(ge=0, le=1)
    y1: float = Field(ge=0, le=1)


class Signal(Model):
    """One sign of editing, in plain words; never the statement's own contents."""

    code: SignalCode
    severity: Severity
    page: int | None = Field(None, description="1-based page; None for the file as a whole.")
    bbox: Box | None = None
    message: str = Field(description="What was seen and where.")
    evidence: str = Field(
        "", description="The technical detail behind the message (fonts, offsets, objects)."
    )


class Authenticity(Model):
    """Was the file edited after it was issued? Scored from its signals (see ingest.authenticity)."""

    verdict: Verdict
    score: int = Field(ge=0, le=100, description="100 = no sign of editing.")
    signals: list[Signal] = []


class FileResult(Model):
    file_id: str
    name: str
    size: int
    sha256: str | None = None
    content_type: str | None = Field(None, description="Detected from the bytes, not from the name.")
    status: FileStatus = FileStatus.PENDING
    rejection: Rejection | None = None
    pages: int | None = None
    method: ExtractionMethod | None = None
    ocr_confidence: float | None = Field(None, description="Mean OCR word confidence 0..100.")
    authenticity: Authenticity | None = Field(None, description="Accepted files: signs of editing.")


class Holder(Model):
    name: str | None = None
    address: str | None = None


class BBox(Model):
    """Where something was read: a rectangle in fractions of its page, from the top left."""

    page: int = Field(ge=1, description="1-based page of the file.")
    x0: float = Field(ge=0, le=1)
    y0: float = Field(ge=0, le=1)
    x1: float = Field(ge=0, le=1)
    y1: float = Field(ge=0, le=1)


class FieldBox(BBox):
    """Where a header field was read; an account may be read from several files."""

    file: str


class Transaction(Model):
    date: dt.date | None
    description: str
    amount: Money | None = Field(description="Signed: negative is money out of the account.")
    balance: Money | None = Field(None, description="Running balance where printed.")
    value_date: dt.date | None = Field(None, description="A second (value or posting) date where printed.")
    file: str
    page: int
    confidence: float = Field(ge=0, le=1)
    bbox: BBox | None = Field(None, description="Where the row was read in its file.")


class DataWarning(Model):
    code: WarningCode
    message: str


class Account(Model):
    institution: str | None = None
    holder: Holder = Holder()
    account_number: str | None = Field(None, description="As printed; masked digits stay masked.")
    account_type: str | None = None
    currency: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    opening_balance: Money | None = None
    closing_balance: Money | None = None
    confidence: float = Field(1.0, ge=0, le=1, description="How far the statement can be trusted, 0..1.")
    transactions: list[Transaction] = []
    field_boxes: dict[str, FieldBox] = Field(
        {},
        description='Where each header field was read, by name: "institution", "holder.name", '
        '"holder.address", "account_number", "opening_balance", "closing_balance", "period".',
    )
    warnings: list[DataWarning] = []


class RequestDocument(Model):
    request_id: str
    reference: str
    status: RequestStatus
    status_label: str
    created_at: dt.datetime
    updated_at: dt.datetime
    files: list[FileResult] = []
    accounts: list[Account] = []
    warnings: list[DataWarning] = []


def request_schema() -> dict[str, object]:
    """The JSON Schema of the request document, as `ingest schema` prints it."""
    return RequestDocument.model_json_schema(mode="serialization")
