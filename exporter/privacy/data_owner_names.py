"""A full name written right beside the personal data it owns, in words no name list holds (issue 13, round 27).

People give a contact, a customer or a payee the way a form or a roster does: the full name, then the number, the
address, the id or the account, with nothing but a comma, a colon, a bracket or the datum's own label between
(`On-call Thabo Mokoena (+27 82 ...)`, `Ntate Kabelo Sefali,+266 ...`, `Caaltuu Tasfaayee email ...`, `Айгөл
Хәйруллина, +7 917 ...`, `Горан Трајковски: 075 ...`); or the datum, then the name in brackets (`DE44... (Jonas
Weißbach)`, `ИНН ... (Хәйруллина Г. Р.)`). The writers of batches 18 and 23-26 wrote names so in English, Luganda,
Sesotho, Oromo, Bashkir, Tatar and Macedonian, and most of those names are in no list the gate reads. The place is the
evidence: two or more capitalised words (Latin or Cyrillic letters), right beside a datum the gate already took as a
person's, are that person's name.

What stands in the same place and is no person (a company's, a product's or a place's name, a heading), and stays:
a word that is a common English word and no listed given name (`Test Customer`, `Airtel Money`, `Kestrelbox Internal
Test`, `Ellery Talent`), a common German word (German writes its nouns capitalised: `Bekannte Kontaktdaten:`), a
function word or a month, a role (`Support`), an organisation's noun or a legal form (`Northbeam Removals Ltd`), a
saint's place (`São Paulo`), and a capitalised word of one or two letters (`Kimlik No`, `Ristorante Da Gino`). Such
words opening the run are left out of it (`On-call Thabo Mokoena`: the name is the last two); one such word after them
refuses the run. One word alone is not read (`(Wei)`, `Operator:`): the rules that read one word need a list or a
sentence to say it is a person. Only on a line where the gate took a person's datum (an address kept as a company's,
a freephone number, never opens this), so a line with nothing personal on it is never touched.

Each pattern is a bounded run of words before or after a placeholder, tried only where a word starts, so a line is
read in linear time.
"""

from __future__ import annotations

import re
from functools import cache

from detectors.word_lists import word_shares
from exporter.privacy.name_lists import FAKER_WORD_PER_MILLION, fold, german_words
from exporter.privacy.person_names import (
    EXCLUDED_WORDS,
    LATIN_LOWER,
    LATIN_UPPER,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    SAINT_WORDS,
    listed_names,
)
from exporter.privacy.rule_engine import Span

_PERSON = "<redacted:person_name>"
# The other alphabets with capitals, whose names are written capitalised as Latin ones are: Greek, Cyrillic, Armenian.
_CASED = [chr(c) for r in ((0x370, 0x400), (0x400, 0x530), (0x531, 0x588)) for c in range(*r)]
_UP = LATIN_UPPER + "".join(c for c in _CASED if c.isupper())
_LO = LATIN_LOWER + "".join(c for c in _CASED if c.islower())
_WORD = rf"[{_UP}][{_LO}]+(?:['’-][{_UP}]?[{_LO}]+)?"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ter|ten|bin|binti|ibn|al|el|ben)"
_TOKEN = rf"(?:[{_UP}]\.|{_PARTICLE}(?=[ \t]+(?:{_PARTICLE}[ \t]+)?[{_UP}])|{_WORD})"
_RUN = rf"(?P<name>{_WORD}(?:[ \t]+{_TOKEN}){{1,3}})"
# The person's data (the placeholders of `_PII_PLACEHOLDER` in person_names) and its own label before it.
_DATUM = r"<redacted:(?:email|phone|national_id|date_of_birth|postal_address|card_number|iban)>"
# After a comma, the datum's own label, one word in lower case or capitals of any language (`tel.`, `email`, `ЕГН`,
# `тэл.`, `корти`); else only the English ones.
_LABEL = r"(?:(?:e-?mail|mail|phone|mobile|tel\.?|cell)[ \t]*:?[ \t]*)?"
_ANY_LABEL = rf"(?:(?:[{_LO}]+|[{_UP}]{{2,}})\.?[ \t]*:?[ \t]*)?"
_BEFORE = re.compile(
    rf"(?<![\w@./'’<-]){_RUN}[ \t]*(?:,[ \t]*{_ANY_LABEL}|(?:[:(–—-][ \t]*)?{_LABEL})(?={_DATUM})"
)
_AFTER = re.compile(rf"{_DATUM}[ \t]*\({_RUN}\)")
_SHORTEST = 3  # letters of a name's word: a capitalised word of two (`No`, `Da`) is an abbreviation or a particle
_TOKENS = re.compile(rf"[{_UP}]\.|\S+")
_LATIN_LETTERS = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}'’-]+")


@cache
def _russian_words() -> frozenset[str]:
    """Common Russian words (pyspellchecker's list, as `german_words`): the Cyrillic words a heading or a firm's name
    is made of (`Служба Поддержки`, `Горячая Линия`). Read once, on the first Cyrillic run (or at start-up, `warm`)."""
    rare = FAKER_WORD_PER_MILLION / 1e6
    return frozenset(w for w, share in word_shares("ru").items() if share > rare)


def warm() -> None:
    """Read the Russian word list now, so that a server worker pays for it (a second or so) before its first request."""
    _russian_words()


def _ordinary(word: str) -> bool:
    """A word that names no person here: a common English, German or Russian word that is no listed given name
    (`Grace`, `Jonas`, `Ольга` stay names), a function word, a month, a role, an organisation's noun; a hyphenated
    word by its head (`On-call`)."""
    names = listed_names()
    for part in dict.fromkeys((word, word.split("-")[0])):
        low = part.lower()
        if low in EXCLUDED_WORDS or low in ROLE_WORDS or low in ORGANISATION_WORDS:
            return True
        if part.isascii() or _LATIN_LETTERS.fullmatch(part):
            common = names.word(part) or low in german_words()
            if common and not names.given(part, known=True):
                return True
        elif low in _russian_words() and not names.given(part):
            return True
    return False


def _name_span(line: str, a: int, b: int) -> Span | None:
    """The person's name within the run `line[a:b]`: the run after the ordinary words that open it, when what is
    left is two words, or a word and initials, none of them ordinary."""
    tokens = [(m.start() + a, m.end() + a, m[0]) for m in _TOKENS.finditer(line[a:b])]
    if any(fold(t.split("-")[0]) in SAINT_WORDS for _, _, t in tokens):
        return None
    while tokens and not tokens[0][2].endswith(".") and _ordinary(tokens[0][2]):
        tokens.pop(0)
    words = [t for _, _, t in tokens if not t.endswith(".") and not t.islower()]
    if len(tokens) < 2 or not words or tokens[0][2].islower():
        return None
    if any(len(w) < _SHORTEST or _ordinary(w) for w in words):
        return None
    return tokens[0][0], tokens[-1][1]


def data_owner_names(redacted: str) -> tuple[str, int]:
    """`redacted` with the full names written right beside a person's datum replaced too, and how many."""
    if "<redacted:" not in redacted:
        return redacted, 0
    spans = [
        span for pattern in (_BEFORE, _AFTER) for m in pattern.finditer(redacted)
        if (span := _name_span(redacted, *m.span("name"))) is not None
    ]
    pieces, end, found = [], 0, 0
    for a, b in sorted(set(spans)):
        if a < end:
            continue
        pieces += [redacted[end:a], _PERSON]
        end = b
        found += 1
    return "".join(pieces) + redacted[end:], found
