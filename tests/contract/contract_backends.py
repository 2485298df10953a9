"""A backend under contract test: its services, and a way to read back what its queue delivers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.backends.base import Task
from ingest.services import Services


@dataclass
class Backend:
    name: str
    svc: Services
    received: Callable[[], list[Task]]  # what the queue delivers, once each
