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
from functools import lru_cache

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

from exporter.privacy.redaction_checks import company_line
from exporter.privacy.rule_engine import Span

# Two to five groups of digits (any script's) split by one space or hyphen, or a bracketed area code first; nothing
# glued to either end that would make it part of a longer token (a version, a path, an address, a decimal).
NATIONAL_PHONE = r"(?<![\w.+/:,#=-])(?P<num>\(?\d{1,5}\)?(?:[ -]\d{1,5}){1,4})(?![\w/:%]|[.,:-]\d)"
NATIONAL_PHONE_GATE = re.compile(r"\d[ -]\(?\d").search

_MAX_PER_TEXT = 8
# What may stand right before the number (after spaces): a letter of any script, a label's colon, a comma, a bracket,
# a dash of prose, or the start of the text. Not a digit, a quote or a bracket closing a log field (`" 200 18442`).
_BEFORE_OK = frozenset(":：፡,،、;(–—") | {"."}
# A country code written just before (`+47 55 30 70 00`): the `+` rule's number, whose tail is no national number.
_COUNTRY_CODE_BEFORE = re.compile(r"\+\d{1,4}[ -]?\(?\Z")
# A year range (`2015-2022`) or a date (`2024-12-05`, `05-12-2024`) in groups.
_YEARS = re.compile(r"(?:19|20)\d\d[ -](?:(?:19|20)\d\d|\d\d[ -]\d\d)|\d\d[ -]\d\d[ -](?:19|20)\d\d")
# A company's own registration or tax number (`org.nr. 971 403 780 MVA`, `NIPC da empresa: 516 789 012`).
_COMPANY_NUMBER = re.compile(
    r"(?i)(?:org(?:anisasjons)?\.?[ \t]*n(?:r|o|ummer)\.?|\bmva\b|\bnipc\b|\bvat\b|\bcvr\b|\bkrs\b|\bregon\b|\babn\b"
    r"|\bein\b|\bkvk\b|\bdic\b|\bičo\b|\bico\b|y-tunnus|\bempresa\b|\bcompany\b|代表)"
)


def _to_ascii(raw: str) -> str:
    return "".join(str(int(c)) if c.isdigit() else c for c in raw)


def _groups(written: str) -> tuple[int, ...]:
    return tuple(len(g) for g in re.split(r"\D+", written) if g)


@lru_cache(maxsize=1)
def _plans() -> tuple[tuple[str, str, frozenset[int], re.Pattern], ...]:
    """Every region's (name, national prefix, possible national lengths, general pattern), read once."""
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        desc = meta.general_desc if meta is not None else None
        if desc is None or desc.national_number_pattern is None:
            continue
        out.append(
            (
                region,
                meta.national_prefix or "",
                frozenset(desc.possible_length or ()),
                re.compile(desc.national_number_pattern),
            )
        )
    return tuple(out)


@lru_cache(maxsize=4096)
def national_region(written: str) -> str | None:
    """The first region in whose plan `written` (ASCII digits and separators) is a valid number printed in exactly
    these groups in its national format, or None."""
    groups = _groups(written)
    digits = "".join(c for c in written if c.isdigit())
    if len(groups) < 2 or not 7 <= len(digits) <= 13:
        return None
    for region, prefix, lengths, pattern in _plans():
        national = digits[len(prefix) :] if prefix and digits.startswith(prefix) else digits
        if len(national) not in lengths or pattern.fullmatch(national) is None:
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


def _before_ok(text: str, at: int) -> bool:
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return True
    c = text[i - 1]
    return c.isalpha() or c in _BEFORE_OK


def pick_national_phone(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("num")
    raw = m["num"]
    if (
        not _before_ok(text, a)
        or _COUNTRY_CODE_BEFORE.search(text, max(0, a - 8), a)
        or _YEARS.fullmatch(_to_ascii(raw))
    ):
        return None
    line = text.rfind("\n", 0, a) + 1
    if _COMPANY_NUMBER.search(text, max(line, a - 40), a):
        return None
    written = _to_ascii(raw)
    region = national_region(written)
    if region is None or company_line(text, a, written, (region,)):
        return None  # (a switchboard's label on the line, or a number the region's plan gives a service)
    return a, b
