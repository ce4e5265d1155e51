"""The names an org gives its own things, as its history writes them, and the short forms that stand for one.

People shorten the names they use every day: "mm" for the matchmaker service, "jp" for journey-planner. No
word list knows an org's names, and an embedding scores such pairs no higher than a one-token flip. What does
know them is the org's own history: label values on the alerts it received (service="matchmaker",
cluster="skf-prod-eu1") and the names written as identifiers in the questions it recorded. A short form is read
as a name only when it is no word of the language and is the initials of exactly one known name's parts, so
"mm" is matchmaker in an org that runs no other "m... m..." service and stays unread in one that also runs
media-mixer. With no history the set is empty and nothing is read as an alias. (Fragments of a name, "na1" or
"prod na1" for skf-prod-na1, were read too in round 11 and reverted: bench/RESULTS.md.)

Pure functions, no I/O: the caller gathers the texts and labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from detectors.word_lists import is_word

__all__ = ["initials", "label_names", "names_in", "parts", "vocabulary"]

#: A name written as an identifier: letters and digits joined by "-" or "_" ("skf-prod-eu1", "pg-profiles-02",
#: "lobby-svc"), starting with a letter. Dates, times, versions and ranges ("2026-01-07", "v1.2", "10-12") are
#: not, and neither are words the language hyphenates ("re-checking", "e-mail": written together they are a word).
_NAME = re.compile(r"(?<![\w./:-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![\w-])")
#: Label keys whose values name a thing (not free text such as a summary, nor a severity or a state).
_NAME_KEYS = frozenset(("service", "svc", "app", "application", "job", "cluster", "namespace", "ns", "team", "squad",
                        "owner", "host", "hostname", "instance", "node", "pod", "container", "deployment", "database",
                        "db", "queue", "topic", "region", "zone", "env", "environment", "tenant", "component"))
_VALUE = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")


def names_in(text: str) -> set[str]:
    """Names written as identifiers in one question ("is lobby-svc up on skf-prod-na1" -> both)."""
    found = set()
    for m in _NAME.finditer(text.lower()):
        name = m[0]
        if not is_word(re.sub(r"[-_]", "", name)):
            found.add(name)
    return found


def label_names(labels: Mapping[str, str]) -> set[str]:
    """Values of an alert's labels that name a thing (service, cluster, namespace, team, host ...)."""
    out = set()
    for key, value in labels.items():
        v = str(value).strip().lower()
        if key.lower() in _NAME_KEYS and 2 <= len(v) <= 64 and _VALUE.fullmatch(v):
            out.add(v.split(":", 1)[0])
    return out


def vocabulary(texts: Iterable[str] = (), labels: Iterable[Mapping[str, str]] = ()) -> frozenset[str]:
    """The org's known names: identifiers in its recorded questions and name-like values of its alert labels."""
    names: set[str] = set()
    for text in texts:
        names |= names_in(text)
    for one in labels:
        names |= label_names(one)
    return frozenset(names)


def parts(name: str) -> tuple[str, ...]:
    """"skf-prod-eu1" -> (skf, prod, eu1); a name in one word is its two halves when both are words of the
    language ("matchmaker" -> match, maker), else itself."""
    pieces = tuple(p for p in re.split(r"[-_.]", name) if p)
    if len(pieces) == 1:
        return _halves(pieces[0])
    return pieces


@lru_cache(maxsize=8192)
def _halves(word: str) -> tuple[str, ...]:
    if not word.isalpha() or len(word) < 6:
        return (word,)
    splits = [(word[:i], word[i:]) for i in range(3, len(word) - 2) if is_word(word[:i]) and is_word(word[i:])]
    return splits[0] if len(splits) == 1 else (word,)  # two ways to read it: no reading


def initials(name: str) -> str:
    """The first letters of a name's parts: "matchmaker" -> "mm", "journey-planner" -> "jp"; "" for one part."""
    p = parts(name)
    return "".join(x[0] for x in p) if len(p) >= 2 and all(x[0].isalpha() for x in p) else ""
