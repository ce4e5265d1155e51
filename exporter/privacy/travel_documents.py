"""The machine-readable zone of a passport or an identity card (ICAO Doc 9303), as a kiosk or a scanner logs it.

An MRZ is two lines of capitals, digits and `<` of a fixed length (44 characters on a passport, TD3; 36 on a
TD2 card). The first holds the document code, the issuing state and the holder's name (`P<NORHAUGLAND<<SIGRID`);
the second the document number, the nationality, the birth date, the sex and the expiry, each number followed by
its check digit (weights 7, 3, 1, letters counted from 10, `<` as 0). The name line is told by its shape alone
(its length, its code and the `<<` between surname and given names: nothing else in ops text is written so); the
data line only when all three of its check digits hold (one random line in a thousand would).
"""

from __future__ import annotations

import re

from exporter.privacy.rule_engine import Span

_LENGTHS = (36, 44)
MRZ_NAME = r"(?<![A-Z0-9<])[PIACV][A-Z<][A-Z<]{3}(?P<name>[A-Z][A-Z<]{30}(?:[A-Z<]{8})?)(?![A-Z0-9<])"
MRZ_DATA = r"(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{8}(?:[A-Z0-9<]{8})?(?![A-Z0-9<])"


# An identity card's MRZ (TD1, three lines of 30): the document number and its check on the first line, the birth
# date, the sex and the expiry with their checks on the second, the name alone on the third.
MRZ_CARD_NUMBER = r"(?<![A-Z0-9<])[IAC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}\d[A-Z0-9<]{15}(?![A-Z0-9<])"
MRZ_CARD_DATES = r"(?<![A-Z0-9<])\d{7}[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d(?![A-Z0-9<])"
MRZ_CARD_NAME = r"\n(?P<name>[A-Z]{1,27}<<[A-Z<]{1,27})(?![A-Z0-9<])"
_CARD_DATES_BEFORE = re.compile(r"(?:\d{7}[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d|<redacted:national_id>)[ \t]*\Z")


def pick_mrz_card_number(m: re.Match, text: str, floor: int) -> Span | None:
    line = m[0]
    return (m.start() + 5, m.end()) if _check(line[5:14], line[14]) else None


def pick_mrz_card_dates(m: re.Match, text: str, floor: int) -> Span | None:
    line = m[0]
    return m.span() if _check(line[0:6], line[6]) and _check(line[8:14], line[14]) else None


def pick_mrz_card_name(m: re.Match, text: str, floor: int) -> Span | None:
    """The third line, 30 characters, right after a card's second line (or what the dates rule left of it)."""
    if len(m["name"]) != 30:
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    before = _CARD_DATES_BEFORE.search(text, max(line, m.start() - 40), m.start())
    if before is None:
        return None
    dates = before[0].rstrip()
    if dates != "<redacted:national_id>" and not (_check(dates[0:6], dates[6]) and _check(dates[8:14], dates[14])):
        return None  # (the dates line's checks must hold, as they must for the dates rule)
    return m.span("name")


def _value(c: str) -> int:
    if c.isdigit():
        return int(c)
    return 0 if c == "<" else ord(c) - 55


def _check(field: str, digit: str) -> bool:
    weights = (7, 3, 1)
    return sum(_value(c) * weights[i % 3] for i, c in enumerate(field)) % 10 == int(digit)


def pick_mrz_name(m: re.Match, text: str, floor: int) -> Span | None:
    name = m["name"]
    if len(m[0]) not in _LENGTHS or "<<" not in name:
        return None
    return m.span("name")


def pick_mrz_data(m: re.Match, text: str, floor: int) -> Span | None:
    line = m[0]
    if len(line) not in _LENGTHS:
        return None
    if _check(line[0:9], line[9]) and _check(line[13:19], line[19]) and _check(line[21:27], line[27]):
        return m.span()
    return None


# --- vehicle registrations --------------------------------------------------------------------

# A car's registration plate identifies its keeper (a registry lookup away), so where a ticket or a log says
# whose car it is (`bil med reg.nr. EL 11733`, `vehicle reg LB19 XKE for <name>`) it is personal data. Plates
# have no check and every country its own format, so only the value right after a label that names one counts:
# capitals and digits in at most three groups, with a letter and a digit (`vehicle_registration`, a class an org
# turns off if its own fleet's plates are what its tickets are about).
VEHICLE_REGISTRATION = (
    r"(?<![a-z])(?:reg\.?[ \t]?nr\.?|(?:vehicle|car)[ \t]+reg(?:istration)?(?:[ \t]+(?:no\.?|number|plate))?"
    r"|(?:licen[cs]e|number|registration)[ \t]+plate|kennzeichen|nummerplate|numer rejestracyjny|matr[íi]cula"
    r"|immatriculation|kenteken|registreringsnummer)(?![a-z])[ \t:#.]*"
    r"(?P<val>[A-Za-z0-9]{1,4}(?:[ -][A-Za-z0-9]{1,5}){1,2})(?![\w-])"
)
VEHICLE_REGISTRATION_NEEDLES = ("reg", "plate", "kennzeichen", "nummerplate", "rejestracyjny", "matr", "immatriculation",
                                "kenteken")
_PLATE_LETTER = re.compile(r"[A-Z]")
# a value that opens with a word of three letters or more and then a version, or with France's company register
_NOT_A_PLATE = re.compile(r"[A-Za-z]{3,}[ -][Vv]\d{1,3}(?![\w])|(?:au[ \t]+)?RCS(?![\w])|(?:au[ \t]+)?rcs(?![\w])")
_PLATE_DIGIT = re.compile(r"\d")


def pick_vehicle_registration(m: re.Match, text: str, floor: int) -> Span | None:
    """The plate as written (the pattern reads the lower-cased text): capitals and digits, 4-10 of them."""
    a, b = m.span("val")
    value = text[a:b]
    if _NOT_A_PLATE.match(value):
        return None  # `Vehicle registration API V2 timed out`, `Immatriculation RCS B 512`: an API, a company register
    # (two or three groups: a plate is written with a separator; one run of capitals and digits is an id, `SRV42`)
    cuts = [k for k, c in enumerate(value) if c in " -"][1:] + [len(value)]
    for cut in reversed(cuts):  # the longest run of groups that is a plate (`LB19 XKE for <name>`: not `for`)
        compact = value[:cut].replace(" ", "").replace("-", "")
        if 4 <= len(compact) <= 10 and compact.isupper() and _PLATE_LETTER.search(compact) and _PLATE_DIGIT.search(compact):
            return a, a + cut
    return None
