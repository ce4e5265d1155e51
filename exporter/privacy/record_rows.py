"""A person's row in an SQL `INSERT`: each value read with the column it goes into.

`INSERT INTO customers (name, address, dob) VALUES ('<name>', 'Thereses gate 14B, 0168 Oslo', '1988-03-09')`
holds a person's address and birth date, but nothing in the values says so but their columns. A row is a
person's when its name column holds a person (the name rules already redacted it, or a `full_name` column holds
two to four capitalised words); then its birth-date, address and national-id columns are redacted when their
values have the shape the column says. A row with no person (`INSERT INTO workshops (city, address) VALUES
('Cremona', 'Via dei Liutai 3, 26100 Cremona')`: a workshop's address) stays as written.

Each statement is read once, its column list and values bounded (`_COLS`, `_VALUES`), so the work is linear in
the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from exporter.privacy.display_names import reads_as_full_name
from exporter.privacy.identity_numbers import adult_birth_year
from exporter.privacy.personal_fields import NOTHING, STAND_IN, UNKNOWN_DATE, replace_spans
from exporter.privacy.rule_engine import placeholder_for

_COLS = 200
_VALUES = 2000
INSERT = re.compile(
    r"(?i:insert[ \t]+into)[ \t]+[\w.\"`\[\]]{1,64}[ \t]*\((?P<cols>[^()\n]{1," + str(_COLS) + r"})\)[ \t]*"
    r"(?i:values)[ \t]*(?P<rows>[^\n;]{1," + str(_VALUES) + r"})"
)
_ROW = re.compile(r"\((?P<vals>[^()\n]*)\)")
_VALUE = re.compile(r"'(?P<s>(?:[^'\n]|'')*)'|(?P<bare>[^,'\s)][^,)]*)")

PLACEHOLDER = placeholder_for("person_name")
# The columns that name the row's person, and those that only name a person (any two to four capitalised words).
_NAME_COLS = frozenset(("name", "full_name", "fullname", "customer_name", "contact_name", "client_name",
                        "person_name", "patient_name"))
# the parts of a name (`first_name`, `last_name`): a capitalised word each (review R16)
_NAME_PART_COLS = frozenset(("first_name", "firstname", "given_name", "last_name", "lastname", "surname",
                             "family_name"))
_NAME_COLS = _NAME_COLS | _NAME_PART_COLS
_PERSON_ONLY_COLS = _NAME_COLS - {"name"}
_NAME_PART = re.compile(r"[A-ZÀ-Þ][\w'’-]{1,30}")
_DATE = re.compile(r"((?:19|20)\d\d)-\d\d-\d\d|\d\d[./]\d\d[./]((?:19|20)\d\d)")
_ADDRESS = re.compile(r"(?=.*\d)(?=.*[^\W\d_]{3}).{6,120}")
_POSTCODE = re.compile(r"(?=[^\n]*\d)[A-Za-z0-9][A-Za-z0-9 -]{2,9}")
_ID = re.compile(r"[\d .-]{6,20}|[A-Z0-9]{6,18}")
# column -> (kind, the value's shape)
_FIELDS = {
    **dict.fromkeys(("dob", "birth_date", "birthdate", "date_of_birth"), "date_of_birth"),
    **dict.fromkeys(("address", "home_address", "street", "street_address", "postal_address"), "postal_address"),
    **dict.fromkeys(("postcode", "zip", "zip_code", "postal_code", "plz"), "postcode"),
    **dict.fromkeys(("national_id", "tckn", "tc_kimlik", "cpf", "pesel", "ssn", "bsn", "nin", "personnummer",
                     "id_number"), "national_id"),
}


def _fits(kind: str, value: str) -> bool:
    if kind == "date_of_birth":
        if UNKNOWN_DATE.fullmatch(value):
            return False
        m = _DATE.fullmatch(value)
        return m is not None and adult_birth_year(int(m[1] or m[2]))
    if kind == "postcode":
        return _POSTCODE.fullmatch(value) is not None
    if kind == "postal_address":
        return _ADDRESS.fullmatch(value) is not None and "<redacted:" not in value
    return _ID.fullmatch(value) is not None and sum(c.isdigit() for c in value) >= 6


def _fits_name(col: str, value: str) -> bool:
    if col in _NAME_PART_COLS:
        return _NAME_PART.fullmatch(value) is not None
    return reads_as_full_name(value)


def _person_row(cols: list[str], values: list[re.Match]) -> bool:
    for col, v in zip(cols, values, strict=False):
        if col not in _NAME_COLS or v["s"] is None or STAND_IN.search(v["s"]):
            continue
        if v["s"] == PLACEHOLDER or (col in _PERSON_ONLY_COLS and reads_as_full_name(v["s"])):
            return True
        if col in _NAME_PART_COLS and _NAME_PART.fullmatch(v["s"]):
            return True
    return False


def people_in_insert_rows(text: str, classes: frozenset[str]) -> tuple[str, Mapping[str, int]]:
    """The text with the personal columns of every person's `INSERT` row redacted, and the counts by kind."""
    if "insert" not in text and "INSERT" not in text:
        return text, NOTHING
    spans: list[tuple[int, int, str]] = []
    for stmt in INSERT.finditer(text):
        cols = [c.strip().strip('"`[]').lower() for c in stmt["cols"].split(",")]
        for row in _ROW.finditer(text, stmt.start("rows"), stmt.end("rows")):
            values = list(_VALUE.finditer(text, row.start("vals"), row.end("vals")))
            if not _person_row(cols, values):
                continue
            for col, v in zip(cols, values, strict=False):
                if v["s"] is None or v["s"] == PLACEHOLDER:
                    continue
                field = "person_name" if col in _PERSON_ONLY_COLS else _FIELDS.get(col)
                kind = "postal_address" if field == "postcode" else field
                if kind in classes and (_fits_name(col, v["s"]) if field == "person_name" else _fits(field, v["s"])):
                    spans.append((v.start("s"), v.end("s"), kind))
    return replace_spans(text, spans)
