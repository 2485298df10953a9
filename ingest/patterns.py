"""The regular expressions the readers compile as they load, kept compiled from one process to the next.

Compiling them is about half of loading the readers (~120 ms of CPU at the start of every process that
reads files: `re`'s parser and compiler, in Python, over the lexicons' long alternatives). What `re`
compiles each pattern to (its engine's code) is kept beside the package's bytecode, under the same rule
(`sys.dont_write_bytecode`), named by this Python's engine and by the package's files as bytecode is
(names, sizes, times: a file edited compiles its patterns again), and handed to `re`'s own cache before
the readers load, so that each `re.compile` of theirs finds its pattern compiled (~5 ms for them all). A
kept pattern is the engine's object made from the very code `re` made: equal to compiling it again. A
Python whose `re` keeps no such cache, a kept file that cannot be read, or an engine that refuses it,
compiles the patterns as before.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).parent
KEPT = PACKAGE / "__pycache__"
_CODE = "I"  # the engine's code words (`_sre.CODESIZE` bytes each, 4 in CPython)

# A kept pattern: its text, the flags it was compiled with, the flags it has, its code (as bytes), its
# number of groups, and its groups' names both ways.
Kept = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]


@contextlib.contextmanager
def kept_patterns() -> Iterator[None]:
    """Load modules with the patterns they compile taken from the kept ones; where none are kept for the
    package as it is (a file edited, a first run), keep the patterns compiled while they load."""
    cache = getattr(re, "_cache", None)
    engine = _engine()
    if not isinstance(cache, dict) or engine is None:
        yield
        return
    path = KEPT / f"patterns-{_digest(engine)}.marshal"
    primed = _prime(cache, engine, path)
    yield
    if not primed and not sys.dont_write_bytecode:  # none kept for this package yet, or none readable
        _keep(path, [key for key in cache if key[0] is str])


def _engine() -> Any:
    """`re`'s engine and code format, where this Python has the ones kept patterns are made for."""
    with contextlib.suppress(ImportError, AttributeError):
        sre = importlib.import_module("_sre")
        if array.array(_CODE).itemsize == sre.CODESIZE and hasattr(sre, "compile"):
            return sre
    return None


def _digest(engine: Any) -> str:
    """This Python's engine and the package's files (names, sizes, times)."""
    digest = hashlib.sha256(f"{sys.version}\0{engine.MAGIC}\0{re.__file__}".encode())
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.toml")]):
        stat = path.stat()
        digest.update(f"{path.relative_to(PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:20]


def _prime(cache: dict[Any, Any], engine: Any, path: Path) -> set[Any]:
    """Put the kept patterns in `re`'s cache; the keys put there."""
    primed: set[Any] = set()
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError, RuntimeError):
        kept: list[Kept] = marshal.loads(path.read_bytes())  # noqa: S302  (ours, beside our bytecode)
        for text, flags, compiled_flags, code, groups, names, indexes in kept:
            key = (str, text, flags)
            if key not in cache:
                words = array.array(_CODE, code).tolist()
                cache[key] = engine.compile(text, compiled_flags, words, groups, names, indexes)
                primed.add(key)
    return primed


def _keep(path: Path, keys: list[Any]) -> None:
    """Write these patterns' code where `kept_patterns` looks for it, replacing any kept before; a
    package that cannot be written to (installed read-only) compiles its patterns at every start, and
    is not asked to keep them (which compiles them once more)."""
    written = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        file = written.open("xb")
    except OSError:
        return
    with file, contextlib.suppress(OSError, ValueError, TypeError, OverflowError):
        file.write(marshal.dumps(_code_of(keys)))
        file.close()
        for old in path.parent.glob("patterns-*.marshal"):
            old.unlink(missing_ok=True)
        os.replace(written, path)  # whole or not at all: other processes may be loading it
    written.unlink(missing_ok=True)


def _code_of(keys: list[Any]) -> list[Kept]:
    """What `re` compiles these patterns to, as kept."""
    parser, compiler = importlib.import_module("re._parser"), importlib.import_module("re._compiler")
    kept: list[Kept] = []
    for _, text, flags in keys:
        parsed = parser.parse(text, flags)
        names = dict(parsed.state.groupdict)
        indexes: list[str | None] = [None] * parsed.state.groups
        for name, index in names.items():
            indexes[index] = name
        code = array.array(_CODE, compiler._code(parsed, flags)).tobytes()
        kept.append(
            (text, flags, flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(indexes))
        )
    return kept
