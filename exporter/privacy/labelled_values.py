"""A personal value after a form's label in any language, told by the value's own shape, not by the label's words.

Forms, tickets and chat in every language write personal data as `label: value` (`முகவரி: 14, பாரதி தெரு, ...`,
`አድራሻ፡ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ ...`, `ජාතික හැඳුනුම්පත් අංකය: 199312304567`). Per-language label lists found none of
batch 20's eleven scripts; what carries is the structure: a label (letters of any script before a colon, including
the Ethiopic `፡` and the Armenian `՝`) and a value whose shape says what it is:

- an **address**: two to seven parts split by the comma of any script (`,` `،` `፣` `၊`), short, with a house or
  street number, and either a postcode beside a place name (`Երևան 0051`, `96100 Rovaniemi`, `602 00 Brno`) or two
  parts of words alone (a district, a town);
- an **identifying number** (an id card's, a tax or bank account's): nine to sixteen digits alone, in groups or not,
  after a label in a language other than English (a letter outside ASCII in the label), so an English ops label
  (`order id: 100042317`, `account: 123456789012`) keeps its number.

The value is never technical text (no `=`, `@`, `/` between letters, brackets, quotes or a dotted number such as an
address or a version). Measured on every line of the corpus (batches 3-20, blind, blind2) before it was added: see
bench/RESULTS.md, round 20, engineer redpii.
"""

from __future__ import annotations

import re

from exporter.privacy.identity_numbers import site_address
from exporter.privacy.legal_forms import alternation
from exporter.privacy.rule_engine import Span

# A label's last character: a letter, a closing bracket (`(NID):`), or the vowel sign, virama or joiner that ends a
# word in the Brahmic and Southeast Asian scripts (`સરનામું:`, `ಸಂಖ್ಯೆ:`; combining marks are no `\w`); never a digit
# (a clock's `10:15`, `१०:१५`).
LABEL_END = (
    r"(?<!\d)(?<=[^\W\d_)]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u0f18-\u0fbc\u102b-\u103e\u17b4-\u17d3\u200c\u200d])"
)
# The label's colon, then the value to the line's end.
LABELLED_VALUE = LABEL_END + r"[:：፡՝][ \t]*(?P<val>[^\n]{4,160})"
LABELLED_VALUE_GATE = re.compile(r"[:：፡՝][ \t]*[^\W_]").search

