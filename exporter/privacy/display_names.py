"""A person's name read from the words alone where the place gives a weaker hint than a field that only a person
fills: a display name before its e-mail address in round brackets (`complaint from Thabo Nkosi (<e-mail>)`), a
value under a field or a flag that also names services (`"caller":`, `?owner=`, `--customer`).

The words must read as a person's (`reads_as_person`): `Oliver Bennett`, `Thabo Nkosi`; `Grace Period` (review
F34), `Kafka Connect`, `Grafana Cloud`, `Platform Team`, `Ruby Sidekiq` (R14) are not.
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


def _words(value: str) -> list[str] | None:
    words = value.split()
    if words and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or any(_WORD.fullmatch(w) is None or not w[0].isupper() for w in words):
        return None
    return words


def reads_as_person(value: str) -> bool:
    """Two to four capitalised words, none an English word unless a listed name, the last a listed name, and the
    first a listed given name unless no word is English (`Thabo Nkosi`). Review R14/R27: a listed given name and a
    word no list holds is how products, bots and brands are named (`Ruby Sidekiq`, `Stella Artois`, `Maria DB`)."""
    words = _words(value)
    if words is None:
        return False
    names = _names()
    if not all(names.given(w) or names.surname(w) or not names.word(w) for w in words):
        return False
    if not (names.surname(words[-1]) or names.given(words[-1])) or all(names.word(w) for w in words):
        return False
    return names.given(words[0]) or not any(names.word(w) for w in words)


def reads_as_full_name(value: str) -> bool:
    """A value under a field only people fill (`full_name`): a listed given name first and no English word
    (`Jonas Weißbach`, whose surname no list holds; `Princess Seaways`, `Color Magic` are not, review R15)."""
    words = _words(value)
    if words is None:
        return False
    names = _names()
    return names.given(words[0]) and not any(names.word(w) and not names.given(w) and not names.surname(w)
                                             for w in words)


_CAP = r"[A-ZÀ-Þ][\w'’-]{0,30}"
# (from the bracket back: the needle is the redacted address, the name the capitalised words right before it)
NAME_BEFORE_BRACKETED_ADDRESS = (
    rf"(?<![\w'’-])(?P<name>{_CAP}(?:[ \t]{_CAP}){{1,3}})[ \t]*\((?=<redacted:email>\))"
)
NAME_BEFORE_BRACKETED_ADDRESS_NEEDLES = ("(<redacted:email>)",)


def pick_name_before_bracketed_address(m: re.Match, text: str, floor: int) -> Span | None:
    return m.span("name") if reads_as_person(m["name"]) else None
