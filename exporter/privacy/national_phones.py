"""A phone number told by how it is written: valid in some country's plan, and grouped as that country groups it.

The word before a phone number changes with every language (`puh.`, `утас`, `ទូរស័ព្ទ`, `ဖုန်း`, `số điện thoại`)
and per-language word lists found none of batch 20's. The number's own writing travels: people write a phone in their
country's national format (`040 718 2934` in Finland, `012 345 678` in Cambodia, `01819-224466` in Bangladesh,
`612 48 93 17` in Spain), and `phonenumbers` knows every region's plan and its national format. A run of digit groups
that is a valid number in some region *and* splits into exactly the groups that region's national format prints is a
phone; a count (`12 345 678`), a date, an amount or an id in groups of four (`4918 2736 4553`) is not, as no plan
formats it so. Measured over every batch of the corpus (batches 3-20, blind, blind2): the shape alone matched 22
negative lines, all of them an HTTP status and a byte count (`" 200 18442`), an international number's tail (`+47 55 30
70 00`, found by the `+` rule), a year range (`2015-2022`), a company's number (`org.nr. 971 403 780`, a switchboard)
or a Japanese clinic's representative line; each has a guard below.

Cost: reading a number in every region's plan costs milliseconds, so the regions are first narrowed by length and
each plan's general pattern (microseconds), results are cached, and at most `_MAX_PER_TEXT` numbers are read in one
text (a text with more grouped numbers than that is a table or a log, not a person's message; the rest are kept).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

from exporter.privacy.redaction_checks import company_line
from exporter.privacy.rule_engine import Span

# Two to five groups of digits (any script's) split by one space or hyphen, or a bracketed area code first; nothing
# glued to either end that would make it part of a longer token (a version, a path, an address, a decimal, a
# thousands comma: `1,240 frames`; a CSV cell's comma is no digit's).
NATIONAL_PHONE = r"(?<![\w.+/:#=-])(?<!\d,)(?P<num>\(?\d{1,5}\)?(?:[ -]\d{1,8}){1,4})(?![\w/:%]|[.,:-]\d)"
NATIONAL_PHONE_GATE = re.compile(r"\d[ -]\(?\d").search

_MAX_PER_TEXT = 8
# What may stand right before the number (after spaces): a letter of any script, a label's colon, a comma, a bracket,
# a dash of prose, or the start of the text. Not a digit, a quote or a bracket closing a log field (`" 200 18442`).
_BEFORE_OK = frozenset(":：፡,،、;(–—") | {"."}
# A country code written just before (`+47 55 30 70 00`): the `+` rule's number, whose tail is no national number.
_COUNTRY_CODE_BEFORE = re.compile(r"\+\d{1,4}[ -]?\(?\Z")
# A year range (`2015-2022`) or a date (`2024-12-05`, `05-12-2024`) in groups.
_YEARS = re.compile(r"(?:19|20)\d\d[ -](?:(?:19|20)\d\d|\d\d[ -]\d\d)|\d\d[ -]\d\d[ -](?:19|20)\d\d")
# A company's own registration or tax number (`org.nr. 971 403 780 MVA`, `NIPC da empresa: 516 789 012`), searched
# in the lower-cased 40 characters before the number.
_COMPANY_NUMBER = re.compile(
    r"(?:org(?:anisasjons)?\.?[ \t]*n(?:r|o|ummer)\.?|\bmva\b|\bnipc\b|\bvat\b|\bcvr\b|\bkrs\b|\bregon\b|\babn\b"
    r"|\bein\b|\bkvk\b|\bdic\b|\bičo\b|\bico\b|y-tunnus|\bempresa\b|\bcompany\b|代表)"
)


# An English word right before the number that names a thing numbered so, not a phone.
_THING_BEFORE = re.compile(
    r"(?<![a-z])(?:ticket|order|build|version|release|invoice|case|incident|job|issue|batch|commit|rev|revision|ref"
    r"|id|pid|port|ports|sku|item|tracking|shipment|parcel|pr|change|run|account|acct|serial|imei|iccid)[ \t#:.-]*\Z"
)
_COMPANY_NEEDLES = (
    "org",
    "mva",
    "nipc",
    "vat",
    "cvr",
    "krs",
    "regon",
    "abn",
    "ein",
    "kvk",
    "dic",
    "ičo",
    "ico",
    "tunnus",
    "empresa",
    "company",
    "代表",
)


def _to_ascii(raw: str) -> str:
    if raw.isascii():
        return raw
    return "".join(str(int(c)) if c.isdigit() else c for c in raw)


def _groups(written: str) -> tuple[int, ...]:
    return tuple(len(g) for g in re.split(r"\D+", written) if g)


_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "personal_number",
    "voip",
    "pager",
    "uan",
    "voicemail",
)
_BACKREF = re.compile(r"\\(\d)")


@lru_cache(maxsize=1)
def _plans() -> tuple[tuple[str, str, frozenset[int], re.Pattern, tuple], ...]:
    """Every region's (name, national prefix, possible national lengths, the union of its number types' patterns,
    its national formats), read once from `phonenumbers`' metadata: a number no type's pattern takes is invalid there,
    and one no format prints in the written groups is written otherwise, which rules out almost every region in
    microseconds before `phonenumbers` itself reads the number in the few left (milliseconds for all of them)."""
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.general_desc is None:
            continue
        kinds = [getattr(meta, kind, None) for kind in _TYPES]
        patterns = [d.national_number_pattern for d in kinds if d is not None and d.national_number_pattern]
        if not patterns:
            continue
        union = re.compile("|".join(f"(?:{p})" for p in patterns))
        formats = tuple(
            (
                re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None,
                re.compile(f.pattern),
                f.format,
                f.national_prefix_formatting_rule or "",
            )
            for f in meta.number_format
        )
        out.append(
            (
                region,
                meta.national_prefix or "",
                frozenset(meta.general_desc.possible_length or ()),
                union,
                formats,
            )
        )
    return tuple(out)


def _printed_groups(formats: tuple, national: str, prefixed: bool) -> tuple[int, ...] | None:
    """The digit groups a region's national format prints `national` in (with the trunk prefix the writer wrote
    joined to the first group, as the formatting rule `0\\1` does), as `phonenumbers` picks the format."""
    for leading, pattern, layout, prefix_rule in formats:
        if leading is not None and leading.match(national) is None:
            continue
        m = pattern.fullmatch(national)
        if m is None:
            continue
        groups = [
            sum(len(m[int(ref)]) for ref in _BACKREF.findall(part)) for part in re.split(r"[^\\\d]+", layout)
        ]
        groups = [g for g in groups if g]
        if prefixed and groups:
            if not prefix_rule:
                return None
            groups[0] += sum(c.isdigit() for c in _BACKREF.sub("", prefix_rule))
        return tuple(groups)
    return None


@lru_cache(maxsize=1)
def _by_length() -> dict[int, tuple[tuple[str, str, re.Pattern, tuple], ...]]:
    """The plans by the length of the digits a person writes: the national number's, and with the trunk prefix
    (`(region, prefix or "", pattern, formats)`), so a number is read only in the plans it can belong to."""
    out: dict[int, list] = {}
    for region, prefix, lengths, valid, formats in _plans():
        for length in lengths:
            out.setdefault(length, []).append((region, "", valid, formats))
            if prefix:
                out.setdefault(length + len(prefix), []).append((region, prefix, valid, formats))
    return {length: tuple(plans) for length, plans in out.items()}


@lru_cache(maxsize=4096)
def national_region(written: str) -> str | None:
    """The first region in whose plan `written` (ASCII digits and separators) is a valid number printed in exactly
    these groups in its national format, or None."""
    groups = _groups(written)
    digits = "".join(c for c in written if c.isdigit())
    if len(groups) < 2 or not 7 <= len(digits) <= 13:
        return None
    for region, prefix, valid, formats in _by_length().get(len(digits), ()):
        prefixed = bool(prefix)
        if prefixed and not digits.startswith(prefix):
            continue
        national = digits[len(prefix) :]
        if valid.fullmatch(national) is None:
            continue
        if _printed_groups(formats, national, prefixed) != groups:
            continue
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        printed = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if _groups(printed) == groups:
            return region
    return None


@lru_cache(maxsize=4096)
def trunk_mobile_region(written: str) -> str | None:
    """The first region in whose plan `written` is a valid mobile number dialled with the region's trunk prefix and
    opened by the group the plan prints first (`07984` in `07984 331 620`, `0664` in `0664 318 14 27`), the subscriber
    digits after it exactly as the plan prints them (`06-38174925`) or its blocks split further (`_splits`), or None.

    People keep the prefix they dial as one group and split the rest as they say it, so libphonenumber's own grouping
    of the rest (`07984 331620`) is not the only one a person writes. The trunk prefix, the mobile range and the first
    group together are what a count, a date or an id in groups does not have. Ten digits at least: nine in groups is
    a US social security number's length (`078-05-1120`)."""
    groups = _groups(written)
    digits = "".join(c for c in written if c.isdigit())
    if len(groups) < 2 or not digits.startswith("0") or not 10 <= len(digits) <= 12 or _FILE_MODES.fullmatch(written):
        return None
    for region, prefix, valid, _formats in _by_length().get(len(digits), ()):
        if not prefix or not digits.startswith(prefix) or valid.fullmatch(digits[len(prefix) :]) is None:
            continue
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) != _MOBILE:
            continue
        printed = _groups(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
        if printed[0] == groups[0] and _splits(printed[1:], groups[1:]):
            return region
    return None


def _splits(printed: tuple[int, ...], written: tuple[int, ...]) -> bool:
    """Whether the written groups are the printed ones, each kept or split into groups of two to four digits (a
    person splits the plan's long block as they say it, `331620` as `331 620`; no plan's two blocks are one written
    group: `0612 3456 78` is an offset, review R3)."""
    if printed == written:
        return True
    if any(not 2 <= g <= 4 for g in written):
        return False
    bounds = {sum(printed[: i + 1]) for i in range(len(printed))}
    return bounds <= {sum(written[: i + 1]) for i in range(len(written))}


_MOBILE = phonenumbers.PhoneNumberType.MOBILE
# File modes as chmod and umask print them (`0660 0640 0600`, review R3): every group four octal digits opening 0.
_FILE_MODES = re.compile(r"0[0-7]{3}(?:[ -]0[0-7]{3})+")
# An IBAN printed in its groups of four (`NL91 ABNA 0417 1643 01`): the digits after its bank code are its account.
_IBAN_BEFORE = re.compile(r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+ \Z")


def _before_ok(text: str, at: int) -> bool:
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return True
    c = text[i - 1]
    return (
        c.isalpha() or c in _BEFORE_OK or unicodedata.category(c).startswith("M")
    )  # (`ಮೊಬೈಲ್`: a virama ends it)


# Numbers read in the text being read now, per thread (a `Redactor` is shared between threads): the budget that bounds
# a text's cost (`_MAX_PER_TEXT`). Only the text's identity and a count are kept.
_reading = threading.local()


def _within_budget(text: str) -> bool:
    if getattr(_reading, "text", None) is not text:
        _reading.text, _reading.left = text, _MAX_PER_TEXT
    _reading.left -= 1
    return _reading.left >= 0


def _foreign_word_before(text: str, at: int) -> bool:
    """Whether the nearest letter before `at` on its line (within 40 characters) is outside ASCII: the number
    follows a word in a language other than the English of ops text (`утас 9911 2345`, `Оюунчимэг, 8811 4567`)."""
    for i in range(at - 1, max(0, at - 40) - 1, -1):
        if text[i] == "\n":
            return False
        if text[i].isalpha():
            return not text[i].isascii()
    return False


def _script_word_before(text: str, at: int) -> bool:
    """Whether the nearest letter before `at` on its line (within 40 characters) is of a script other than Latin."""
    for i in range(at - 1, max(0, at - 40) - 1, -1):
        if text[i] == "\n":
            return False
        if text[i].isalpha():
            return not (ord(text[i]) < 0x250 or 0x1E00 <= ord(text[i]) <= 0x1EFF)
    return False


def pick_national_phone(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("num")
    raw = m["num"]
    written = _to_ascii(raw)
    if len(_groups(raw)) == 2 and not _foreign_word_before(text, a) and trunk_mobile_region(written) is None:
        return None  # (`ports 8080 9090`, `Ukubuyekeza: 0812 1545`: two groups are a phone only after a non-English word
        # or as a mobile with its trunk prefix: `06-38174925`)
    if _THING_BEFORE.search(text[max(0, a - 24) : a].lower()):
        return None  # (`ticket 0412 345 678`: a word that names a thing, review R5)
    if (
        not (_before_ok(text, a) or (text[a - 1 : a] in "\"'" and trunk_mobile_region(written)))
        or _COUNTRY_CODE_BEFORE.search(text, max(0, a - 8), a)
        or _YEARS.fullmatch(_to_ascii(raw))
    ):
        return None
    line = text.rfind("\n", max(0, a - 40), a) + 1
    before = text[max(line, a - 40) : a].lower()
    if any(word in before for word in _COMPANY_NEEDLES) and _COMPANY_NUMBER.search(before):
        return None
    if not _within_budget(text):
        return None
    region = national_region(written) or (None if _IBAN_BEFORE.search(text, max(0, a - 40), a) else trunk_mobile_region(written))
    if region is None or company_line(text, a, written, (region,)) and not _mobile_elsewhere(text, a, written, region):
        return None  # (a switchboard's label on the line, or a number the region's plan gives a service)
    return a, b


def _mobile_elsewhere(text: str, a: int, written: str, region: str) -> bool:
    """Whether a number the first region's plan gives a service is, dialled with its trunk prefix and grouped as printed,
    a mobile in another region's plan (`0300-2458173`: a shared-cost number in Finland, a mobile in Pakistan, where it
    was written; batches 20 and 25), after a word of a script other than Latin (the Latin-script country's own text,
    `palvelunumero 0300 2458173`, keeps its service number) and with no company's label on its line."""
    if not _script_word_before(text, a):
        return False
    other = trunk_mobile_region(written)
    return other is not None and other != region and not company_line(text, a, written, (other,))
