"""The contract's vocabulary: request statuses, file statuses, rejection and warning codes."""

from __future__ import annotations

from enum import StrEnum


class RequestStatus(StrEnum):
    """Where a request stands, in the open-banking vocabulary lenders know."""

    AWAITING_FILES = "AWAITING_FILES"  # created; some declared files have not arrived
    OCR_FILES_UPLOADED = "OCR_FILES_UPLOADED"  # every declared file has arrived; nothing processed yet
    OCR_INTEGRATION_STARTED = "OCR_INTEGRATION_STARTED"  # files are being integrated, extracted, validated
    COMPLETED = "COMPLETED"  # every file was accepted and processed
    OCR_COMPLETED_WITH_PARTIAL_ERROR = "OCR_COMPLETED_WITH_PARTIAL_ERROR"  # some accepted, some rejected
    OCR_FILES_INTEGRATION_FAILURE = "OCR_FILES_INTEGRATION_FAILURE"  # every file was rejected

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def http_status(self) -> int:
        return 200 if self.terminal else 202

    @property
    def terminal(self) -> bool:
        return self in _TERMINAL


_STATUS_LABELS = {
    RequestStatus.AWAITING_FILES: "Awaiting Files",
    RequestStatus.OCR_FILES_UPLOADED: "Ocr Files Uploaded",
    RequestStatus.OCR_INTEGRATION_STARTED: "Ocr Integration Started",
    RequestStatus.COMPLETED: "Completed",
    RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR: "Ocr Completed With Partial Error",
    RequestStatus.OCR_FILES_INTEGRATION_FAILURE: "Ocr Files Integration Failure",
}
_TERMINAL = frozenset(
    {
        RequestStatus.COMPLETED,
        RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR,
        RequestStatus.OCR_FILES_INTEGRATION_FAILURE,
    }
)


class FileStatus(StrEnum):
    """A file's verdict as clients see it."""

    PENDING = "PENDING"  # not yet decided
    ACCEPTED = "ACCEPTED"  # read and turned into statements
    REJECTED = "REJECTED"  # refused, with a rejection code and message


class FileStage(StrEnum):
    """A file's place in the pipeline; transitions are compare-and-set on this value."""

    DECLARED = "DECLARED"  # announced by the client, bytes not yet here
    UPLOADED = "UPLOADED"  # bytes stored, sniffed and within the byte limit
    EXTRACTED = "EXTRACTED"  # statements read; waits for validation
    REJECTED = "REJECTED"  # ended with a rejection code

    @property
    def done(self) -> bool:
        return self in (FileStage.EXTRACTED, FileStage.REJECTED)


class ExtractionMethod(StrEnum):
    """How a file's words were read."""

    TEXT = "TEXT"  # every page from its text layer
    OCR = "OCR"  # every page through Tesseract
    MIXED = "MIXED"  # some pages each way


class RejectionCode(StrEnum):
    """Why a file was refused. Each code has one exception class in `ingest.errors`."""

    EMPTY_FILE = "EMPTY_FILE"  # zero bytes
    UNSUPPORTED_FILE_TYPE = "UNSUPPORTED_FILE_TYPE"  # not PDF, PNG, JPEG, TIFF, BMP or WEBP by content
    CORRUPT_FILE = "CORRUPT_FILE"  # claims a supported type but cannot be parsed cleanly
    ENCRYPTED_FILE = "ENCRYPTED_FILE"  # the PDF needs a password
    FILE_TOO_LARGE = "FILE_TOO_LARGE"  # over the byte, page or pixel limits
    DUPLICATE_FILE = "DUPLICATE_FILE"  # same sha256 as an earlier file of the request
    UNREADABLE = "UNREADABLE"  # blank, or OCR too unsure to trust
    NOT_A_STATEMENT = "NOT_A_STATEMENT"  # readable, but no account and no transaction table
    PROCESSING_TIMEOUT = "PROCESSING_TIMEOUT"  # ran past the per-file time limit
    PROCESSING_ERROR = "PROCESSING_ERROR"  # failed on our side (a bug, a missing engine), not the file's
    UPLOAD_REPLACED = "UPLOAD_REPLACED"  # a second upload to the same URL replaced the first (extension)


