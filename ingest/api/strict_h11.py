"""uvicorn's h11 protocol with a deadline on every request head, and JSON for the 400s h11 raises.

uvicorn times out idle keep-alive connections only: a client that connects and sends nothing, or
sends its headers a byte at a time, would hold a connection for ever. Here each request head (from
the connection, or from its first byte after a keep-alive pause) must be whole within
HEADER_TIMEOUT_S, or the connection is closed.
"""

from __future__ import annotations

import asyncio
import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ingest.api.openapi import ErrorCode

HEADER_TIMEOUT_S = 10.0
_BAD_FRAMING = json.dumps(
    {"code": ErrorCode.MALFORMED_REQUEST.value, "message": "The request's HTTP framing is invalid."}
).encode()


class StrictH11Protocol(H11Protocol):
    _head_due: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        event = h11.Response(
            status_code=400,
            headers=[
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_BAD_FRAMING)).encode()),
                (b"connection", b"close"),
            ],
            reason=b"Bad Request",
        )
        for output in (
            self.conn.send(event),
            self.conn.send(h11.Data(data=_BAD_FRAMING)),
            self.conn.send(h11.EndOfMessage()),
        ):
            if output:
                self.transport.write(output)
        self._stop_head_timer()
        self.transport.close()

    def _watch_head(self) -> None:
        """Run the head's timer while a request head is awaited but has begun (or the connection is new)."""
        waiting = self.conn.their_state is h11.IDLE and not self.transport.is_closing()
        if waiting and self.timeout_keep_alive_task is None and self._head_due is None:
            self._head_due = self.loop.call_later(HEADER_TIMEOUT_S, self._head_late)
        elif not waiting:
            self._stop_head_timer()

    def _stop_head_timer(self) -> None:
        if self._head_due is not None:
            self._head_due.cancel()
            self._head_due = None

    def _head_late(self) -> None:
        self._head_due = None
        if not self.transport.is_closing():
            self.logger.warning("request head not received in time; connection closed")
            self.transport.close()
