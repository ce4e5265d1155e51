"""A person's name in a cased script filling a form's field, whatever the label's language says.

`NAME_AFTER_FIELD` (person_names.py) reads the labels it knows (`Author:`, `assigned to`); each writer brings labels
in another language (`Konsultant:`, `name as per PAN:`). What carries is the field: a label (letters of any
language before a colon) whose whole value, to the line's end or to the person's redacted phone or e-mail, is two or
three capitalised words (or words in capitals, as documents print a name: `RAVI SHANKAR IYER`), the first a listed
given name or surname and the last a listed surname (`Bartosz Lewandowski`: Polish writes a surname-like given
name the lists miss), and no common English word (`Platform Team`, `Won't Fix`, `New
York`), nor a firm's or a place's (`Dostawca: Hewlett Packard`, `Region: São Paulo`: org_place_fields.py). The
lists are `name_lists`' (census and Faker's Latin-script locales), read once for every rule.
"""

from __future__ import annotations

import re

from exporter.privacy.labelled_values import LABEL_END
from exporter.privacy.org_place_fields import known_place, legal_form, thing_label
from exporter.privacy.person_names import listed_names
from exporter.privacy.rule_engine import Span

_WORD = r"[^\W\d_][^\W\d_'’-]{1,20}"
FIELD_NAME = (
    LABEL_END + rf"[:：][ \t]*(?P<val>{_WORD}(?:[ \t]+{_WORD}){{1,2}})"
    r"(?=[ \t]*(?:[,;][ \t]*<redacted:(?:phone|email)>|\n|\Z))"
)
FIELD_NAME_GATE = re.compile(r"[:：][ \t]*[^\W\d_]").search


def pick_field_name(m: re.Match, text: str, floor: int) -> Span | None:
    words = m["val"].split()
    if not all(w[0].isupper() and (w[1:].islower() or w.isupper()) for w in words):
        return None  # (capitalised, `Bartłomiej`, or in capitals, `RAVI`)
    names = listed_names()
    if any(names.word(w) for w in words):
        return None
    first, last = words[0].capitalize(), words[-1].capitalize()
    if not (names.given(first) or names.surname(first)) or not names.surname(last):
        return None
    if thing_label(text, m.start()) or legal_form(m["val"], text[m.end() : m.end() + 40]):
        return None  # (a firm named for its founders: review R7)
    if known_place(words) and not names.given(first):
        return None  # (`São Paulo`; a place named for a person, `Teodoro Schmidt`, stays a person's)
    return m.span("val")
