"""A person named by a word of the address or login the gate took as theirs (issue 13, round 26).

People are named beside the handle they made from their own name: `thomas.ekwueme@gmail.com  # Thomas's personal
account`, `declan.byrne78@eircom.net  # Declan covers nights`, `Dhr. Oosterhuis mailde vanaf pj.oosterhuis@...`,
`ssh amara.okafor@host  # handing the queue over to Amara`. The address is redacted (it is personal data), the name
beside it stayed: a given name alone in a comment, a surname after a title of a language no rule reads, a name no
list holds (`Dedeh`). The handle is the evidence, whatever the language around it: once the gate has taken an
address whose local part is built as a person's (two or more parts of letters joined by `.`, `_` or `-`, digits
after them), a capitalised word elsewhere in the same text that spells one of those parts is that person's name.

What the local part must not be, so that a team's or a product's mailbox never names its product on the line
(`grafana.alerts@...  # Grafana pages ops`, `billing.team@acme.io`): a part that is an English word and no listed
name, or a role (`support`, `admin`, `oncall`); and one part at least is a given name or surname of the census's or
Faker's lists, which a place's or a vendor's pair has not (`tokyo.noc@`, `datadog.pagerduty@`: review R2). A part of
two letters (`pj`) is initials and names no word. The word taken is no English word, month or function word: a
person whose name is also a word (`dawn.price@...`) names a service or a colour too (`Price service returns 500`,
`Green deployment is live`: review R1), and that word stays. Only a
handle the gate already redacted counts (an address kept as a role's or a system's, `noreply@`, names nobody), and
the text is read once per pass: the addresses by one pattern, then the capitalised words by one alternation of the
parts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from exporter.privacy.name_lists import fold
from exporter.privacy.person_names import (
    EXCLUDED_WORDS,
    LATIN_LOWER,
    LATIN_UPPER,
    ROLE_WORDS,
    english_word,
    listed_names,
)
from exporter.privacy.personal_fields import replace_spans
from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT

_PERSON = "person_name"  # the kind its placeholder names
# A local part of an e-mail address or a `user@host` login: letters, digits and `._-`, at most 64 characters
# (RFC 5321 4.5.3.1.1), not glued to a word or a path before it.
ADDRESS = re.compile(r"(?<![\w.+/-])([A-Za-z][A-Za-z0-9._-]{0,63})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
# A local part as a person builds one: two or more runs of letters joined by `.`, `_` or `-` (the first may be an
# initial, `t.wierzbicki`), digits at the end.
_PERSON_LOCAL = re.compile(r"[A-Za-z]{1,20}(?:[._-][A-Za-z]{2,20}){1,2}[0-9]{0,4}")
_PART = re.compile(r"[A-Za-z]+")
_MIN_PART = 3  # a part of two letters is initials (`pj.oosterhuis`): no word is read from it
# A capitalised word of Latin letters, whole (not part of a longer word, a path or an address); a possessive may follow.
_WORD = re.compile(rf"(?<![\w@./'’-])[{LATIN_UPPER}][{LATIN_LOWER}]{{2,}}(?![\w@/-]|\.\w|['’](?!s(?!\w)))")


@lru_cache(maxsize=4096)
def person_parts(local: str) -> tuple[str, frozenset[str]] | None:
    """The folded first part and the parts (of three letters or more) of a local part built as a person's, or None
    when a part is a word or a role."""
    if _PERSON_LOCAL.fullmatch(local) is None:
        return None
    names = listed_names()
    parts = _PART.findall(local.lower())
    for part in parts:
        if part in ROLE_WORDS or (names.word(part) and not (names.given(part) or names.surname(part))):
            return None
    if not any(names.given(part, known=True) or names.surname(part, known=True) for part in parts):
        return None  # no part the census or Faker lists: a place's or a vendor's pair (`tokyo.noc`, review R2)
    kept = frozenset(part for part in parts if len(part) >= _MIN_PART)
    return (parts[0], kept) if kept else None


def _name_word(word: str) -> bool:
    """A capitalised word that can be the handle's name where it stands: no English word (`Price service`, `Green
    deployment`, `Page the on-call`: review R1) and no month or function word (`June release`)."""
    return not english_word(word) and word.lower() not in EXCLUDED_WORDS


def _taken_parts(handles: list[tuple[str, frozenset[str]]], present: set[str]) -> set[str]:
    """The parts read as the person's name: a handle's first part (a given name opens most handles: `declan.byrne78`),
    or any of its parts when two of them stand in the text (as written, before the rules). A later part alone is not taken: it is as often a vendor's
    or a place's name that is also a surname (`john.dell@... Dell server`, `anna.siemens@... Siemens PLC`: review R7)."""
    taken: set[str] = set()
    for first, parts in handles:
        here = parts & present
        if len(here) >= 2:
            taken |= here
        elif first in here:
            taken.add(first)
    return taken


def names_from_handles(original: str, redacted: str) -> tuple[str, int]:
    """`redacted` with the capitalised words that spell a part of a redacted personal address of `original` replaced
    too, and how many."""
    if "@" not in original or "<redacted:" not in redacted:
        return redacted, 0
    handles: list[tuple[str, frozenset[str]]] = []
    kept: set[str] | None = None  # the addresses the gate left as written, read once (a test per address is quadratic)
    for m in ADDRESS.finditer(original):
        person = person_parts(m[1])
        if person is None or person in handles:
            continue
        if kept is None:
            kept = {k[0] for k in ADDRESS.finditer(redacted)}
        if m[0] not in kept:  # the gate took this address (or its local part) as personal data
            handles.append(person)
    if not handles:
        return redacted, 0
    parts = frozenset().union(*(p for _, p in handles))
    pieces = PLACEHOLDER_SPLIT.split(redacted)
    words = [[(w.span(), fold(w[0])) for w in _WORD.finditer(pieces[i]) if fold(w[0]) in parts and _name_word(w[0])]
             for i in range(0, len(pieces), 2)]
    # (which parts stand in the text is read in the original: a given name the rules already took still counts)
    taken = _taken_parts(handles, {f for w in _WORD.finditer(original) if (f := fold(w[0])) in parts})
    found = 0
    for k, piece_words in enumerate(words):
        spans = [(a, b, _PERSON) for (a, b), f in piece_words if f in taken]
        pieces[2 * k], count = replace_spans(pieces[2 * k], spans)
        found += count.get(_PERSON, 0)
    return "".join(pieces), found
