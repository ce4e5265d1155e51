"""A full name written right beside the personal datum it owns, in words no name list holds (issue 13, round 27).

People give a customer or a payee the way a form or a roster does: the full name, then the id, the card or the e-mail
address, with nothing but a comma, a colon, a bracket or the datum's own label between (`Caaltuu Tasfaayee email
chaltu...@`, `Temitope Oyelaran,temi...@`, `Веселина Тодорова Стоянова, ЕГН ...`, `Раҳимова Нигина, корти <card>`); or
the datum, then the name in brackets (`ИНН ... (Хәйруллина Г. Р.)`). The writers of batches 21 and 23-25 wrote names so
in Oromo, English, Bulgarian, Tajik and Tatar, and those names are in no list the gate reads. The place and the
datum's kind are the evidence: two or more capitalised words (Latin, Greek, Cyrillic or Armenian letters), right
beside a datum that only a person has, are that person's name.

A datum only a person has: a national id, a birth date, a card, or an e-mail address the gate took whose local part is
built as a person's (two or more runs of letters, none a common English word or a role: not `noc@`, `sales@`,
`sg.ops@`). A phone number is not one: a site's, a shift's or a data centre's line, mobile or fixed, is written the
same way (`Bengaluru Whitefield, +91 98765 ...`, `Kuala Lumpur: +60 3 ...`; reviews R1, R2); nor an account number
(firms hold accounts: `DE89... (Kuehne Nagel)`), nor a postal address.

What stands in the same place and is no person (a company's, a product's or a place's name, a heading), and stays:
a word that is a common English word and no listed given name (`Test Customer`, `Platform Team`), a common German word
(German writes its nouns capitalised: `Bekannte Kontaktdaten:`) or Russian word (`Служба Поддержки`), a function word
or a month, a role, an organisation's noun or a legal form (`Northbeam Removals Ltd`), a word of a country's name (`Mtn
Uganda`), a saint's place (`São Paulo`), and a capitalised word of one or two letters (`Kimlik No`). Such words opening
the run are left out of it (`Backup Tuvshin Ganbold`: the name is the last two); one such word after them refuses the
run. One word alone is not read (`(Checkout)`): the rules that read one word need a list or a sentence to say it is a
person. Greek and Armenian have no common-word list in the venv: their runs are refused only by the datum's kind.

Each pattern is a bounded run of words before or after a placeholder, tried only where a word starts, and the text
before the rules is read forward once for the addresses the placeholders replaced, so a line is read in linear time.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

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
from exporter.privacy.personal_fields import replace_spans
from exporter.privacy.rule_engine import Span

_PERSON = "person_name"  # the kind its placeholder names
# The other alphabets with capitals, whose names are written capitalised as Latin ones are: Greek, Cyrillic, Armenian.
_CASED = [chr(c) for r in ((0x370, 0x400), (0x400, 0x530), (0x531, 0x588)) for c in range(*r)]
_UP = LATIN_UPPER + "".join(c for c in _CASED if c.isupper())
_LO = LATIN_LOWER + "".join(c for c in _CASED if c.islower())
_WORD = rf"[{_UP}][{_LO}]+(?:['’-][{_UP}]?[{_LO}]+)?"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ter|ten|bin|binti|ibn|al|el|ben)"
_TOKEN = rf"(?:[{_UP}]\.|{_PARTICLE}(?=[ \t]+(?:{_PARTICLE}[ \t]+)?[{_UP}])|{_WORD})"
_RUN = rf"(?P<name>{_WORD}(?:[ \t]+{_TOKEN}){{1,3}})"
# The data that are a person's by their kind, which a site, a firm or a team never has: a national id, a birth date, a
# card, and an e-mail address whose local part is built as a person's (`_personal_local`). Not a phone number (a site's
# or a shift's mobile is as common as a person's: `Bengaluru Whitefield, +91 98765 ...`, review R2), not an account
# number (firms hold accounts: `DE89... (Kuehne Nagel)`, review R1), not a postal address.
_DATUM = r"<redacted:(?P<kind>email|national_id|date_of_birth|card_number)>"
# After a comma, the datum's own label in any language, one word in lower case or capitals (`email`, `ЕГН`, `корти`);
# else only the English ones.
_LABEL = r"(?:(?:e-?mail|mail|card|id)[ \t]*:?[ \t]*)?"
_ANY_LABEL = rf"(?:(?:[{_LO}]+|[{_UP}]{{2,}})\.?[ \t]*:?[ \t]*)?"
_BEFORE = re.compile(
    rf"(?<![\w@./'’<-]){_RUN}[ \t]*(?:,[ \t]*{_ANY_LABEL}|(?:[:(–—-][ \t]*)?{_LABEL})(?={_DATUM})"
)
_AFTER = re.compile(rf"{_DATUM}[ \t]*\({_RUN}\)")
# An e-mail address's local part (RFC 5321: at most 64 characters) right after, or right before, what is written.
_LOCAL_AFTER = re.compile(r"[\w.+-]{1,64}(?=@)")
_LOCAL_BEFORE = re.compile(r"([\w.+-]{1,64})@[\w.-]{1,100}[ \t]*\Z")
_ADDRESS_SPAN = 170
_LOCAL_PART = re.compile(r"[^\W\d_]+")
_SHORTEST = 3  # letters of a name's word: a capitalised word of two (`No`, `Da`) is an abbreviation or a particle
_TOKENS = re.compile(rf"[{_UP}]\.|\S+")
_LATIN_LETTERS = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}'’-]+")


@cache
def _country_words() -> frozenset[str]:
    """The words of countries' names (`Uganda`, `Singapore`): a site or a carrier is named with its country."""
    import pycountry

    return frozenset(fold(w) for c in pycountry.countries for w in c.name.replace(",", " ").split())


