"""Uploads served by `ingest api` itself (local backend): HMAC-signed POST policies, checked on arrival.

They mirror S3's presigned POST, so a lending app sends the same multipart form to either backend:
every entry of `fields`, then the file in a part named `file`. The policy binds the key, the content
type, the size cap and the expiry; the signature is HMAC-SHA256 of the policy under a secret the
client never sees.

The form is read as it streams in (python-multipart), and nothing is spent on a body before its policy
holds: the fields before the file are capped in number and size, the policy and signature are checked
as soon as the file part begins, and the file goes to a private temporary file, counted against the
signed cap as it arrives.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from ingest.backends.base import UploadOffer
from ingest.backends.local import private_folder

UPLOAD_PATH = "/uploads"
FILE_FIELD = "file"
MAX_FIELDS = 16  # parts before the file: S3's form has about ten
MAX_FIELD_BYTES = 8 * 1024  # one field's value (a policy is well under 1 KiB)
FORM_OVERHEAD_BYTES = 64 * 1024  # boundaries and fields around the file, over its signed cap


class UploadRefused(Exception):
    """An upload the policy does not allow; carries the HTTP status and error code to answer with."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _malformed(message: str) -> UploadRefused:
    return UploadRefused(400, "MALFORMED_REQUEST", message)


@dataclass(frozen=True, slots=True)
class Policy:
    """What a valid signature allows: one key, and at most max_bytes."""

    key: str
    max_bytes: int


class LocalUploads:
    """Signs upload policies for the local API and checks uploads against them."""

    def __init__(self, secret: bytes, spool: Path) -> None:
        self._secret = secret
        self.spool = spool  # where arriving files are written, under INGEST_HOME

    def _signature(self, policy: str) -> str:
        return hmac.new(self._secret, policy.encode(), hashlib.sha256).hexdigest()

    def offer(
        self, key: str, content_type: str, max_bytes: int, expires_at: dt.datetime, base_url: str
    ) -> UploadOffer:
        document = {
            "key": key,
            "content_type": content_type,
            "max_bytes": max_bytes,
            "expires": int(expires_at.timestamp()),
        }
        policy = base64.urlsafe_b64encode(json.dumps(document).encode()).decode()
        fields = {
            "key": key,
            "Content-Type": content_type,
            "policy": policy,
            "signature": self._signature(policy),
        }
        return UploadOffer("POST", f"{base_url}{UPLOAD_PATH}", fields, {}, expires_at)

    def check(self, fields: dict[str, str], now: dt.datetime) -> Policy:
        """The policy the form's fields carry, if its signature, expiry, key and type hold."""
        policy = fields.get("policy", "")
        signature = fields.get("signature", "")
        if not hmac.compare_digest(self._signature(policy), signature):
            raise UploadRefused(403, "UPLOAD_FORBIDDEN", "The upload's signature does not match its policy.")
        try:
            document = json.loads(base64.urlsafe_b64decode(policy.encode()))
            key, content_type = str(document["key"]), str(document["content_type"])
            max_bytes, expires = int(document["max_bytes"]), int(document["expires"])
        except (binascii.Error, ValueError, KeyError, TypeError):
            raise UploadRefused(403, "UPLOAD_FORBIDDEN", "The upload policy is malformed.") from None
        if now.timestamp() > expires:
            raise UploadRefused(403, "UPLOAD_EXPIRED", "The upload URL has expired. Create a new request.")
        if fields.get("key") != key:
            raise UploadRefused(403, "UPLOAD_FORBIDDEN", "The key is not the one this upload was signed for.")
        if fields.get("Content-Type") != content_type:
            raise UploadRefused(
                403, "UPLOAD_FORBIDDEN", f"The upload was signed for the content type {content_type}."
            )
        return Policy(key, max_bytes)

    def receive(self, content_type: str, content_length: int | None, now: dt.datetime) -> FormReader:
        """A reader for one upload's body, fed as it arrives."""
        return FormReader(self, content_type, content_length, now)


