"""A person's name read from the words alone where the place gives a weaker hint than a field that only a person
fills: a display name before its e-mail address in round brackets (`complaint from Thabo Nkosi (<e-mail>)`), a
value under a field or a flag that also names services (`"caller":`, `?owner=`, `--customer`).

The words must read as a person's: two to four capitalised words, none a common English word unless it is also a
listed name, and either the first a listed given name (and not all of them English words: `Oliver Bennett`) or,
for a given name no list holds, no English word at all and a listed surname after it (`Thabo Nkosi`). `Grace
Period` (review F34), `Kafka Connect`, `Grafana Cloud`, `Platform Team` are not.
"""

from __future__ import annotations

import re
from functools import cache

Span = tuple[int, int]

_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Frau", "Herr", "Sr", "Sra", "Mme", "M"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _names():
    from exporter.privacy.person_names import _names as names

    return names()


def reads_as_person(value: str) -> bool:
    words = value.split()
    if words and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or any(_WORD.fullmatch(w) is None or not w[0].isupper() for w in words):
        return False
    names = _names()
    if not all(names.given(w) or names.surname(w) or not names.word(w) for w in words):
        return False
    if names.given(words[0]):
        return not all(names.word(w) for w in words)
    # a given name no list holds (`Thabo Nkosi`): no word of it English, and a listed surname
    return not any(names.word(w) for w in words) and any(names.surname(w) for w in words[1:])


_CAP = r"[A-ZÀ-Þ][\w'’-]{0,30}"
# (from the bracket back: the needle is the redacted address, the name the capitalised words right before it)
NAME_BEFORE_BRACKETED_ADDRESS = (
    rf"(?<![\w'’-])(?P<name>{_CAP}(?:[ \t]{_CAP}){{1,3}})[ \t]*\((?=<redacted:email>\))"
)
NAME_BEFORE_BRACKETED_ADDRESS_NEEDLES = ("(<redacted:email>)",)


def pick_name_before_bracketed_address(m: re.Match, text: str, floor: int) -> Span | None:
    return m.span("name") if reads_as_person(m["name"]) else None
