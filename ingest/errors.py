"""Errors are types: one exception class per rejection code, plus the CLI's exit codes."""

from __future__ import annotations

from typing import ClassVar

from ingest.codes import RejectionCode


class IngestError(Exception):
    """Base of every error the project raises on purpose."""

    exit_code: ClassVar[int] = 1


class UsageError(IngestError):
    """The command line or a setting is wrong; nothing was processed."""

    exit_code = 2


class RequestNotFound(IngestError):
    """No request with that id is visible to the caller."""

    exit_code = 2


class FileRejected(IngestError):
    """A file cannot be used. Raised where the problem is found; the pipeline records it."""

    code: ClassVar[RejectionCode]
    advice: ClassVar[str]

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)  # args stay (detail,), so the exception pickles across processes
        self.detail = detail

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        """What went wrong, then what the user should do."""
        return f"{self.detail.rstrip('.')}. {self.advice}" if self.detail else self.advice


class EmptyFile(FileRejected):
    code = RejectionCode.EMPTY_FILE
    advice = "The file is empty (0 bytes). Upload the statement again."


class UnsupportedFileType(FileRejected):
    code = RejectionCode.UNSUPPORTED_FILE_TYPE
    advice = "Upload the statement as a PDF, or as PNG, JPEG, TIFF, BMP or WEBP images of its pages."


class CorruptFile(FileRejected):
    code = RejectionCode.CORRUPT_FILE
    advice = (
        "The file is damaged or incomplete. Download the statement again from online banking and upload it."
    )


class EncryptedFile(FileRejected):
    code = RejectionCode.ENCRYPTED_FILE
    advice = (
        "The PDF is password-protected. Upload the statement as downloaded from online banking, "
        "without a password."
    )


class FileTooLarge(FileRejected):
    code = RejectionCode.FILE_TOO_LARGE
    advice = "Split the statement into smaller files, or upload only the months that were asked for."


class DuplicateFile(FileRejected):
    code = RejectionCode.DUPLICATE_FILE
    advice = "This file is identical to another file of the same request; only the first one is used."


class Unreadable(FileRejected):
    code = RejectionCode.UNREADABLE
    advice = (
        "No readable text was found. Upload the statement as downloaded from online banking, "
        "or a sharper scan or photo of every page."
    )


class NotAStatement(FileRejected):
    code = RejectionCode.NOT_A_STATEMENT
    advice = "No bank statement was found in this file: no account details and no transaction table."


class ProcessingTimeout(FileRejected):
    code = RejectionCode.PROCESSING_TIMEOUT
    advice = "The file took too long to read. Upload a smaller file or fewer pages."


class ProcessingError(FileRejected):
    """Reading failed for a reason of ours, not the file's (a bug, a missing engine).

    The detail names the exception's type only: its message may quote the file.
    """

    code = RejectionCode.PROCESSING_ERROR
    advice = (
        "We could not read this file because of a problem on our side; it has been logged; "
        "you do not need to upload it again."
    )


class EngineMissing(IngestError):
    """A program the reader needs (Tesseract) is not installed; nothing was processed."""

    exit_code = 2


class UploadReplaced(FileRejected):
    code = RejectionCode.UPLOAD_REPLACED
    advice = (
        "The file was uploaded twice to the same upload URL and the second upload replaced the first, "
        "so neither is used. Create a new request and upload each file once."
    )


REJECTIONS: dict[RejectionCode, type[FileRejected]] = {cls.code: cls for cls in FileRejected.__subclasses__()}


def exit_code(exc: BaseException) -> int:
    """The process exit code for an exception that reached the CLI."""
    if isinstance(exc, IngestError):
        return exc.exit_code
    return 3
