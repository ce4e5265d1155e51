"""A person's record: the fields of one delimited line (a CSV export, a roster, a `psql` row, an `INSERT`'s values)
that hold who a person is.

A roster or a manifest writes a person's data without labels: the header that said `dob` or `full_name` is
lines away, or in another event. What says a line is a person's record is what it already holds: a person's name
the rules found, or a surname and a given name side by side as fields. On such a line more fields are the
person's too:

- a field that is a whole date of a year a living adult was born in (1900 to fourteen years ago) is the birth
  date (a start or a booking date in the same record is recent; a date inside a log line is no field of its own);
- a field of two or three capitalised words that read as a person's name (a listed given name or surname, no
  English word but a listed given name: `Nkechi Eze`, `Quispe Mamani`; not `Chief Officer`, `MS Nordlys`), and
  one listed name that is no English word beside such a name (`Nguyen,Thi Huong`: the surname and the given names
  in two fields);
- an id by its issuing format (a UK National Insurance number) or after a field that names the document
  (`PP,C91379430`: a passport's number, letters and digits; not after `id`, every table's key).

A birth date and an id need a person named in the record, and a birth date a second sign the row is about that person
(a phone, an id, a card, an IBAN, or the names as fields of their own: `4e1c2a9|Ana Lima|2010-03-04|initial import` is a
commit's date); a name field needs a person named or a phone, an id, a card or an IBAN found in it (an e-mail address
alone belongs to a team or a role as often as to a person).

Each line is split once on its delimiter and each field read once, so the cost is linear in the line.
"""

from __future__ import annotations

import re

from exporter.privacy.identity_numbers import adult_birth_year, document_number, nino
from exporter.privacy.name_lists import Names
from exporter.privacy.person_names import LATIN_LOWER, LATIN_UPPER, listed_names, person_words_listed
from exporter.privacy.rule_engine import placeholder_for

# what makes a line a person's record when no name is found in it yet (an e-mail address alone does not: F8, F6)
_PERSON_DATA = re.compile(r"<redacted:(?:phone|national_id|date_of_birth|card_number|iban)>")
_DELIMITERS = (",", ";", "|", "\t")
_ONE = f"[{LATIN_UPPER}][{LATIN_LOWER}]+"
_MIN_FIELDS = 4  # a record, not a sentence with commas: at least four fields (three between tabs, `;`, `|`)
_DATE_FIELD = re.compile(r"(?P<y>\d{4})[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?P<y2>\d{4})")
_QUOTES = " \t'\"();"
_DATE_PLACEHOLDER = placeholder_for("date_of_birth")
_ID_PLACEHOLDER = placeholder_for("national_id")
# a field naming an identity document, before its number (ICAO's document codes, a form's words)
# (not `id`, a row's key in every table; not `p` or `pass`)
_DOCUMENT_FIELD = frozenset(("pp", "passport", "id card", "idcard", "national id"))
_NAME_PLACEHOLDER = placeholder_for("person_name")
# One to three capitalised words in any Latin script (`Zielińska`, `Nguyễn`), as `person_names` reads a name's word.
_WORDS = re.compile(rf"{_ONE}(?:-{_ONE})?(?: {_ONE}(?:-{_ONE})?){{0,2}}")


def _delimiter(line: str) -> str | None:
    best = max(_DELIMITERS, key=line.count)
    return best if line.count(best) >= (_MIN_FIELDS - 1 if best == "," else _MIN_FIELDS - 2) else None


def _birth_year(field: str) -> bool:
    m = _DATE_FIELD.fullmatch(field)
    return m is not None and adult_birth_year(int(m["y"] or m["y2"]))


def people_in_records(redacted: str, dates: bool, people: bool, ids_on: bool) -> tuple[str, dict[str, int]]:
    """`redacted` with the birth dates (`dates`), the names (`people`) and the ids (`ids_on`) of a person's record
    replaced, and how many of each."""
    counts = {"date_of_birth": 0, "person_name": 0, "national_id": 0}
    if not (dates or people or ids_on) or max(redacted.count(d) for d in _DELIMITERS) < _MIN_FIELDS - 2:
        return redacted, counts
    names = listed_names()
    lines = redacted.split("\n")
    for i, line in enumerate(lines):
        sep = _delimiter(line)
        if sep is None:
            continue
        fields = line.split(sep)
        cores = [f.strip(_QUOTES) for f in fields]
        # Whose record: a person named in it (a name found, or a surname and a given name side by side); an e-mail
        # address alone is a team's or a role's as often (`42 | ops@... | 2011-06-30 | Gold`), a phone less so.
        someone = _NAME_PLACEHOLDER in line or _name_pair(cores, names)
        named = []
        if people and (someone or _PERSON_DATA.search(line)):
            named = [k for k, c in enumerate(cores) if _WORDS.fullmatch(c) and person_words_listed(c.split(), names)]
        if not (someone or named):
            continue
        # (a birth date also needs a second sign the row is about the person, not a commit's, a ticket's or an account's
        # date beside its author: a phone, an id, a card, an IBAN, or the surname and given name as fields of their own)
        about_person = _PERSON_DATA.search(line) is not None or _name_pair(cores, names)
        births = [k for k, c in enumerate(cores) if _birth_year(c)] if dates and about_person else []
        ids = [k for k, c in enumerate(cores) if ids_on and (
            nino(c) or (k > 0 and cores[k - 1].lower() in _DOCUMENT_FIELD and document_number(c)))]
        for k, placeholder, key in [*((k, _DATE_PLACEHOLDER, "date_of_birth") for k in births),
                                    *((k, _NAME_PLACEHOLDER, "person_name") for k in named),
                                    *((k, _ID_PLACEHOLDER, "national_id") for k in ids)]:
            fields[k] = fields[k].replace(cores[k], placeholder, 1)
            cores[k] = placeholder
            counts[key] += 1
        if people:
            for k, c in enumerate(cores):
                beside = {cores[j] for j in (k - 1, k + 1) if 0 <= j < len(cores)}
                if (_NAME_PLACEHOLDER in beside and _WORDS.fullmatch(c) and " " not in c and not names.word(c)
                        and (names.given(c) or names.surname(c))):
                    fields[k] = fields[k].replace(c, _NAME_PLACEHOLDER, 1)
                    cores[k] = _NAME_PLACEHOLDER
                    counts["person_name"] += 1
        lines[i] = sep.join(fields)
    return ("\n".join(lines) if any(counts.values()) else redacted), counts


def _name_pair(cores: list[str], names: Names) -> bool:
    """A surname and a given name as neighbouring fields (`Brückner,Renate`), neither an English word."""
    one = [bool(_WORDS.fullmatch(c)) and " " not in c and not names.word(c) and (names.given(c) or names.surname(c))
           for c in cores]
    return any(one[k] and one[k + 1] and (names.given(cores[k]) or names.given(cores[k + 1])) for k in range(len(one) - 1))
