"""A record's fields read with their names: JSON members, URL query parameters, a command's flags and a structured
payload's keys.

A log line or an alert's payload often holds a person's data under a field that says what it is and nothing in
the value does: `{"caller":"Mehmet Öztürk","dob":"1979-08-15","postcode":"M14 5TQ"}`, `?surname=Schultz`. One
decision, `field_kinds`, serves the text path (`fields_in_text`: each line's JSON members and query parameters)
and the gate's structured path (`Redactor.redact_value`: a dict's string leaves), so a payload sent as JSON text
and the same payload sent as data are redacted alike (review F19).

Some fields hold a person's data whatever else the record holds: a birth date (`dob`, of a year a living adult
was born in) and the parts of a name (`surname`, `first_name`: a capitalised word). Others are a person's only in
a person's record: an address, a postcode, a name under a field that also names services (`caller`, `owner`:
`"caller":"Kafka Connect"` is a service) needs a listed given name first and no common English word. A record
is a person's when one of its fields is one of these, or a name on its line is already redacted; a workshop's
`{"city":"Leipzig","address":"Spinnereistraße 7, 04179 Leipzig"}` stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from urllib.parse import unquote_plus

from exporter.privacy.display_names import reads_as_full_name, reads_as_person
from exporter.privacy.identity_numbers import GENERIC_ID_KEYS, KEY_CHECKS, adult_birth_year, checked_id
from exporter.privacy.rule_engine import placeholder_for

_DOB = frozenset(("dob", "date_of_birth", "dateofbirth", "birth_date", "birthdate", "geburtsdatum", "born"))
_NAME_PART = frozenset(("surname", "last_name", "lastname", "family_name", "familyname", "first_name",
                        "firstname", "given_name", "givenname"))
_FULL_NAME = frozenset(("full_name", "fullname", "customer_name", "contact_name", "client_name", "patient_name",
                        "person_name", "owner_name"))
# a name under these is a person's only when it reads as one (a listed given name, no English word)
_MAYBE_NAME = frozenset(("caller", "customer", "owner", "vet", "requester", "reporter", "patient", "client",
                         "contact", "caller_name", "requester_name", "reporter_name", "vet_name"))
# `name` names services, jobs and objects far more often than people: a person's only in a person's record (R14)
_ADDRESS = frozenset(("address", "street", "street_address", "home_address", "postal_address", "billing_address",
                      "shipping_address", "delivery_address", "new_address"))
_POSTCODE = frozenset(("postcode", "post_code", "postal_code", "zip", "zip_code", "zipcode", "plz"))
PLACEHOLDER = placeholder_for("person_name")
# A name a rule redacted in part: the placeholder and capitalised name words, one space apart (review R39: a value that
# only starts with a placeholder, `<redacted:person_name>abc`, is no such name, and the pass stays a fixed point)
_NAME_OR_PLACEHOLDER = r"(?:<redacted:person_name>|[A-ZÀ-Þ][\w'’-]{0,30})"
_PART_REDACTED = re.compile(rf"{_NAME_OR_PLACEHOLDER}(?: {_NAME_OR_PLACEHOLDER}){{1,3}}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# (with a serialiser's time of midnight, `1979-08-15T00:00:00Z`, review R16)
_DATE = re.compile(r"((?:19|20)\d\d)-\d{1,2}-\d{1,2}(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?"
                   r"|\d{1,2}[./]\d{1,2}[./]((?:19|20)\d\d)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# (a system account and the epoch as an unknown birth date, `{"first_name":"System","dob":"1970-01-01"}`, review R34)
STAND_IN = re.compile(r"(?i:test|example|dummy|sample|mustermann|musterfrau|placeholder|system|anonymous|unknown)")
UNKNOWN_DATE = re.compile(r"19(?:00|70)-0?1-0?1(?:T.*)?|0?1[./]0?1[./]19(?:00|70)")
_ADDRESS_VALUE = re.compile(r"(?=[^\n]*\d)(?=[^\n]*[^\W\d_]{3})[^\n<@/]{6,120}")
_POSTCODE_VALUE = re.compile(r"(?=[^\n]*\d)[A-Za-z0-9][A-Za-z0-9 -]{2,9}")


def normal_key(key: str) -> str:
    """`dateOfBirth`, `Date-Of-Birth` and `date_of_birth` alike."""
    key = key.strip().replace(" ", "_")
    low = key.lower()
    if low != key and key.lower() != key.upper():
        low = _CAMEL.sub("_", key.strip()).lower()
    return low.replace("-", "_")


def _name_words(value: str) -> list[str] | None:
    words = value.split()
    if not words or any(_WORD.fullmatch(w) is None or not w[0].isupper() for w in words):
        return None
    return None if STAND_IN.search(value) else words


def _alone(key: str, value: str) -> str | None:
    """The kind of a field that is personal whatever else its record holds."""
    if "<redacted:" in value:
        # a name field a rule redacted in part (`?full_name=<name>+Schultz`): the rest of it is the name too
        part = key in _NAME_PART or key in _FULL_NAME or key in _MAYBE_NAME
        return "person_name" if part and _PART_REDACTED.fullmatch(value) and value != PLACEHOLDER else None
    if key in _DOB:
        if UNKNOWN_DATE.fullmatch(value):
            return None
        m = _DATE.fullmatch(value)
        return "date_of_birth" if m is not None and adult_birth_year(int(m[1] or m[2])) else None
    if key in _NAME_PART:
        words = _name_words(value)
        return "person_name" if words is not None and len(words) <= 2 else None
    if key in _FULL_NAME:
        return "person_name" if STAND_IN.search(value) is None and reads_as_full_name(value) else None
    if key in _MAYBE_NAME:
        return "person_name" if reads_as_person(value) else None
    if key in _PHONE:
        return "phone" if _phone(value) else None
    if key in _ID:
        return "national_id" if checked_id(value, key) else None
    return None


_PHONE = frozenset(("phone", "phone_number", "mobile", "msisdn", "tel", "telephone", "cell"))
# A national id under a key that names one, as data or as JSON text (review R34): the value must pass the key's
# scheme's check (not `tax_id`, `id_number`, `rrn`: a company's, a member's or a payment's too, R48).
_ID = frozenset(KEY_CHECKS) | GENERIC_ID_KEYS


def _phone(value: str) -> bool:
    """An international number (`+447700900871`, as a query parameter decodes) valid in its country's plan."""
    import phonenumbers

    if not value.startswith("+") or not 8 <= sum(c.isdigit() for c in value) <= 15:
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value))
    except phonenumbers.NumberParseException:
        return False