@dataclass(frozen=True, slots=True)
class Received:
    """An upload that its policy allowed: the key, and the file's bytes in a temporary file."""

    key: str
    path: Path

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class FormReader:
    """One multipart/form-data upload, read chunk by chunk: `feed` each chunk, then `finish`.

    Either raises UploadRefused as soon as the body breaks a rule; the caller stops reading then.
    """

    def __init__(
        self, uploads: LocalUploads, content_type: str, content_length: int | None, now: dt.datetime
    ) -> None:
        kind, options = parse_options_header(content_type)
        boundary = options.get(b"boundary")
        if kind != b"multipart/form-data" or not boundary:
            raise _malformed("Send the upload as multipart/form-data.")
        self._uploads = uploads
        self._content_length = content_length
        self._now = now
        self._fields: dict[str, str] = {}
        self._parts = 0
        self._header_name = b""
        self._header_value = b""
        self._part_name: str | None = None
        self._value = bytearray()
        self._policy: Policy | None = None
        self._file: IO[bytes] | None = None
        self._file_path: Path | None = None
        self._file_bytes = 0
        self._done = False  # the file part ended: the rest is ignored, as S3 ignores fields after it
        self._parser = MultipartParser(
            boundary,
            callbacks={
                "on_part_begin": self._part_begin,
                "on_header_field": self._header_field,
                "on_header_value": self._header_value_data,
                "on_header_end": self._header_end,
                "on_headers_finished": self._headers_finished,
                "on_part_data": self._part_data,
                "on_part_end": self._part_end,
            },
        )

    def feed(self, chunk: bytes) -> None:
        if self._done:
            return
        try:
            self._parser.write(chunk)
        except MultipartParseError:
            self.close()
            raise _malformed("The multipart body could not be read.") from None
        except BaseException:
            self.close()
            raise

    def finish(self) -> Received:
        """The upload, once the whole body was fed; the caller owns (and discards) its file."""
        if self._file is None or self._file_path is None or not self._done:
            self.close()
            raise _malformed(f"The form has no complete part named '{FILE_FIELD}'.")
        assert self._policy is not None
        self._file.close()
        return Received(self._policy.key, self._file_path)

    def close(self) -> None:
        """Drop what was received (a refused or abandoned upload)."""
        if self._file is not None:
            self._file.close()
        if self._file_path is not None:
            Received("", self._file_path).discard()
        self._file = None
        self._file_path = None

    # The parser's callbacks.
    def _part_begin(self) -> None:
        self._parts += 1
        if self._parts > MAX_FIELDS + 1:  # the fields, then the file
            raise _malformed(f"More than {MAX_FIELDS} form fields before the file.")
        self._part_name = None
        self._value.clear()

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]
        if len(self._header_name) > MAX_FIELD_BYTES:
            raise _malformed("A part's header is too long.")

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]
        if len(self._header_value) > MAX_FIELD_BYTES:
            raise _malformed("A part's header is too long.")

    def _header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            _, options = parse_options_header(self._header_value)
            name = options.get(b"name")
            self._part_name = name.decode("utf-8", errors="replace") if name is not None else None
        self._header_name = b""
        self._header_value = b""

    def _headers_finished(self) -> None:
        if self._part_name != FILE_FIELD:
            return
        # The file begins: everything the policy binds has been sent. Check it before reading a byte.
        self._policy = self._uploads.check(self._fields, self._now)
        if self._content_length is not None and self._content_length > (
            self._policy.max_bytes + FORM_OVERHEAD_BYTES
        ):
            raise self._too_large()
        private_folder(self._uploads.spool)
        fd, name = tempfile.mkstemp(dir=self._uploads.spool, prefix=".upload-")  # mode 0600
        self._file, self._file_path = os.fdopen(fd, "wb"), Path(name)

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._file is not None:
            self._file_bytes += end - start
            assert self._policy is not None
            if self._file_bytes > self._policy.max_bytes:
                raise self._too_large()
            self._file.write(data[start:end])
        elif self._part_name is not None:
            self._value += data[start:end]
            if len(self._value) > MAX_FIELD_BYTES:
                raise _malformed(f"The form field {self._part_name[:40]!r} is too long.")

    def _part_end(self) -> None:
        if self._file is not None:
            self._done = True
        elif self._part_name is not None:
            self._fields[self._part_name] = self._value.decode("utf-8", errors="replace")

    def _too_large(self) -> UploadRefused:
        assert self._policy is not None
        return UploadRefused(
            413,
            "UPLOAD_TOO_LARGE",
            f"The file is larger than the {self._policy.max_bytes} bytes this upload allows.",
        )
