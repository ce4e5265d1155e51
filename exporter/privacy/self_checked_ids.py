"""Personal ids told by their own structure, whatever language or script the words around them are in.

The labelled-id rule (identity_numbers.py) needs the id's name before it, and each new writer brings a language whose
word for it no rule knows (`આધાર નંબર`, `ЕМБГ`, `Inombolo kamazisi wami`). Many countries' personal numbers carry
their holder's birth date and a check digit inside the number itself (python-stdnum keeps each scheme's rule); a
number that passes one such scheme's check, encodes a date a living adult was born on, and stands alone as a number
is a person's id in any language.

How often an ordinary number passes was measured, not assumed (round 23's review R2; uniform random numbers of each
length, 20,000 each): South Africa's, the JMBG (EMŠO, ЕМБГ, ЈМБГ), Romania's, Estonia's and Lithuania's, Norway's,
Belgium's and Sweden's twelve-digit form pass at most one in a thousand, and decide alone (`_STRONG`) after a word of
no English list. A number that reads as a Unix time of 2000-2040 in seconds, ms, µs or ns is never taken
(`1703962936789` is a JMBG by its digits; round 24's review R1). Bulgaria's EGN, Czech and Slovak ten-digit numbers,
Sweden's ten, PESEL, Greece's AMKA, Korea's RRN, Turkey's kimlik and a person's Russian INN (two check digits, no
date), Kazakhstan's IIN (a check digit and a date; no python-stdnum module) and Indonesia's NIK (a date, no check)
pass one in 30 to one in 700, as many counters, offsets and order numbers would: they need a person's data already
redacted on the number's line (`_WEAK`). (Round 23 also took a letter of a script other than Latin before the number
as that sign; an order's or a trace's number in Chinese, Arabic or Russian prose has one too: round 24's review R2.)
Two printed forms decide by their shape with their check: an Aadhaar as its card prints it (three groups of four,
Verhoeff), a MyKad with its dashes (a date and a birthplace code). Schemes whose check is weak or absent (Denmark's
CPR since 2007, Czech numbers of nine digits, Israel's nine digits) are left to their labels, and China's resident id
to its label too (python-stdnum raises on some numbers). A quantity (a unit after the number) or a JSON key's bare
number is no id. A strong scheme decides alone only after a word of no English list (a label or a sentence in the
writer's language); in English ops prose an offset or a row count passes one in 500, so there it needs the person's
data on the line as a weak scheme does (round 24's review R6).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Callable
from datetime import date

from stdnum.be import nn as belgium
from stdnum.bg import egn as bulgaria
from stdnum.cz import rc as czechia
from stdnum.ee import ik as estonia
from stdnum.gr import amka as greece
from stdnum.id import nik as indonesia
from stdnum.in_ import aadhaar
from stdnum.kr import rrn as korea
from stdnum.my import nric as malaysia
from stdnum.no import fodselsnummer as norway
from stdnum.pl import pesel as poland
from stdnum.ro import cnp as romania
from stdnum.ru import inn as russia
from stdnum.se import personnummer as sweden
from stdnum.si import emso as yugoslav  # the JMBG of every former Yugoslav republic (EMŠO, ЕМБГ, ЈМБГ, JMB)
from stdnum.tr import tckimlik as turkey
from stdnum.za import idnr as south_africa

from exporter.privacy.identity_numbers import adult_birth_year
from exporter.privacy.person_names import _names
from exporter.privacy.redaction_checks import unit_after

Span = tuple[int, int]

# A number standing alone: digits in groups split by one space or dash, not glued to a word, a path, a decimal, a
# version, a `+` or a country code (a phone's) or a URL's parameter; a dash only after a short word (four letters at
# most), as a language glues its prefix to a number (`ngu-<id>`), never after a name (`build-<number>`). (Each
# group's separator is followed by a digit, so a run is read one way only: linear.)
SELF_CHECKED_ID = (r"(?<![\w.,:/+=%#])(?<![\W\d_]-)(?<![^\W\d_]{5}-)(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )"
                   r"\d(?:[ -]?\d){9,17}(?![\w/%]|[.,:-]\d)")
SELF_CHECKED_ID_GATE = re.compile(r"\d{4}").search

_IIN_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))
_IIN_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


def kazakhstan_valid(digits: str) -> bool:
    """Kazakhstan's IIN (ЖСН/ИИН; python-stdnum has no module): `YYMMDD`, a digit for the century and sex, four of
    the registry's, and a check digit: the weighted sum mod 11 (weights 1-11, or 3-11, 1, 2 when the first gives 10;
    10 again means no number is issued)."""
    if len(digits) != 12 or not digits.isdigit() or digits[6] not in _IIN_CENTURY:
        return False
    for weights in _IIN_WEIGHTS:
        check = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
        if check != 10:
            return check == int(digits[11])
    return False


def kazakhstan_birth_date(digits: str) -> date:
    return date(_IIN_CENTURY[digits[6]] + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))


_Scheme = tuple[Callable[[str], bool], Callable[[str], date] | None]
_STRONG: dict[int, tuple[_Scheme, ...]] = {
    11: ((estonia.is_valid, estonia.get_birth_date), (norway.is_valid, norway.get_birth_date),
         (belgium.is_valid, belgium.get_birth_date)),  # (Estonia's rule is Lithuania's asmens kodas too)
    12: ((sweden.is_valid, sweden.get_birth_date),),
    13: ((south_africa.is_valid, south_africa.get_birth_date), (yugoslav.is_valid, yugoslav.get_birth_date),
         (romania.is_valid, romania.get_birth_date)),
}
_WEAK: dict[int, tuple[_Scheme, ...]] = {
    10: ((bulgaria.is_valid, bulgaria.get_birth_date), (czechia.is_valid, czechia.get_birth_date),
         (sweden.is_valid, sweden.get_birth_date)),
    11: ((poland.is_valid, poland.get_birth_date), (greece.is_valid, greece.get_birth_date), (turkey.is_valid, None)),
    12: ((kazakhstan_valid, kazakhstan_birth_date), (russia.is_valid, None)),  # (a person's INN is twelve digits)
    13: ((korea.is_valid, korea.get_birth_date),),
    16: ((indonesia.is_valid, indonesia.get_birth_date),),
}
# Unix time from 2000-01-01 to 2040-01-01, in seconds (the first ten digits of ms, µs and ns).
_EPOCH_LOW, _EPOCH_HIGH = 946_684_800, 2_208_988_800
_MYKAD = re.compile(r"\d{6}-\d{2}-\d{4}")
_AADHAAR = re.compile(r"[2-9]\d{3} \d{4} \d{4}")


def _passes(scheme: _Scheme, value: str) -> bool:
    """The scheme's check, and a date a living adult was born on where the scheme holds one. A library's error on an
    odd number (stdnum raises its own ValidationError, or a KeyError for an unknown region: review R1) means no."""
    check, born = scheme
    try:
        if not check(value):
            return False
        birth = born(value) if born is not None else None
    except Exception:  # noqa: BLE001 (no text may make the gate raise)
        return False
    return born is None or (birth is not None and adult_birth_year(birth.year))  # (Belgium's may hold no date)


def self_checked(run: str, person_beside: Callable[[], bool] = lambda: False,
                 foreign_word_before: Callable[[], bool] = lambda: False) -> bool:
    """Whether a number as written (groups and separators kept) is a person's id by its own check and birth date.
    A strong scheme decides alone after a word of no English (`foreign_word_before()`: a label in the writer's own
    language, `kitambulisho`, `EMŠO je`); in English ops prose, after no word, or for a weak scheme, only with
    `person_beside()` (a person's redacted data on the line): an offset, a row count or a trace id
    passes a strong scheme one time in 500 (review R6)."""
    digits = run.replace(" ", "").replace("-", "")
    if len(set(digits)) < 3:
        return False  # (`0000000000000` and `1111111111111` pass several sums: a fixture's filler)
    if _AADHAAR.fullmatch(run) is not None and _passes((aadhaar.is_valid, None), digits):
        return True
    if _MYKAD.fullmatch(run) is not None and _passes((malaysia.is_valid, malaysia.get_birth_date), digits):
        return True
    if len(digits) == 10 and not _dated_first(digits):
        return False  # (two integer tests before three library checks: a line of numbers cost 3x without them)
    if len(digits) in (10, 13, 16, 19) and _EPOCH_LOW <= int(digits[:10]) < _EPOCH_HIGH:
        return False  # an epoch time of 2000-2040 in s, ms, µs or ns: the commonest long number of ops text, and a
        # JMBG's or a CNP's date can read from its digits, beside a person's data too (review R1, R5): left to labels
    strong = _STRONG.get(len(digits), ())
    if strong and foreign_word_before() and any(_passes(scheme, digits) for scheme in strong):
        return True
    return person_beside() and any(_passes(scheme, digits) for scheme in (*strong, *_WEAK.get(len(digits), ())))


def _foreign_word_before(text: str, at: int) -> bool:
    """Whether the nearest word before `at` on its line (within 40 characters) is one of no English word list: a
    label or a sentence in the writer's language. No word at all is no sign."""
    end = at
    while end > 0 and at - end < 40 and not text[end - 1].isalpha():
        if text[end - 1] == "\n":
            return False
        end -= 1
    start = end
    while start > 0 and end - start < 40 and (text[start - 1].isalpha() or unicodedata.category(text[start - 1])[0] == "M"):
        start -= 1
    return start < end and not _names().word(text[start:end])


def _dated_first(digits: str) -> bool:
    """Whether ten digits open with a date as each ten-digit scheme reads it (`YYMMDD`; the month read modulo 50 and
    20 as python-stdnum reads Czechia's, or plus 40 for Bulgaria's 2000s, the day plus 60 in Sweden's coordination
    numbers): two integer tests before three library checks (a line of numbers cost 3x without them). Checked against
    the three checks on 300,000 random numbers: no number they pass fails this."""
    month = int(digits[2:4])
    return (1 <= month % 50 % 20 <= 12 or 1 <= month - 40 <= 12) and 1 <= int(digits[4:6]) % 60 <= 31


# A person's data already redacted on the line.
_PERSON_MARK = re.compile(r"<redacted:(?:person_name|phone|email|national_id|date_of_birth|card_number|iban)>")


# The marks and line breaks of the text being read now, per thread (a `Redactor` is shared between threads): found once
# per text, so a line of many numbers is searched once, not once per number.
_reading = threading.local()


def _marks_and_breaks(text: str) -> tuple[list[int], list[int]]:
    if getattr(_reading, "text", None) is not text:
        _reading.text = text
        _reading.found = ([m.start() for m in _PERSON_MARK.finditer(text)],
                          [i for i, c in enumerate(text) if c == "\n"] if "\n" in text else [])
    return _reading.found


def _person_beside(text: str, a: int, b: int) -> bool:
    """A person's redacted data on the number's line. (Not a letter of another script before it, round 23's second
    sign: `订单号 8481100848`, `запуск 1606288562` are an order and a time, review R2.)"""
    marks, breaks = _marks_and_breaks(text)
    at = bisect.bisect_left(breaks, a)
    line = breaks[at - 1] + 1 if at else 0
    end = breaks[at] if at < len(breaks) else len(text)
    first = bisect.bisect_left(marks, line)
    return first < len(marks) and marks[first] < end


# A word right before the number that names a thing numbered so, not a person (`w wersji 44051401359`, `release 2345
# 6789 0124`, `card ending 4918 2736 4553`: earlier rounds' twins; `order`, `ticket`, `serial` as the phone rule reads).
_THING_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:v|ver|version|versi[óo]n|vers[ãa]o|versione|versie|wersj[ia]|verze|release|build|rev"
    r"|revision|commit|ending|order|invoice|ticket|case|incident|job|batch|port|pid|sku|tracking|shipment|parcel|ts"
    r"|serial|imei|iccid)[ \t#:.=-]*)\Z"
)


# A JSON object's key right before (`"offset": 37501073774`): a bare number under a key is the field the key names
# (a counter, an offset, a time), and a person's id under its own key is the key rules' (personal_fields.py).
_JSON_KEY_BEFORE = re.compile(r"[\"'][ \t]*:[ \t]*\Z")


def pick_self_checked_id(m: re.Match, text: str, floor: int) -> Span | None:
    if (_THING_BEFORE.search(text, max(0, m.start() - 24), m.start()) or unit_after(text, m.end())
            or _JSON_KEY_BEFORE.search(text, max(0, m.start() - 8), m.start())):
        return None  # (`lag 37501073774 bytes`: a quantity; `"offset": 37501073774`: a field its key names; review R1)
    a, b = m.span()
    return m.span() if self_checked(m[0], lambda: _person_beside(text, a, b), lambda: _foreign_word_before(text, a)) else None
