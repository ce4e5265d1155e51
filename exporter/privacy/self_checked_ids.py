"""Personal ids told by their own structure, whatever language or script the words around them are in.

The labelled-id rule (identity_numbers.py) needs the id's name before it, and each new writer brings a language whose
word for it no rule knows (`આધાર નંબર`, `ЕМБГ`, `Inombolo kamazisi wami`). Many countries' personal numbers carry
their holder's birth date and a check digit inside the number itself (python-stdnum keeps each scheme's rule); a
number that passes one such scheme's check, encodes a date a living adult was born on, and stands alone as a number
is a person's id in any language. The check and the date together leave about one ordinary number in a few thousand
of the right length, and ops text's long numbers are rarely of those lengths and dates (epoch milliseconds encode a
month above 12 or a future year). Two schemes with no date are kept for the strength of their check alone: Turkey's
two check digits, and the Aadhaar's Verhoeff digit only as Aadhaar cards print it, three groups of four.

Schemes with a date and no check digit (Malaysia's MyKad) only in their printed form with dashes; schemes whose check
is weak or absent (Denmark's CPR since 2007, Czech numbers of nine digits, Indonesia's NIK, Israel's nine digits)
are left to their labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from stdnum.be import nn as belgium
from stdnum.bg import egn as bulgaria
from stdnum.cn import ric as china
from stdnum.cz import rc as czechia
from stdnum.ee import ik as estonia
from stdnum.gr import amka as greece
from stdnum.in_ import aadhaar
from stdnum.kr import rrn as korea
from stdnum.my import nric as malaysia
from stdnum.no import fodselsnummer as norway
from stdnum.pl import pesel as poland
from stdnum.ro import cnp as romania
from stdnum.se import personnummer as sweden
from stdnum.si import emso as yugoslav  # the JMBG of every former Yugoslav republic (EMŠO, ЕМБГ, ЈМБГ, JMB)
from stdnum.tr import tckimlik as turkey
from stdnum.za import idnr as south_africa

from exporter.privacy.identity_numbers import adult_birth_year

Span = tuple[int, int]

# A number standing alone: digits in groups split by one space or dash, not glued to a word, a path, a decimal, a
# version, a `+` or a country code (a phone's) or a URL's parameter; a dash only after a short word (four letters at
# most), as a language glues its prefix to a number (`ngu-<id>`), never after a name (`build-<number>`). (Each
# group's separator is followed by a digit, so a run is read one way only: linear.)
SELF_CHECKED_ID = (r"(?<![\w.,:/+=%#])(?<![\W\d_]-)(?<![^\W\d_]{5}-)(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )"
                   r"\d(?:[ -]?\d){9,17}(?![\w/%]|[.,:-]\d)")
SELF_CHECKED_ID_GATE = re.compile(r"\d{4}").search

_DATED: dict[int, tuple[tuple[Callable[[str], bool], Callable[[str], date]], ...]] = {
    10: ((bulgaria.is_valid, bulgaria.get_birth_date), (czechia.is_valid, czechia.get_birth_date),
         (sweden.is_valid, sweden.get_birth_date)),
    11: ((estonia.is_valid, estonia.get_birth_date), (poland.is_valid, poland.get_birth_date),
         (norway.is_valid, norway.get_birth_date), (belgium.is_valid, belgium.get_birth_date),
         (greece.is_valid, greece.get_birth_date)),  # (Estonia's rule is Lithuania's asmens kodas too)
    12: ((sweden.is_valid, sweden.get_birth_date),),
    13: ((south_africa.is_valid, south_africa.get_birth_date), (yugoslav.is_valid, yugoslav.get_birth_date),
         (romania.is_valid, romania.get_birth_date), (korea.is_valid, korea.get_birth_date)),
    18: ((china.is_valid, china.get_birth_date),),
}
_MYKAD = re.compile(r"\d{6}-\d{2}-\d{4}")
_AADHAAR = re.compile(r"[2-9]\d{3} \d{4} \d{4}")


def _born_adult(check: Callable[[str], bool], born: Callable[[str], date], value: str) -> bool:
    try:
        if not check(value):
            return False
        birth = born(value)
    except (ValueError, ArithmeticError):  # (stdnum raises its own ValidationError, a ValueError, on odd dates)
        return False
    return birth is not None and adult_birth_year(birth.year)  # (Belgium's number may hold no known date)


def self_checked(run: str) -> bool:
    """Whether a number as written (groups and separators kept) is a person's id by its own check and birth date."""
    digits = run.replace(" ", "").replace("-", "")
    if len(set(digits)) < 3:
        return False  # (`0000000000000` and `1111111111111` pass several sums: a fixture's filler)
    if any(_born_adult(check, born, digits) for check, born in _DATED.get(len(digits), ())):
        return True
    if len(digits) == 11 and turkey.is_valid(digits):
        return True
    if _AADHAAR.fullmatch(run) is not None:
        return aadhaar.is_valid(digits)
    return _MYKAD.fullmatch(run) is not None and _born_adult(malaysia.is_valid, malaysia.get_birth_date, digits)


# A word right before the number that names a thing numbered so, not a person (`w wersji 44051401359`, `release 2345
# 6789 0124`, `card ending 4918 2736 4553`: earlier rounds' twins; `order`, `ticket`, `serial` as the phone rule reads).
_THING_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:v|ver|version|versi[óo]n|vers[ãa]o|versione|versie|wersj[ia]|verze|release|build|rev"
    r"|revision|commit|ending|order|invoice|ticket|case|incident|job|batch|port|pid|sku|tracking|shipment|parcel"
    r"|serial|imei|iccid)[ \t#:.=-]*)\Z"
)


def pick_self_checked_id(m: re.Match, text: str, floor: int) -> Span | None:
    if _THING_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    return m.span() if self_checked(m[0]) else None