def _in_record(key: str, value: str) -> str | None:
    """The kind of a field that is personal in a person's record."""
    if key in _ADDRESS:
        ok = _ADDRESS_VALUE.fullmatch(value) is not None and any(w[0].isupper() for w in _WORD.findall(value))
        return "postal_address" if ok else None
    if key in _POSTCODE:
        return "postal_address" if _POSTCODE_VALUE.fullmatch(value) is not None else None
    if key == "name":
        return "person_name" if reads_as_person(value) else None
    return None


_KEYS = _DOB | _NAME_PART | _FULL_NAME | _MAYBE_NAME | _ADDRESS | _POSTCODE | _PHONE | _ID | {"name"}
# every form a key of these takes once lower-cased and stripped of `_` and `-` (`dateOfBirth`, `Post-Code`)
_FLAT_KEYS = frozenset(k.replace("_", "") for k in _KEYS)


@lru_cache(maxsize=4096)
def _flat_key_read(key: str) -> bool:
    return key.lower().replace("_", "").replace("-", "").replace(" ", "") in _FLAT_KEYS


def has_personal_key(keys: Iterable[object]) -> bool:
    """A quick test before `field_kinds`: a key of a field it reads (payload keys repeat: the answer is cached)."""
    return any(isinstance(k, str) and _flat_key_read(k) for k in keys)


