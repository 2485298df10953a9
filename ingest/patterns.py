"""The regular expressions the readers compile as they load, kept compiled from one process to the next.

Compiling them is about half of loading the readers (~150 ms of CPU at the start of every process that
reads files: `re`'s parser and compiler, in Python, over the lexicons' long alternatives). What `re`
compiles each pattern to (its engine's code) is kept beside the package's bytecode, under the same rule
(`sys.dont_write_bytecode`), named by this Python's engine and by the package's files as bytecode is
(names, sizes, times: a file edited compiles its patterns again), and handed to `re`'s own cache before
the readers load, so that each `re.compile` of theirs finds its pattern compiled (~15 ms for them all). A
kept pattern is the engine's object made from the very code `re` made: equal to compiling it again.

Nothing here is `re`'s public interface (its cache, its parser and compiler, the engine's constructor),
so every use of it may fail, and every failure compiles the patterns as before: a Python whose engine
does not make from kept code the pattern `re` compiles is found by one small pattern before anything is
read or kept; a kept file that cannot be read, or any of whose patterns the engine refuses, primes none
and is written again; a pattern whose kept code the engine would not make equal to `re`'s is not kept.
A kept file is trusted as the bytecode beside it is: whoever can write one can write the other.
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
# Bytecode's own tag ("cpython-311"): two Pythons sharing the package each keep a file, as their bytecode.
TAG = sys.implementation.cache_tag
_CODE = "I"  # the engine's code words (`_sre.CODESIZE` bytes each, 4 in CPython)
# A pattern with every part of what is kept (flags, numbered and named groups, a back reference): made
# from its kept code once, to see whether this Python's engine makes what `re` compiles.
_PROBE = (r"(?i)(?P<word>[a-zé]+)(\d)\1|\b", int(re.MULTILINE))

# A kept pattern: its text, the flags it was compiled with, the flags it has, its code (as bytes), its
# number of groups, and its groups' names both ways.
Kept = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]


@contextlib.contextmanager
def kept_patterns() -> Iterator[None]:
    """Load modules with the patterns they compile taken from the kept ones; where none are kept for the
    package as it is (a file edited, a first run), keep the patterns compiled while they load."""
    cache = getattr(re, "_cache", None)
    engine = _engine() if isinstance(cache, dict) else None
    path = None if engine is None else _kept_file(engine)
    if not isinstance(cache, dict) or path is None:  # no such cache, or an engine that differs
        yield
        return
    primed = _prime(cache, engine, path)
    yield
    if not primed and not sys.dont_write_bytecode:  # none kept for this package yet, or none usable
        _keep(path, engine, {key: p for key, p in dict(cache).items() if key[0] is str})


def _engine() -> Any:
    """`re`'s engine, where it makes from kept code the very pattern `re` compiles; else None."""
    try:
        sre = importlib.import_module("_sre")
        if array.array(_CODE).itemsize != sre.CODESIZE:
            return None
        compiled = importlib.import_module("re._compiler").compile(*_PROBE)
        (kept,) = _code_of([(str, *_PROBE)])
        return sre if _remade(sre, kept, compiled) else None
    except Exception:  # `re`'s private parts as another Python has them, whatever fails: compile as before
        return None


def _kept_file(engine: Any) -> Path | None:
    """Where the patterns are kept for this Python's engine and the package's files as they are."""
    try:
        return KEPT / f"patterns-{TAG}-{_digest(engine)}.marshal"
    except OSError:  # a file of the package removed while it was listed
        return None


def _digest(engine: Any) -> str:
    """This Python's engine and the package's files (names, sizes, times)."""
    digest = hashlib.sha256(f"{sys.version}\0{engine.MAGIC}\0{re.__file__}".encode())
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.toml")]):
        stat = path.stat()
        digest.update(f"{path.relative_to(PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:20]


def _prime(cache: dict[Any, Any], engine: Any, path: Path) -> bool:
    """Put the kept patterns in `re`'s cache, all or none (a file cut short, of another shape, or any of
    whose patterns the engine refuses primes none); whether they were put there."""
    try:
        kept: list[Kept] = marshal.loads(path.read_bytes())  # noqa: S302  (ours, beside our bytecode)
        made = {(str, entry[0], entry[1]): _made(engine, entry) for entry in kept}
    except (OSError, EOFError, ValueError, TypeError, LookupError, RuntimeError):
        return False
    for key, pattern in made.items():
        cache.setdefault(key, pattern)
    return True


def _made(engine: Any, kept: Kept) -> re.Pattern[str]:
    """The engine's pattern made from its kept code, as `re`'s compiler makes it."""
    text, _, flags, code, groups, names, indexes = kept
    pattern: re.Pattern[str] = engine.compile(
        text, flags, array.array(_CODE, code).tolist(), groups, names, indexes
    )
    return pattern


def _remade(engine: Any, kept: Kept, compiled: re.Pattern[str]) -> bool:
    """Whether the engine makes from a pattern's kept code the very pattern `re` compiled."""
    try:
        made = _made(engine, kept)
    except (ValueError, TypeError, RuntimeError):  # RuntimeError: code the engine finds invalid
        return False
    return made == compiled and (made.groups, made.groupindex) == (compiled.groups, compiled.groupindex)


def _keep(path: Path, engine: Any, compiled: dict[Any, re.Pattern[str]]) -> None:
    """Write these patterns' code where `kept_patterns` looks for it, replacing any this Python kept
    before; each pattern only if the engine makes from its code the one `re` compiled. A package that
    cannot be written to (installed read-only) compiles its patterns at every start, and is not asked
    to keep them (which compiles them once more)."""
    written = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        file = written.open("xb")
    except OSError:
        return
    with file, contextlib.suppress(OSError, ValueError, TypeError, OverflowError):
        kept = [k for k in _code_of(list(compiled)) if _remade(engine, k, compiled[(str, k[0], k[1])])]
        file.write(marshal.dumps(kept))
        file.close()
        for old in path.parent.glob(f"patterns-{TAG}-*.marshal"):
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
