"""Run one file's parsing in a child process, so a runaway file is killed, not the worker."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import pickle
from collections.abc import Callable
from typing import TypeVar

from ingest.errors import CorruptFile, FileRejected, ProcessingTimeout

T = TypeVar("T")


def run_limited(fn: Callable[..., T], *args: object, timeout_s: float) -> T:
    """Call fn(*args) in a forked child with a wall-clock limit.

    A FileRejected raised in the child is re-raised here. Running past the limit kills the child and
    raises ProcessingTimeout; a child that dies without an answer (a crash in a native parser) raises
    CorruptFile.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, fn, args), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            raise ProcessingTimeout(f"Reading the file took longer than {timeout_s:g} s")
        try:
            ok, payload = receiver.recv()
        except EOFError:
            raise CorruptFile("The file made the reader fail") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if ok:
        return payload  # type: ignore[no-any-return]
    raise payload


def _child(
    sender: multiprocessing.connection.Connection, fn: Callable[..., object], args: tuple[object, ...]
) -> None:
    try:
        result: tuple[bool, object] = (True, fn(*args))
    except FileRejected as e:
        result = (False, e)
    except MemoryError:
        result = (False, CorruptFile("The file needs more memory to read than a statement can"))
    except Exception as e:  # a parser's own failure on bad input is a damaged file, not a worker crash
        result = (False, CorruptFile(f"The file could not be parsed ({type(e).__name__})"))
    try:
        sender.send(result)
    except (pickle.PicklingError, TypeError):
        sender.send((False, CorruptFile("The file could not be parsed")))
    finally:
        sender.close()