# Where the value ends: an aside in brackets, a dash of prose, a clause's end (a full stop is an abbreviation's as
# often, `தி. நகர்`, `պող. 38`: only a trailing one is dropped).
_VALUE_END = re.compile(r"[ \t]+[–—-][ \t]|[ \t]*\((?!\d)|[;!?]")
# (another label, a bracket left after the cut, an id or a host written with a dash, `INC-2291`, `lon-04`)
# (or a host named by words joined by `-`, the last with a number glued to it: `lw-prod-apse1`, round 27; a street's
# number stands apart, `Karl-Marx-Straße 12`)
_TECHNICAL = re.compile(
    r"[=@<>{}\[\]|\"'`\\_*#$%^~:()]|\d[.:]\d|[^\W\d_]/[^\W\d_]|[^\W\d_]{2}-\d|\d-\d\d-|[^\W\d_]-[^\W\d_]{2,}\d"
)
# A data centre's or a site's place in other languages than `site_address` reads (review R4: `Rack 12, Hala 3, ...`,
# `Sala 2, Fila 14, Bastidor 7`, `Locație server:`).
_SITE = re.compile(
    r"(?i)(?<![^\W\d_])(?:rack|racks|hala|sala|fila|bastidor|cage|row|cabinet|armario|server|servers|serwer"
    r"|datacent(?:er|re)|rechenzentrum|serverraum|serverovna)(?![^\W\d_])"
)
# A company's legal form: a business's address, not a person's (`Cruxline Finland Oy, Y-tunnus ..., Helsinki`).
_COMPANY = re.compile(
    rf"(?:^|[ \t,])(?:{alternation('l')})(?:$|[ \t,.])"
)
# A part that is a thing's code or a count, not a street or a postcode's town: a compound word with a hyphen then a
# number of four digits or more (`Kampagnen-Code 482913`, `SMS-კოდი 551208`; a street's house number is short,
# `Karl-Marx-Straße 12`), or a number then a Latin word in lower case (`4500 destinataires`: a town is capitalised).
_CODE_PART = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+[ \t]+\d{4,}")
_COUNT_PART = re.compile(r"\d{4,}[ \t]+(?P<noun>[^\W\d_].*)")
_PART_SPLIT = re.compile(r"[ \t]*[,،፣၊][ \t]*")
_LEADING_NAME = re.compile(r"<redacted:person_name>[ \t]*[,،፣၊][ \t]*")
_WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*")
# A postcode beside a place name: `Երևան 0051`, `96100 Rovaniemi`, `602 00 Brno`, `1300-343 Lisboa`, `600017`.
_POSTCODE_TOWN = re.compile(
    r"(?:^|[ \t])(?:\d{4,6}|\d{3} \d{2}|\d{4}-\d{3})[ \t]+[^\W\d_][^\s\d]|[^\W\d_][^\s\d]*[ \t]+(?:\d{4,6}|\d{3} \d{2})$"
)
# A number that opens with a date of this century's second quarter-century or so (`20261130...`): a batch's, a
# build's or a ticket's, made that day; a person's id opens with a birth year far more often (`199312304567`).
_RECENT_DATE_FIRST = re.compile(r"20[1-3]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_EPOCH = re.compile(r"1[5-9]\d{8}(?:\d{3})?")
_ID_NUMBER = re.compile(r"\d{3,16}(?:[ -]\d{1,7}){0,4}")


def _value(m: re.Match) -> tuple[int, str]:
    """Where the value starts (after a name an earlier rule redacted, `Requester: <name>, 7 Clifton Terrace, ...`) and
    its text up to its end."""
    raw = m["val"]
    end = _VALUE_END.search(raw)
    value = (raw[: end.start()] if end else raw).rstrip(" \t.,;")
    lead = _LEADING_NAME.match(value)
    skip = lead.end() if lead else 0
    return m.start("val") + skip, value[skip:]


def _address_shaped(value: str, label: str) -> bool:
    if len(value) > 80 or _TECHNICAL.search(value) or not any(c.isdigit() for c in value):
        return False
    parts = [p for p in _PART_SPLIT.split(value) if p]
    if not 2 <= len(parts) <= 7 or any(len(p) > 50 or len(p.split()) > 6 for p in parts):
        return False
    if any(_code_or_count(p) for p in parts):
        return False
    if _COMPANY.search(value) or site_address(value) or _SITE.search(value) or _SITE.search(label):
        return False
    words_only = [p for p in parts if not any(c.isdigit() for c in p) and _WORD.search(p)]
    if any(_latin_lower(p) for p in words_only):
        return False  # (`kafka, retries`, `assignee team-privacy`: in a cased script a place's name has a capital)
    worded = len(words_only)
    # (a person's address opens with its house or street number, `14, பாரதி தெரு, ...`, or is a place's parts alone,
    # `تهران، خیابان ولیعصر، کوچه نادر، پلاک ۱۴`; a business's opens with its name: `תנובה, רחוב הרצל 12, תל אביב`)
    if not any(c.isdigit() for c in parts[0]) and worded < 3:
        return False
    return worded >= 2 or any(_POSTCODE_TOWN.search(p) for p in parts)


def _code_or_count(part: str) -> bool:
    """Whether a part is a code (`Kampagnen-Code 482913`) or a count of things (`4500 destinataires`): a campaign's
    or a batch's line, `SMS-Versand: Kampagnen-Code 482913, 1200 Empfänger`, has an address's parts and numbers."""
    if _CODE_PART.fullmatch(part):
        return True
    count = _COUNT_PART.fullmatch(part)
    return count is not None and _latin_lower(count["noun"])


def _latin_lower(part: str) -> bool:
    """Whether a part of words holds a Latin word of four letters or more that starts in lower case (a place's name
    in a Latin-script language is capitalised; a particle, `de`, `út`, is short)."""
    return any(len(w) >= 4 and w[0].islower() and ord(w[0]) < 0x250 for w in _WORD.findall(part))


# The scripts round 19's rules read with their own words and guards (native_names.py, native_addresses.py, the id
# labels of identity_numbers.py, script_names.py): Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul and
# Han. There those rules decide (a reviewer's `паспорт качества: 4471202611`, a milk batch's quality certificate,
# `الاسم: شركة الحليب`, a company); these shape rules read the scripts no rule knows.
_RULED_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff\ufb50-\ufdff\ufe70-\ufeff]"
)


def ruled_script(text: str) -> bool:
    """Whether `text` holds a letter of a script round 19's rules read with their own guards (`_RULED_SCRIPT`)."""
    return _RULED_SCRIPT.search(text) is not None


def _label_foreign(text: str, colon: int) -> bool:
    """Whether the label before the colon (its line's last 40 characters) holds a letter outside ASCII, of a script
    no other rule reads."""
    line = text.rfind("\n", max(0, colon - 40), colon) + 1
    label = text[max(line, colon - 40) : colon]
    return any(c.isalpha() and not _latin(c) for c in label) and not ruled_script(label)


def _latin(c: str) -> bool:
    """A Latin letter (Basic Latin to Latin Extended-B, IPA, Latin Extended Additional): review R2's sizes, timestamps
    and order numbers after Icelandic, Lithuanian, Romanian labels are no ids; the label's script must be another."""
    return ord(c) < 0x2B0 or 0x1E00 <= ord(c) <= 0x1EFF


def _digit_count(value: str) -> int:
    return sum(c.isdigit() for c in value)


def pick_labelled_address(m: re.Match, text: str, floor: int) -> Span | None:
    a, value = _value(m)
    line = text.rfind("\n", max(0, m.start() - 40), m.start()) + 1
    label = text[max(line, m.start() - 40) : m.start()]
    return (a, a + len(value)) if _address_shaped(value, label) else None


def pick_labelled_id(m: re.Match, text: str, floor: int) -> Span | None:
    a, value = _value(m)
    if _ID_NUMBER.fullmatch(value) is None or not 9 <= _digit_count(value) <= 16:
        return None
    digits = "".join(c for c in value if c.isdigit())
    if _EPOCH.fullmatch(digits) or (digits.isascii() and int(digits) & (int(digits) - 1) == 0):
        return None  # (a Unix time, `1765012345`; a power of two, a byte count: review R2)
    if _RECENT_DATE_FIRST.match(value):
        return None  # (`партии молока: 2026113004`: a batch or build number opens with the day it was made)
    return (a, a + len(value)) if _label_foreign(text, m.start()) else None
