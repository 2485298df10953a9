"""The `ingest` command: backfill, run, status, schema, export, review, delete, init, api, worker."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ingest import logs
from ingest.errors import IngestError, UsageError, exit_code
from ingest.sandbox import loading

if TYPE_CHECKING:
    from ingest.settings import Settings


def command() -> NoReturn:
    """The `ingest` program: `main`, its output and logs flushed, then the process ends at once.

    The interpreter's own teardown (every module finalized, what they hold collected) costs a process
    that loaded the readers ~17 ms of CPU and hands the system nothing it would not take back anyway.
    What must outlive the process is done by then: documents written, the store's transactions
    committed, worker pools and reader children closed by the commands themselves.
    """
    try:
        code = main()
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # whoever reads the output stopped (`ingest status ID | head`): nothing to add
        os._exit(_PIPE_CLOSED)
    except OSError:  # another failure to write out: the interpreter's own exit reports it
        raise SystemExit(code) from None
    os._exit(code)


_PIPE_CLOSED = 128 + 13  # the exit status of a program SIGPIPE ends, as `head`'s writers report it


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logs.configure(args.verbose)
    try:
        with loading():
            from ingest.settings import Settings  # noqa: PLC0415  (pydantic: loaded under `loading`)

        settings = Settings.from_env()
        return int(args.command(settings, args))
    except IngestError as e:
        print(f"ingest: {e}", file=sys.stderr)
        return exit_code(e)
    except KeyboardInterrupt:
        print("ingest: interrupted; run the same command again to resume", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ingest", description=__doc__)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress events (-vv: debug)")
    commands = parser.add_subparsers(dest="name", required=True, metavar="COMMAND")

    backfill = commands.add_parser("backfill", help="process a folder of requests into OUT/<reference>.json")
    backfill.add_argument("dir", type=Path, help="each subfolder is a request; each loose file is one too")
    backfill.add_argument("--out", type=Path, required=True, help="where the request documents go")
    backfill.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes (default: CPUs)"
    )
    backfill.add_argument("--csv", action="store_true", help="also write OUT/<reference>.csv of transactions")
    backfill.set_defaults(command=_backfill)

    run = commands.add_parser("run", help="one request from the given files; prints its document")
    run.add_argument("files", type=Path, nargs="+")
    run.add_argument("--reference", help="the request's reference (default: the first file's name)")
    run.set_defaults(command=_run)

    status = commands.add_parser("status", help="print a request's document from the status store")
    status.add_argument("request_id")
    status.set_defaults(command=_status)

    schema = commands.add_parser("schema", help="print the JSON Schema of the request document")
    schema.set_defaults(command=_schema)

    export = commands.add_parser(
        "export", help="write a request's transactions as CSV, or its document as JSON"
    )
    export.add_argument("request_id")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.set_defaults(command=_export)

    review = commands.add_parser(
        "review", help="write a request's review page: its pages with what was read drawn on them"
    )
    review.add_argument("request_id")
    review.add_argument("--out", type=Path, required=True, help="the HTML file to write")
    review.set_defaults(command=_review)

    delete = commands.add_parser("delete", help="remove a request's uploads, results and records")
    delete.add_argument("request_id")
    delete.set_defaults(command=_delete)

    init = commands.add_parser(
        "init", help="create the bucket, table, queues and notifications (aws backend)"
    )
    init.set_defaults(command=_init)

    api = commands.add_parser("api", help="serve the HTTP API (the same handler as the Lambda)")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=8080)
    api.set_defaults(command=_api)

    worker = commands.add_parser("worker", help="long-poll the work queue and run stages (aws backend)")
    worker.set_defaults(command=_worker)
    return parser


def _backfill(settings: Settings, args: argparse.Namespace) -> int:
    with loading():
        from ingest.backfill import Progress, backfill, exit_status, summary_table  # noqa: PLC0415
        from ingest.stages.engines import require_ocr_engine  # noqa: PLC0415
    if not args.dir.is_dir():
        raise UsageError(f"{args.dir} is not a folder")
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    require_ocr_engine()
    outcomes = backfill(settings, args.dir, args.out, args.workers, csv=args.csv, progress=Progress())
    print(summary_table(outcomes))
    return exit_status(outcomes)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.pipeline import load_readers, run_local  # noqa: PLC0415
    from ingest.services import open_services  # noqa: PLC0415
    from ingest.stages.engines import require_ocr_engine  # noqa: PLC0415

    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        raise UsageError(f"not a file: {', '.join(missing)}")
    require_ocr_engine()
    with loading():
        load_readers()
    document = run_local(open_services(settings), args.files, args.reference or args.files[0].name)
    print(document.model_dump_json(indent=2))
    return 0 if document.status.value == "COMPLETED" else 1


def _status(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.pipeline import get_document  # noqa: PLC0415
    from ingest.services import open_services  # noqa: PLC0415

    print(get_document(open_services(settings), args.request_id).model_dump_json(indent=2))
    return 0


def _schema(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.models import request_schema  # noqa: PLC0415

    print(json.dumps(request_schema(), indent=2))
    return 0


def _export(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.pipeline import get_document  # noqa: PLC0415
    from ingest.services import open_services  # noqa: PLC0415

    document = get_document(open_services(settings), args.request_id)
    if args.format == "json":
        print(document.model_dump_json(indent=2))
    else:
        from ingest.export import transactions_csv  # noqa: PLC0415

        sys.stdout.write(transactions_csv(document))
    return 0


def _review(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.review import review_page  # noqa: PLC0415
    from ingest.services import open_services  # noqa: PLC0415

    page = review_page(open_services(settings), args.request_id)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _delete(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.pipeline import delete_request  # noqa: PLC0415
    from ingest.services import open_services  # noqa: PLC0415

    delete_request(open_services(settings), args.request_id)
    print(f"deleted {args.request_id}", file=sys.stderr)
    return 0


def _init(settings: Settings, args: argparse.Namespace) -> int:
    if settings.backend != "aws":
        raise UsageError("ingest init is for the aws backend: set INGEST_BACKEND=aws")
    from ingest.backends.aws import init_resources  # noqa: PLC0415

    init_resources(settings)
    return 0


def _api(settings: Settings, args: argparse.Namespace) -> int:
    from ingest.api.server import serve  # noqa: PLC0415
    from ingest.stages.engines import require_ocr_engine  # noqa: PLC0415

    if settings.backend == "local":  # the local server reads uploads itself; on AWS the worker does
        require_ocr_engine()
        from ingest.pipeline import load_readers  # noqa: PLC0415

        with loading():
            load_readers()  # at start, not within the first request's time

    serve(settings, args.host, args.port)
    return 0


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    with loading():  # boto3 and the queue's libraries, as a backfill loads its own
        from ingest.worker import run_worker  # noqa: PLC0415

    run_worker(settings)
    return 0
