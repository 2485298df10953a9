"""A local server that stopped with work queued in memory picks it up again when it starts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from devtools.samplegen.corpus import build, plan_request
from ingest.api.server import build_app
from ingest.codes import FileStage, RequestStatus
from ingest.pipeline import DeclaredFile, create_request, get_document, receive_file
from ingest.services import open_services
from ingest.settings import Settings

DEADLINE_S = 60


def test_a_restarted_server_finishes_what_the_stopped_one_had_queued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INGEST_CALLBACK_URLS", raising=False)
    settings = Settings(home=tmp_path / "home", public_url="http://127.0.0.1:8080")
    data = next(iter(build(plan_request(0, seed=0)).files.values()))
    # The server that stopped: its files arrived and their extraction was queued, in its memory only.
    before = open_services(settings)
    ready, _ = create_request(before, "t", "ready", [DeclaredFile("statement.pdf", len(data))])
    receive_file(before, ready.request_id, before.status.list_files(ready.request_id)[0].file_id, data)
    waiting, _ = create_request(before, "t", "waiting", [DeclaredFile("a.pdf"), DeclaredFile("b.pdf")])
    assert before.status.list_files(ready.request_id)[0].stage is FileStage.UPLOADED

    app = build_app(settings)  # the server starting again

    deadline = time.monotonic() + DEADLINE_S
    while not get_document(app.svc, ready.request_id).status.terminal and time.monotonic() < deadline:
        time.sleep(0.1)
    document = get_document(app.svc, ready.request_id)
    assert document.status is RequestStatus.COMPLETED
    assert document.accounts and document.accounts[0].transactions
    # A request still waiting for its uploads is left waiting for them.
    assert get_document(app.svc, waiting.request_id).status is RequestStatus.AWAITING_FILES