def field_kinds(pairs: Iterable[tuple[str, str]], person: bool, classes: frozenset[str]) -> dict[int, str]:
    """For a record's (key, value) pairs: the index of each personal field and its kind, the org's classes only.
    `person` says the record is already known to be a person's (a name on its line was redacted)."""
    pairs = [(normal_key(k), v) for k, v in pairs]
    found = {i: kind for i, (k, v) in enumerate(pairs) if (kind := _alone(k, v)) is not None}
    if found or person:
        for i, (k, v) in enumerate(pairs):
            if i not in found and (kind := _in_record(k, v)) is not None:
                found[i] = kind
    return {i: kind for i, kind in found.items() if kind in classes}


# What an earlier rule leaves in a record that says the record is a person's: their name, or their birth date or id
# redacted by its own shape (`{"dob": "<redacted:date_of_birth>", "address": ...}`: the dob field said so before
# birth_dates.py redacted its value ahead of this pass).
_PERSONS_MARKS = ("<redacted:person_name>", "<redacted:date_of_birth>", "<redacted:national_id>")


def a_persons_record(text: str) -> bool:
    """Whether a record's text (a line, or one of a dict's values) holds a mark of a person (`_PERSONS_MARKS`)."""
    return "<redacted:" in text and any(mark in text for mark in _PERSONS_MARKS)


# A JSON member with a string value, a URL query parameter (its value percent-decoded to be read), a command's
# flag with a quoted value (`--customer "..."`).
_VALUE_PART = r"(?:[^\"\\\n<]|<redacted:person_name>)"  # (a name a rule redacted in part, `Greta+<name>`, R21)
_MEMBER = re.compile(r'"(?P<key>[A-Za-z_][\w -]{0,39})"[ \t]*:[ \t]*"(?P<val>' + _VALUE_PART + r'{1,120})"')
_FLAG = re.compile(r"--(?<![\w-]--)(?P<key>[a-z][\w-]{0,39})[ =]\"(?P<val>[^\"\n<]{1,120})\"")
_PARAM = re.compile(r"[?&;](?P<key>[A-Za-z_][\w-]{0,39})=(?P<val>(?:[^&#\s\"'<]|<redacted:person_name>){1,120})")


NOTHING: Mapping[str, int] = MappingProxyType({})  # what a pass that found nothing returns (no Counter made)


def fields_in_text(text: str, classes: frozenset[str]) -> tuple[str, Mapping[str, int]]:
    """Each line's JSON members and query parameters that `field_kinds` calls personal, redacted."""
    if '":' not in text and "=" not in text and "--" not in text:
        return text, NOTHING
    spans: list[tuple[int, int, str]] = []
    for pattern, decode in ((_MEMBER, False), (_PARAM, True), (_FLAG, False)):
        # (only the fields a rule reads are kept, each with its line: a record is a line)
        ms = [m for m in pattern.finditer(text) if normal_key(m["key"]) in _KEYS]
        lines: dict[int, list[re.Match]] = {}
        line = pos = 0
        for m in ms:  # (in order: the line number counted on from the previous match, linear in the text)
            line += text.count("\n", pos, m.start())
            pos = m.start()
            lines.setdefault(line, []).append(m)
        for group in lines.values():
            a = text.rfind("\n", 0, group[0].start()) + 1
            b = text.find("\n", group[-1].end())
            person = a_persons_record(text[a : len(text) if b < 0 else b])
            pairs = [(m["key"], unquote_plus(m["val"]) if decode else m["val"]) for m in group]
            for i, kind in field_kinds(pairs, person, classes).items():
                spans.append((group[i].start("val"), group[i].end("val"), kind))
    return replace_spans(text, spans)


def replace_spans(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, Mapping[str, int]]:
    """Each (start, end, kind) span replaced by its placeholder, counted by kind; a span that starts inside
    an earlier one is dropped, so two rules that read one value replace it once."""
    if not spans:
        return text, NOTHING
    found: Counter = Counter()
    spans.sort()
    out, last = [], 0
    for a, b, kind in spans:
        if a < last:
            continue
        out.append(text[last:a])
        out.append(placeholder_for(kind))
        found[kind] += 1
        last = b
    out.append(text[last:])
    return "".join(out), found
