"""A phone written as its plan prints it, the trunk prefix before a bracketed area code, with the city's own code.

Russia's national format, which Kazakhstan shares in the +7 zone, prints a number `8 (AAA) NNN-NN-NN`: the trunk
prefix, then the area code in brackets (libphonenumber's formatting rule `8 (\\1)`). People write the code their city
has, three to five digits (`8 (8212) 24-61-09` in Syktyvkar, `8 (8662) 42-17-93` in Nalchik), where libphonenumber
prints every fixed line with three (`8 (821) 224-61-09`); `national_phones`, which needs the printed groups, reads
none of these, nor the mobile `8 (917) 264-38-15` (its trunk prefix is no `0`). Writers 22, 24, 25, 29 and 31 wrote
phones so (Kazakh, Tatar, Bashkir, Tuvan, Komi, Kabardian). The written form (the plan's trunk prefix, a bracketed
code, the rest in groups), a valid number of the plan, and its owner right before it, a person a rule took, then a
comma and at most the phone's own label (`Николай Игушев, тел. 8 (8212) ...`, `Гөлнара Хәйруллина, кесә телефоны 8
(917) ...`) are the evidence. An office's line is written the same way (`экологиянь отдел, тел. 8 (8342) 47-00-00`,
writer 31's negative; a desk's number a named speaker pastes, review R4), so a number with no person right before it
stays, as does one the plan gives a service (`8 (800) ...`) or one on a switchboard's line
(`company_line`). The name rules run after the phone rules: the second pass over the text reads the name's placeholder.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

from exporter.privacy.redaction_checks import company_line
from exporter.privacy.rule_engine import Span

BRACKETED_AREA_PHONE = (
    r"(?<![\w.+/:#=(-])(?P<num>(?P<trunk>\d)[ \t]?\(\d{3,5}\)[ \t]?\d{1,4}(?:[ -]\d{1,4}){1,3})(?![\w/%(]|[.,:-]\d)"
)
BRACKETED_AREA_PHONE_GATE = re.compile(r"\d[ \t]?\(\d{3,5}\)").search
# The owner right before the number: a person's name a rule took, a comma, at most two words of the phone's own label
# (`тел.`, `кесә телефоны`, `моб.`); not a speaker's colon (`Тимур Валиев: дежурная часть 8 (3452) ...`, review R4).
_OWNER_BEFORE = re.compile(r"<redacted:person_name>[ \t]*,?[ \t]*(?:[^\W\d_]+\.?[ \t]+){0,2}\Z")


@cache
def _regions_by_trunk() -> dict[str, tuple[str, ...]]:
    """Trunk prefix -> the regions whose national format prints it before a bracketed area code (`8 (\\1)`), and the
    regions that share their country code (the +7 zone), from libphonenumber's metadata."""
    codes: dict[str, set[int]] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        meta = PhoneMetadata.metadata_for_region(region)
        prefix = meta.national_prefix if meta is not None else None
        if not prefix:
            continue
        rules = {f.national_prefix_formatting_rule for f in meta.number_format}
        if f"{prefix} (\\1)" in rules:
            codes.setdefault(prefix, set()).add(meta.country_code)
    return {
        prefix: tuple(sorted(r for c in cc for r in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(c, ())))
        for prefix, cc in codes.items()
    }


def pick_bracketed_area_phone(m: re.Match, text: str, floor: int) -> Span | None:
    written = m["num"]
    if _OWNER_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None:
        return None  # (no person named right before it: an office's or a desk's line as often)
    digits = "".join(c for c in written if c.isdigit())
    if not 10 <= len(digits) <= 12:
        return None
    for region in _regions_by_trunk().get(m["trunk"], ()):
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and str(number.national_number) == digits[1:]:
            a, b = m.span("num")
            return None if company_line(text, a, written, (region,)) else (a, b)
    return None
