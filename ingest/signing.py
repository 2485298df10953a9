"""Signing secrets (uploads, webhooks): from the environment, from AWS Secrets Manager, or made once locally.

A secret is read once, when a server or worker starts. One that is empty or shorter than
MIN_SECRET_BYTES stops the start with a clear error: an HMAC under an empty key proves nothing.
The local backend makes its secrets itself, under INGEST_HOME, atomically: the file appears only
once its whole content is written, so a process starting beside another never reads half of one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

from ingest.backends.local import private_folder
from ingest.errors import UsageError
from ingest.settings import Settings

MIN_SECRET_BYTES = 32


class Secret(StrEnum):
    """What a secret signs; the value names its variable (`INGEST_<NAME>_SECRET`) and its local file."""

    UPLOAD = "upload"  # the local API's upload policies
    WEBHOOK = "webhook"  # webhook bodies (X-Ingest-Signature)

    @property
    def variable(self) -> str:
        return f"INGEST_{self.value.upper()}_SECRET"


def signing_secret(settings: Settings, secret: Secret, env: Mapping[str, str] | None = None) -> bytes | None:
    """The secret's bytes: `INGEST_<NAME>_SECRET`, else the Secrets Manager secret named by
    `INGEST_<NAME>_SECRET_ID` (aws backend), else (local backend) the file made once under INGEST_HOME.
    None when the aws backend has neither."""
    env = os.environ if env is None else env
    if secret.variable in env:
        return checked(env[secret.variable].encode(), secret.variable)
    if secret_id := env.get(f"{secret.variable}_ID"):
        if settings.backend != "aws":
            raise UsageError(f"{secret.variable}_ID is for the aws backend; set {secret.variable} instead")
        from ingest.backends.aws import read_secret  # noqa: PLC0415  (boto3 only on the aws backend)

        return checked(read_secret(secret_id).encode(), f"the secret {secret_id}")
    if settings.backend != "local":
        return None
    path = settings.home / f"{secret.value}-secret"
    return checked(_made_once(path), str(path))


def checked(value: bytes, where: str) -> bytes:
    """The secret, stripped; UsageError when it is too short to sign anything."""
    value = value.strip()
    if len(value) < MIN_SECRET_BYTES:
        raise UsageError(
            f"{where} is {'empty' if not value else f'{len(value)} bytes'}: a signing secret must be "
            f"at least {MIN_SECRET_BYTES} bytes (`openssl rand -hex 32` makes one)"
        )
    return value


def _made_once(path: Path) -> bytes:
    """The file's bytes; made first if missing, written whole to a temporary file and then linked in
    place, so that no reader ever sees it empty and the first of two racing makers wins."""
    with contextlib.suppress(FileNotFoundError):
        return path.read_bytes()
    private_folder(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-secret-")  # mode 0600
    try:
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(32))
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: theirs counts
            os.link(tmp, path)
    finally:
        os.unlink(tmp)
    return path.read_bytes()