@cache
def _russian_words() -> frozenset[str]:
    """Common Russian words (pyspellchecker's list, as `german_words`): the Cyrillic words a heading or a firm's name
    is made of (`Служба Поддержки`, `Горячая Линия`). Read once, on the first Cyrillic run (or at start-up, `warm`)."""
    rare = FAKER_WORD_PER_MILLION / 1e6
    return frozenset(w for w, share in word_shares("ru").items() if share > rare)


def warm() -> None:
    """Read the Russian word list now, so that a server worker pays for it (a second or so) before its first request."""
    _russian_words()
    _country_words()


@lru_cache(maxsize=8192)
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
    if any(fold(t.split("-")[0]) in SAINT_WORDS or fold(t) in _country_words() for _, _, t in tokens):
        return None
    while tokens and not tokens[0][2].endswith(".") and _ordinary(tokens[0][2]):
        tokens.pop(0)
    words = [t for _, _, t in tokens if not t.endswith(".") and not t.islower()]
    if len(tokens) < 2 or not words or tokens[0][2].islower():
        return None
    if any(len(w) < _SHORTEST or _ordinary(w) for w in words):
        return None
    return tokens[0][0], tokens[-1][1]


@lru_cache(maxsize=4096)
def _personal_local(local: str | None) -> bool:
    """A local part built as a person's: two or more runs of letters (digits may follow), none of them a common English
    word, a role or a function word (`chaltu.tesfaye`, `temi.oyelaran88`; not `noc`, `sales`, `sg.ops`,
    `billing.team`: a role's mailbox, which the redneg4 plan counts as ordinary text, review R2)."""
    if local is None:
        return False
    parts = _LOCAL_PART.findall(local)
    names = listed_names()
    if len(parts) < 2:
        return False
    return not any(
        p.lower() in EXCLUDED_WORDS or p.lower() in ROLE_WORDS or (len(p) > 2 and names.word(p) and not names.given(p))
        for p in parts
    )


class _Original:
    """The text before this pass's rules, read forward once: each run's words and what stands between them and the
    datum are in it as written, in the same order as in the redacted text, so the address a placeholder replaced is
    found after (or before) them without reading the text again for each run."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def _find(self, written: str) -> int:
        i = self.text.find(written, self.at)
        # (not found is not expected: a run is written as it was; then the text is never read again)
        self.at = len(self.text) if i < 0 else i + len(written)
        return i

    def local_after(self, written: str) -> str | None:
        if self._find(written) < 0:
            return None
        m = _LOCAL_AFTER.match(self.text, self.at, self.at + 65)
        return m[0] if m else None

    def local_before(self, written: str) -> str | None:
        i = self._find(written)
        if i < 0:
            return None
        m = _LOCAL_BEFORE.search(self.text, max(0, i - _ADDRESS_SPAN), i)
        return m[1] if m else None


def _owners(original: str, redacted: str) -> list[Span]:
    """The spans of the names written right beside a datum that is a person's by its kind."""
    spans = []
    for pattern, after in ((_BEFORE, True), (_AFTER, False)):
        text = _Original(original)
        for m in pattern.finditer(redacted):
            span = _name_span(redacted, *m.span("name"))
            if span is None:
                continue
            if m["kind"] == "email":
                written = redacted[m.start("name"):m.end()] if after else redacted[m.end("kind") + 1:m.end("name")]
                if not _personal_local(text.local_after(written) if after else text.local_before(written)):
                    continue
            spans.append(span)
    return spans


def data_owner_names(original: str, redacted: str) -> tuple[str, int]:
    """`redacted` (`original` after this pass's rules) with the full names written right beside a person's datum
    replaced too, and how many."""
    if "<redacted:" not in redacted:
        return redacted, 0
    text, found = replace_spans(redacted, [(a, b, _PERSON) for a, b in _owners(original, redacted)])
    return text, found.get(_PERSON, 0)
