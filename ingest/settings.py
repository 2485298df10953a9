"""One Settings object, read from INGEST_* environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ingest.errors import UsageError


class Limits(BaseModel):
    """Per-file and per-request limits; over a limit is a rejection, never a crash."""

    model_config = ConfigDict(frozen=True)

    max_file_bytes: int = 20 * 1024 * 1024
    max_files: int = 24
    max_pages: int = 100
    max_megapixels: float = 50.0
    dpi: int = 300
    file_timeout_s: float = 120.0
    max_memory_mb: int = 1536  # address space reading one file may add; past it: FILE_TOO_LARGE
    ocr_threads: int = 2  # pages of one file OCRed at once (Tesseract runs as a process of its own)


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    backend: Literal["local", "aws"] = "local"
    home: Path = Path(".ingest")
    bucket: str | None = None
    table: str | None = None
    queue: str | None = None
    api_keys: dict[str, str] = Field(default_factory=dict, description="api key -> tenant")
    # The base URL clients reach the API at; local upload URLs are built from it, never from a
    # request's Host or X-Forwarded-* headers, which the client writes.
    public_url: str | None = Field(default=None, pattern=r"^https?://[^/?#\s]+(/[^?#\s]*[^/?#\s])?$")
    limits: Limits = Limits()
    # INGEST_WEBHOOK_ALLOW_PRIVATE=1, local development only: webhooks may use http and private targets.
    webhook_allow_private: bool = False

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Read INGEST_* variables; limits use INGEST_MAX_FILE_BYTES, INGEST_MAX_PAGES and so on."""
        env = dict(os.environ if env is None else env)
        limit_fields = {
            name: env[f"INGEST_{name.upper()}"]
            for name in Limits.model_fields
            if f"INGEST_{name.upper()}" in env
        }
        values: dict[str, object] = {"limits": Limits.model_validate(limit_fields)}
        for name in ("backend", "home", "bucket", "table", "queue", "public_url"):
            if f"INGEST_{name.upper()}" in env:
                values[name] = env[f"INGEST_{name.upper()}"]
        if keys := env.get("INGEST_API_KEYS"):
            values["api_keys"] = parse_api_keys(keys)
        elif secret_id := env.get("INGEST_API_KEYS_SECRET_ID"):
            # On AWS the keys live in Secrets Manager, read once when the process starts.
            if values.get("backend") != "aws":
                raise UsageError("INGEST_API_KEYS_SECRET_ID is for the aws backend; set INGEST_API_KEYS")
            from ingest.backends.aws import read_secret  # noqa: PLC0415  (boto3 only on the aws backend)

            values["api_keys"] = parse_api_keys(read_secret(secret_id))
        values["webhook_allow_private"] = env.get("INGEST_WEBHOOK_ALLOW_PRIVATE") == "1"
        try:
            return cls.model_validate(values)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise UsageError(f"setting {where}: {first['msg']}") from None


def parse_api_keys(text: str) -> dict[str, str]:
    """`key1:tenant-a,key2:tenant-b` -> {"key1": "tenant-a", "key2": "tenant-b"}."""
    pairs = (item.split(":", 1) for item in text.split(",") if item.strip())
    return {key.strip(): tenant.strip() for key, tenant in pairs}
