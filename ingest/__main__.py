"""Entry point for `python -m ingest`."""

from __future__ import annotations

from ingest.cli import command

command()
