"""A whole calendar date of a year only a living adult was born in is a birth date, in any language.

The labels before a birth date (`születési dátum`, `төрсөн огноо`, `ថ្ងៃខែឆ្នាំកំណើត`, `nimezaliwa`) differ with
every language a new writer brings, and per-language label lists found none of batch 20's. What travels is the date
itself: ops text dates what happens now (logs, deploys, tickets of this and recent years), while a day, month and
year of a year at least fourteen years ago (`adult_birth_year`) in a ticket is a person's birth. Measured on every
batch of the corpus (batches 3-20, blind, blind2): of the whole dates in such years, 62 stand in personal-data lines
and one in a negative line, a fixture's filler `1900-01-01`, which is kept here as the epoch and the spreadsheet's
zero days are.

A date joined to a time (`2009-03-01T00:00:00`, `1999-12-31 23:59`) is a timestamp, not a birth, and is kept.
"""

from __future__ import annotations

import re
from datetime import date

from exporter.privacy.identity_numbers import adult_birth_year
from exporter.privacy.rule_engine import Span

# Year first (`1992-04-15`, `1990.05.14`) or last (`12.07.1994`, `03/11/1989`, either order of day and month), in
# any script's digits (`১৯৯২-০৪-১৭`); one separator kind per date; no digit, dot-digit or word glued to either end.
OLD_DATE = (
    r"(?<![\w./:-])(?:(?P<y1>\d{4})(?P<s1>[-./])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    r"|(?P<a2>\d{1,2})(?P<s2>[-./])(?P<b2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?![\w/:-]|\.\d)"
)
# (a cheap pre-check: two separated digit pairs)
OLD_DATE_GATE = re.compile(r"\d[-./]\d{1,2}[-./]\d").search

# Dates that stand for "no date": a fixture's filler, Unix's epoch, the spreadsheets' day zero.
_NO_DATE = frozenset({date(1900, 1, 1), date(1970, 1, 1), date(1899, 12, 30), date(1899, 12, 31)})
# Software's own history (a commit, a release, a package's date: `leftpad,1.4.2,2008-09-15`, a git log's author and
# date) reaches back this many years in ops text; a date older than that is a person's birth (review twins of round 16).
_SOFTWARE_YEARS = 19
# A time right after the date: a timestamp (`T00:00`, ` 23:59`).
_TIME_AFTER = re.compile(r"(?:T|[ \t]+)\d{1,2}:\d\d")


def _calendar(year: str, first: str, second: str, year_first: bool) -> date | None:
    """The date the three parts make (day and month in either order when the year is last), or None."""
    y, a, b = int(year), int(first), int(second)
    orders = ((a, b),) if year_first else ((b, a), (a, b))  # (month, day): `03/11/1989` is a date either way
    for month, day in orders:
        try:
            return date(y, month, day)
        except ValueError:
            continue
    return None


def pick_old_date(m: re.Match, text: str, floor: int) -> Span | None:
    if m["y1"] is not None:
        found = _calendar(m["y1"], m["m1"], m["d1"], year_first=True)
    else:
        found = _calendar(m["y2"], m["a2"], m["b2"], year_first=False)
    if found is None or found in _NO_DATE or (found.month, found.day) == (1, 1):
        return None  # (the first of January is a default's or a filler's date far more often than a birth's)
    if not adult_birth_year(found.year) or found.year > date.today().year - _SOFTWARE_YEARS:
        return None
    if _TIME_AFTER.match(text, m.end()):
        return None
    return m.span() if _a_persons_date(text, m.start()) else None


# A person's mark on the line: their name or contact already redacted (a record's row, a contact line).
_PERSON_MARK = re.compile(r"<redacted:(?:person_name|phone|email|national_id|card_number)>")


def _a_persons_date(text: str, at: int) -> bool:
    """Whether the date stands where a person's would (review R1: release dates, epochs, changelogs and SQL bounds in
    English ops prose are dates of things): after a word of a language other than English (the nearest letter before
    it, within 40 characters, outside ASCII: `syntymäaika`, `төрсөн огноо`, `ថ្ងៃខែឆ្នាំកំណើត`), or on a line that
    already holds a person's redacted name, phone, e-mail, id or payment card (a card is a person's: `káàdì <card>, ...
    ni 14/03/1979`)."""
    line = text.rfind("\n", max(0, at - 200), at) + 1
    for i in range(at - 1, max(line, at - 40) - 1, -1):
        if text[i].isalpha():
            if not text[i].isascii():
                return True
            break
    end = text.find("\n", at, at + 200)
    return (
        _PERSON_MARK.search(text, max(line, at - 200), end if end >= 0 else min(len(text), at + 200))
        is not None
    )
