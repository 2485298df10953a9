"""What a file prints that may tie it to a statement read from another file: names, numbers, web addresses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.extract.words import PageWords

_NOT_ALNUM = re.compile(r"[\W_]+")
_WEB = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,6}$")
_AFFIX = "-+\"'“”‘’«»()[]{}.,:;!?*#<>|"
# A web address's last labels of this length or less are its country and kind ("co.uk", "com.au");
# the label before them is the name it is registered under.
MAX_SUFFIX_LABEL = 3
MIN_NAME_LENGTH = 3  # shorter labels ("my", "ib") are too likely to be printed by anyone


@dataclass(frozen=True, slots=True)
class Marks:
    """A file's marks: the names of the web addresses it prints (a bank prints its own on every page of
    a statement, terms included), and, for a file in which no statement was read, each of its words in
    lower case, letters and digits only, in reading order (to find another statement's account number
    or bank's name in it)."""

    web_names: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


def marks_of(pages: Iterable[PageWords], *, words: bool) -> Marks:
    """The marks of a file's pages; its words too when `words`."""
    texts = [w.text for page in pages for w in page.words]
    names = dict.fromkeys(n for n in map(web_name, texts) if n)
    kept = tuple(t for t in (_NOT_ALNUM.sub("", t.casefold()) for t in texts) if t) if words else ()
    return Marks(web_names=tuple(names), words=kept)


def web_name(text: str) -> str | None:
    """The name a web or e-mail address is registered under ("www.hsbc.co.uk" gives "hsbc"), or None."""
    address = text.strip(_AFFIX).casefold().rpartition("@")[2]
    if not _WEB.match(address):
        return None
    labels = address.split(".")
    while len(labels) > 1 and len(labels[-1]) <= MAX_SUFFIX_LABEL:
        labels.pop()
    if len(labels) == len(address.split(".")):
        return None  # no country or kind at its end: not an address ("page.total")
    name = labels[-1]
    return name if len(name) >= MIN_NAME_LENGTH and name != "www" else None
