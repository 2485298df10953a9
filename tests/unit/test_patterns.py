"""The readers' patterns kept compiled from one process to the next: the same patterns as compiling them
gives, compiled again when the package changes, a kept file is broken, or bytecode is not written."""

from __future__ import annotations

import json
import marshal
import os
import random
import re
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
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


def _other_engine(monkeypatch: pytest.MonkeyPatch, compile_: Callable[..., object]) -> None:
    """This Python's engine as another Python might have it: its constructor `compile_`."""
    engine = sys.modules["_sre"]
    other = types.SimpleNamespace(CODESIZE=engine.CODESIZE, MAGIC=engine.MAGIC, compile=compile_)
    monkeypatch.setitem(sys.modules, "_sre", other)


def _refusing(*args: object) -> object:
    raise TypeError("compile() takes exactly 5 arguments (6 given)")


def _package_file_gone(engine: object) -> str:
    raise FileNotFoundError("a file of the package removed while it was listed")


DRIFTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "engine constructor of other arguments": lambda mp: _other_engine(mp, _refusing),
    "engine making other patterns": lambda mp: _other_engine(mp, lambda *args: re.compile("another")),
    "no compiler's code": lambda mp: mp.setitem(sys.modules, "re._compiler", types.SimpleNamespace()),
    "no parser": lambda mp: mp.setitem(sys.modules, "re._parser", types.SimpleNamespace()),
    "no cache": lambda mp: mp.setattr(patterns_module, "re", types.SimpleNamespace(__file__=re.__file__)),
    "package file gone": lambda mp: mp.setattr(patterns_module, "_digest", _package_file_gone),
}


@pytest.mark.parametrize("drift", DRIFTS.values(), ids=DRIFTS.keys())
def test_a_python_whose_re_differs_compiles_them_as_before_and_keeps_none(
    kept: Path, monkeypatch: pytest.MonkeyPatch, drift: Callable[[pytest.MonkeyPatch], None]
) -> None:
    """Nothing `ingest.patterns` uses of `re` is public: where any of it differs, the patterns are compiled
    by `re` as if none were kept, nothing fails, and nothing is kept that this Python might misread."""
    drawn = _drawn_patterns(19)
    expected = [re.compile(text, flags) for text, flags in drawn]
    _forget(drawn)
    drift(monkeypatch)
    with kept_patterns():
        compiled = [re.compile(text, flags) for text, flags in drawn]
    assert compiled == expected
    assert not list(kept.iterdir())


def test_a_kept_file_one_pattern_of_which_the_engine_refuses_primes_none(kept: Path) -> None:
    """A file tampered with, or written by a build of the engine that checks its code otherwise: one bad
    pattern and none is taken from it (all or none, so it is written whole again)."""
    drawn = _drawn_patterns(23)
    with kept_patterns():
        compiled = [re.compile(text, flags) for text, flags in drawn]
    (path,) = kept.glob("patterns-*.marshal")
    entries = marshal.loads(path.read_bytes())
    at = random.Random(23).randrange(len(entries))
    text, flags, compiled_flags, code, *rest = entries[at]
    entries[at] = (text, flags, compiled_flags, b"\xff" * len(code), *rest)  # no code the engine runs
    tampered = marshal.dumps(entries)
    path.write_bytes(tampered)
    _forget(drawn)
    with kept_patterns():
        assert not any((str, text, flags) in _CACHE for text, flags in drawn)  # none primed
        again = [re.compile(text, flags) for text, flags in drawn]
    assert again == compiled
    assert path.read_bytes() != tampered


def test_a_pattern_the_engine_would_not_make_again_is_not_kept(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code_of = patterns_module._code_of
    drawn = _drawn_patterns(29)
    garbled = drawn[random.Random(29).randrange(len(drawn))][0]

    def one_garbled(keys: list[object]) -> list[patterns_module.Kept]:
        """Its code as no engine runs it: as if this engine made it otherwise than `re` does."""
        return [
            (t, f, cf, b"\xff" * len(c) if t == garbled else c, groups, names, indexes)
            for t, f, cf, c, groups, names, indexes in code_of(keys)
        ]

    monkeypatch.setattr(patterns_module, "_code_of", one_garbled)
    with kept_patterns():
        for text, flags in drawn:
            re.compile(text, flags)
    (path,) = kept.glob("patterns-*.marshal")
    texts = {entry[0] for entry in marshal.loads(path.read_bytes())}
    assert garbled not in texts
    assert {text for text, _ in drawn} - {garbled} <= texts


def test_two_pythons_sharing_the_package_keep_a_file_each(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As their bytecode: neither replaces the other's at each start (each would compile them again)."""
    drawn = _drawn_patterns(31)
    with kept_patterns():
        re.compile(*drawn[0])
    (ours,) = kept.glob("patterns-*.marshal")
    monkeypatch.setattr(patterns_module, "TAG", "another-python-99")
    monkeypatch.setattr(patterns_module, "_digest", lambda engine: "another-build")
    _forget(drawn)
    with kept_patterns():
        re.compile(*drawn[0])
    assert len(list(kept.glob("patterns-*.marshal"))) == 2
    assert ours.exists()


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