class WarningCode(StrEnum):
    """Data-quality warnings; they never reject a file."""

    NoAccounts = "NoAccounts"  # the request produced no account
    NoHolder = "NoHolder"  # no account-holder name found
    NoAddress = "NoAddress"  # no address
    AddressIncomplete = "AddressIncomplete"  # an address without a postal code or city
    KycIncomplete = "KycIncomplete"  # holder name or address missing
    AccountNumberIncomplete = "AccountNumberIncomplete"  # account number missing or partly masked
    TransactionIncomplete = "TransactionIncomplete"  # a transaction lacks a date, description or amount
    NoTransactions = "NoTransactions"  # the account has no transactions in its period
    TransactionsWrongOrder = "TransactionsWrongOrder"  # printed transactions are not in date order
    TransactionDuplicate = "TransactionDuplicate"  # two transactions share date, description and amount
    BalanceMismatch = "BalanceMismatch"  # opening + sum(amounts) != closing, or closing != last balance
    ValidateCurrency = "ValidateCurrency"  # an amount is not a valid value for the currency
    NoLastMonthTransaction = "NoLastMonthTransaction"  # none in the 30 days before the request
    NoLast15DaysTransaction = "NoLast15DaysTransaction"  # none in the 15 days before the request
    PciNonCompliantCardNumber = "PciNonCompliantCardNumber"  # a full card number in a description (masked)
    AccountDuplicate = "AccountDuplicate"  # one account number under two holders or institutions
    StatementGap = "StatementGap"  # merged statements of one account leave days uncovered (extension)
    PageUnreadable = "PageUnreadable"  # a page left out: OCR unsure of it, or its rows unread (extension)
    SuspectedTampering = "SuspectedTampering"  # a file of the account has authenticity verdict SUSPECT


class Verdict(StrEnum):
    """Whether a file shows signs of having been edited after it was issued (see ingest.authenticity)."""

    CLEAN = "CLEAN"  # no sign of editing worth a look
    REVIEW = "REVIEW"  # signs a person should look at; each alone has innocent explanations
    SUSPECT = "SUSPECT"  # signs that together (or one strong one) point to an edited file


class Severity(StrEnum):
    """How much one authenticity signal weighs in the file's score."""

    LOW = "LOW"  # common in genuine files too; only counts beside others
    MEDIUM = "MEDIUM"  # unusual for a file as a bank issues it
    HIGH = "HIGH"  # a trace an edit leaves and a bank's own software does not
    NONE = "NONE"  # not a sign of editing: a finding in the file's favour (a whole-file signature)


class SignalCode(StrEnum):
    """What an authenticity signal saw. Families: revision history, production chain, content,
    arithmetic, signature, scans."""

    CONTENT_UPDATED = "CONTENT_UPDATED"  # an incremental update after the first save changed pages or fonts
    TOUCHUP_EDIT = "TOUCHUP_EDIT"  # Acrobat's TouchUp_TextEdit mark: text edited in Acrobat
    ID_HISTORY = "ID_HISTORY"  # the file's revisions carry different document IDs
    UNUSED_OBJECTS = "UNUSED_OBJECTS"  # content or fonts that no page uses (left behind by an edit)
    EDITOR_SOFTWARE = "EDITOR_SOFTWARE"  # made or saved by a PDF editor, word processor or image editor
    PRINT_DRIVER = "PRINT_DRIVER"  # printed to PDF (a browser or an operating system's print driver)
    MODIFIED_LATER = "MODIFIED_LATER"  # modified long after creation, or created before the period ended
    METADATA_MISMATCH = "METADATA_MISMATCH"  # the Info dictionary and the XMP metadata disagree
    COVERED_TEXT = "COVERED_TEXT"  # text drawn over a filled shape that hides other text
    HIDDEN_TEXT = "HIDDEN_TEXT"  # text hidden under a filled shape, nothing written over it
    OVERLAPPING_TEXT = "OVERLAPPING_TEXT"  # two different strings drawn at the same place
    INVISIBLE_TEXT = "INVISIBLE_TEXT"  # figures in the text but drawn by no viewer (invisible, layer off)
    FONT_ISLAND = "FONT_ISLAND"  # a font, size or colour only one or two figures of a column use
    MIXED_FONT_FIGURE = "MIXED_FONT_FIGURE"  # the characters of one figure come from different fonts
    MISALIGNED_FIGURE = "MISALIGNED_FIGURE"  # a figure off its column's alignment or its row's baseline
    BALANCE_BREAK = "BALANCE_BREAK"  # the printed balances or totals do not reconcile (BalanceMismatch)
    SIGNED_THEN_CHANGED = "SIGNED_THEN_CHANGED"  # a digital signature does not cover the whole file
    SIGNATURE_BROKEN = "SIGNATURE_BROKEN"  # the bytes a signature covers no longer match its digest
    SIGNED_WHOLE_FILE = "SIGNED_WHOLE_FILE"  # positive: a signature that verifies and covers every byte
    PASTED_PATCH = "PASTED_PATCH"  # a region of a scanned page whose noise or compression differs
    TEXT_LAYER_MISMATCH = "TEXT_LAYER_MISMATCH"  # a scan's text layer says another figure than its pixels
