"""The readers' patterns kept compiled from one process to the next: the same patterns as compiling them
gives, compiled again when the package changes, a kept file is broken, or bytecode is not written."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import ingest.patterns as patterns_module
from ingest.patterns import kept_patterns

_CACHE: dict[object, re.Pattern[str]] = getattr(re, "_cache")  # noqa: B009  (re's own, private)


def _drawn_patterns(seed: int) -> list[tuple[str, int]]:
    """Patterns of the kinds the readers compile, each text new to this process: long alternatives of
    words, named and numbered groups, back references, lookarounds, inline and given flags."""
    rng = random.Random(seed)
    tag = f"q{seed}x{rng.randrange(10**9)}"
    words = [
        "".join(rng.choice("abcdefghíjklmnopqrstuvwxyzαβγ") for _ in range(rng.randint(2, 9)))
        for _ in range(60)
    ]
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return [
        (rf"\b{tag}(?:{alternatives})\b", 0),
        (rf"^(?P<day>\d{{1,2}})([./-])(?P<month>\d{{1,2}})\2(?P<year>\d{{4}}){tag}$", 0),
        (rf"(?<!\w)(?:(?P<bank>{alternatives})|(?P<you>{tag}))(?!\d)", re.IGNORECASE),
        (rf"(?i)[^\W\d_]+\.? ?\d{tag}", 0),
    ]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Patterns kept in a scratch folder, bytecode written; the patterns a test compiles leave re's cache."""
    monkeypatch.setattr(patterns_module, "KEPT", tmp_path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    before = set(_CACHE)
    yield tmp_path
    for key in set(_CACHE) - before:
        _CACHE.pop(key, None)


def _forget(drawn: list[tuple[str, int]]) -> None:
    for text, flags in drawn:
        _CACHE.pop((str, text, flags), None)


@pytest.mark.parametrize("seed", range(3))
def test_kept_patterns_are_the_patterns_compiling_them_gives(kept: Path, seed: int) -> None:
    drawn = _drawn_patterns(seed)
    with kept_patterns():
        compiled = [re.compile(text, flags) for text, flags in drawn]
    assert len(list(kept.glob("patterns-*.marshal"))) == 1
    _forget(drawn)
    with kept_patterns():
        primed = {key: _CACHE[key] for key in [(str, text, flags) for text, flags in drawn]}
        again = [re.compile(text, flags) for text, flags in drawn]
    assert all(a is primed[(str, t, f)] for a, (t, f) in zip(again, drawn, strict=True))  # not compiled
    for a, b in zip(compiled, again, strict=True):
        assert a == b  # CPython compares a pattern's text, flags and engine code
        assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


def test_a_package_changed_compiles_its_patterns_again(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = _drawn_patterns(7)
    with kept_patterns():
        re.compile(*drawn[0])
    before = set(kept.glob("patterns-*.marshal"))
    monkeypatch.setattr(patterns_module, "_digest", lambda engine: "another-package")
    _forget(drawn)
    with kept_patterns():
        re.compile(*drawn[0])
    after = set(kept.glob("patterns-*.marshal"))
    assert len(after) == 1 and after != before  # the older package's patterns are not left behind


@pytest.mark.parametrize("broken", [b"", b"\x00\x01", b"[]"])
def test_a_kept_file_cut_short_or_of_another_shape_compiles_them_again(kept: Path, broken: bytes) -> None:
    drawn = _drawn_patterns(11)
    with kept_patterns():
        compiled = [re.compile(text, flags) for text, flags in drawn]
    (path,) = kept.glob("patterns-*.marshal")
    path.write_bytes(broken)
    _forget(drawn)
    with kept_patterns():
        again = [re.compile(text, flags) for text, flags in drawn]
    assert again == compiled
    assert path.read_bytes() != broken  # written whole again


def test_nothing_is_kept_where_bytecode_is_not_written(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with kept_patterns():
        re.compile(*_drawn_patterns(13)[0])
    assert not list(kept.iterdir())


def test_a_folder_that_cannot_be_written_to_is_not_asked_to_keep_them(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeping the patterns compiles them once more: not where they cannot be written (a package
    installed read-only, here a folder that is a file)."""
    blocked = kept / "a file"
    blocked.write_bytes(b"")
    monkeypatch.setattr(patterns_module, "KEPT", blocked / "__pycache__")

    def compiled_again(keys: list[object]) -> list[object]:
        raise AssertionError("patterns compiled again to be kept where they cannot be")

    monkeypatch.setattr(patterns_module, "_code_of", compiled_again)
    drawn = _drawn_patterns(17)
    with kept_patterns():
        compiled = [re.compile(text, flags) for text, flags in drawn]
    assert all(p.pattern == text for p, (text, _) in zip(compiled, drawn, strict=True))
    assert list(kept.iterdir()) == [blocked]


# In a fresh process, every pattern the package compiles while the readers load, none found kept.
_READERS_PATTERNS = """
import json, traceback
from re import _compiler
import ingest.patterns

ingest.patterns.KEPT = ingest.patterns.PACKAGE / "no such folder"
compile_, ours = _compiler.compile, set()

def compile_noting(pattern, flags=0):
    callers = [frame for frame in traceback.extract_stack()[:-1] if "/re/" not in frame.filename]
    if "/ingest/" in callers[-1].filename:
        ours.add(f"{flags}:{pattern}")
    return compile_(pattern, flags)

_compiler.compile = compile_noting
from ingest.pipeline import load_readers
load_readers()
print(json.dumps(sorted(ours)))
"""


def _readers_patterns(hash_seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(
        [sys.executable, "-c", _READERS_PATTERNS], env=env, capture_output=True, text=True, check=True
    )
    patterns: list[str] = json.loads(run.stdout)
    return patterns


def test_the_readers_compile_the_same_patterns_in_every_process() -> None:
    """A pattern whose text depends on the process (alternatives in a set's order) would be compiled at
    every start, never found kept."""
    first, second = _readers_patterns("1"), _readers_patterns("2")
    assert len(first) > 100  # the readers' patterns, compiled
    assert first == second
