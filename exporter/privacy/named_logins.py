"""An account's login spelled from the name of a person the same text names (issue 13, round 30).

Accounts are made from their owner's name the same few ways: the initial and the surname glued (`ngallagher` for
Niamh Gallagher), or the given name and the surname joined by `.`, `_` or `-` (`leontyne.marsh`). Where a record
names the person and the account side by side, the account is that person's as surely as the name: Ansible's `user`
module and its log (`name=akumar comment="Arjun Kumar"`), `useradd`'s journal line, `usermod -c 'Name' login`, an
error tracker's user context (`"email":"tobias.w...@...","username":"twendehorst"`), an approval (`approved by
mwanjiru (Mercy Wanjiru)`). Writers 14, 23 to 30 list such a login for removal; the rules took the name and the
address and left the login, since one glued word is read as a person's only from seven letters and only in a few
places (`session_logins.py`). The evidence here is the name, not the place: a person's name the gate took (two
capitalised words, both gone from the output) or a personal address it took (`handle_names`' reading of a local
part built from a person's names), and a login spelled from exactly that name. A system's account is spelled from
no name on its line (`deploy`, `svc-backup`), and a login that spells someone no rule took stays.
"""

from __future__ import annotations

import re

from exporter.privacy.handle_names import ADDRESS, person_parts
from exporter.privacy.name_lists import fold
from exporter.privacy.person_names import LATIN_LOWER, LATIN_UPPER, english_word
from exporter.privacy.personal_fields import replace_spans
from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT, placeholder_for

_PERSON = placeholder_for("person_name")
_EMAIL = placeholder_for("email")
# Two capitalised words of Latin letters side by side: a given name and a surname as a line writes them.
_NAME_PAIR = re.compile(
    rf"(?<![\w@./-])(?P<given>[{LATIN_UPPER}][{LATIN_LOWER}]{{1,20}})[ \t]+"
    rf"(?P<surname>[{LATIN_UPPER}][{LATIN_LOWER}'’]{{1,30}})(?![\w@/-])"
)
_WORD = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}'’]+")
# A login as a system prints it: lower case, one separator at most, not part of an address, a host name or a word.
_LOGIN = re.compile(r"(?<![\w.@-])[a-z][a-z0-9]{0,30}(?:[._-][a-z][a-z0-9]{0,30})?(?![\w@-]|\.\w)")
_PARTS = re.compile(r"[a-z]+")
_MIN_SURNAME = 4  # a glued initial before a shorter surname spells words and tools too (`jlee`, `amax`)


def _spellings(given: str, surname: str) -> set[str]:
    """The logins made from a given name (or its initial) and a surname, folded."""
    forms = {given + sep + surname for sep in "._-"} if len(given) > 1 else set()
    if len(surname) >= _MIN_SURNAME:
        forms.add(given[0] + surname)
    return {f for f in forms if not english_word(f)}


def _logins_of_people_taken(text: str, out: str) -> set[str]:
    """Every login spelled from a name or an address of `text` that `out` no longer holds."""
    left = set(_WORD.findall(out))
    forms: set[str] = set()
    for m in _NAME_PAIR.finditer(text):
        if m["given"] not in left and m["surname"] not in left:
            forms |= _spellings(fold(m["given"]), fold(m["surname"]).replace("’", ""))
    if "@" in text:
        kept = {k[0] for k in ADDRESS.finditer(out)}
        for m in ADDRESS.finditer(text):
            parts = _PARTS.findall(m[1].lower())[:2]
            # (the name opens the local part; a word after it qualifies the address: `wei.zhang.home@`)
            if m[0] not in kept and len(parts) == 2 and person_parts(".".join(parts)) is not None:
                forms |= _spellings(parts[0], parts[1])
    return forms


def logins_of_named_people(text: str, out: str) -> tuple[str, int]:
    """`out` with every login spelled from a person's name or address the gate took from `text` replaced too, and
    how many."""
    if _PERSON not in out and _EMAIL not in out:
        return out, 0
    forms = _logins_of_people_taken(text, out)
    if not forms:
        return out, 0
    pieces = PLACEHOLDER_SPLIT.split(out)
    found = 0

    for k in range(0, len(pieces), 2):
        piece = pieces[k]
        spans = [(m.start(), m.end(), "person_name") for m in _LOGIN.finditer(piece)
                 if m[0] in forms and not _in_a_sentence(piece, m.start(), m.end())
                 and (not m[0].isalpha() or _in_a_record(piece, m.start(), m.end()))]
        pieces[k], count = replace_spans(piece, spans)
        found += count.get("person_name", 0)
    return "".join(pieces), found


# A word of a sentence beside the spelling: letters and a blank before it, or a blank and letters after it that end
# in a blank, a sentence's mark or the line's end (a key after it, `name=akumar comment=...`, is a record's).
_WORD_BEFORE = re.compile(r"[^\W\d_][ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]+(?:[ \t.,;!?]|\Z)")


def _in_a_sentence(text: str, a: int, b: int) -> bool:
    """Whether the spelling at [a, b) stands between the words of a sentence: then it is the word it spells, a tool
    or a product the person acted on (`Rahel Edis flushed redis on cache-3`, `kafka lag is back`: round 30's review
    R3), and an account is printed where a record puts it (a field's value, a path, a command's argument, a trailer)."""
    return _WORD_BEFORE.search(text, max(0, a - 8), a) is not None or _WORD_AFTER.match(text, b) is not None


# Where a record prints an account: the value of a key naming one (`name=akumar`, `"username":"wzhang"`, `'name':
# 'jcarvalho'`, `name: ngallagher`) and a home directory (`/home/npatel`).
_ACCOUNT_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:name|user|username|login|owner)['\"]?[ \t]*[=:][ \t]*['\"]?|/home/)\Z", re.IGNORECASE)


def _in_a_record(text: str, a: int, b: int) -> bool:
    """Whether the glued spelling at [a, b) stands where a record prints an account. A glued word elsewhere is the
    word or the tool it spells as often as a login (`Rahel Edis flushed redis`, `Services touched by Rahel Edis:
    redis, nginx`: round 30's review R3; test_redaction_linear's twin `Author: Ines Carvalho` then `icarvalho`); one
    with a separator is a login by its form, which the found-name pass reads anywhere (`pushed by tom.rust`)."""
    return _ACCOUNT_BEFORE.search(text, max(0, a - 16), a) is not None
