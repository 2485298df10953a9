"""Uploads served by `ingest api` itself (local backend): HMAC-signed POST policies, checked on arrival.

They mirror S3's presigned POST, so a lending app sends the same multipart form to either backend:
every entry of `fields`, then the file in a part named `file`. The policy binds the key, the content
type, the size cap and the expiry; the signature is HMAC-SHA256 of the policy under a secret the
client never sees.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email.parser
import email.policy
import hashlib
import hmac
import json
from dataclasses import dataclass

from ingest.backends.base import UploadOffer

UPLOAD_PATH = "/uploads"


class UploadRefused(Exception):
    """An upload the policy does not allow; carries the HTTP status and error code to answer with."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Form:
    fields: dict[str, str]
    file: bytes | None


class LocalUploads:
    """Signs upload policies for the local API and checks uploads against them."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

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

    def accept(self, form: Form, now: dt.datetime) -> tuple[str, bytes]:
        """The key and bytes of an upload its policy allows; raise UploadRefused otherwise."""
        policy = form.fields.get("policy", "")
        signature = form.fields.get("signature", "")
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
        if form.fields.get("key") != key:
            raise UploadRefused(403, "UPLOAD_FORBIDDEN", "The key is not the one this upload was signed for.")
        if form.fields.get("Content-Type") != content_type:
            raise UploadRefused(
                403, "UPLOAD_FORBIDDEN", f"The upload was signed for the content type {content_type}."
            )
        if form.file is None:
            raise UploadRefused(400, "MALFORMED_REQUEST", "The form has no part named 'file'.")
        if len(form.file) > max_bytes:
            raise UploadRefused(
                413, "UPLOAD_TOO_LARGE", f"The file is larger than the {max_bytes} bytes this upload allows."
            )
        return key, form.file


def parse_form(content_type: str, body: bytes) -> Form:
    """A multipart/form-data body: its text fields, and the part named `file`."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise UploadRefused(400, "MALFORMED_REQUEST", "Send the upload as multipart/form-data.")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise UploadRefused(400, "MALFORMED_REQUEST", "The multipart body could not be read.")
    fields: dict[str, str] = {}
    file: bytes | None = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        if name == "file":
            file = payload
            break  # as S3 does: fields after the file are ignored
        fields[name] = payload.decode("utf-8", errors="replace")
    return Form(fields, file)
