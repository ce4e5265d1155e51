"""A home's address found by its dwelling's own number: a flat, a house or a plot numbered beside the street or town.

Writers of every language write a person's address with no label before it (`is mise Mòrag ... aig 7 Sràid ...`,
`Götgatan 48 lgh 1102, 118 26 Stockholm`, `ул. Большая Пироговская, д. 19, кв. 42, Москва`, `张杨路 1288 弄 6 号 1502
室`, `ঘৰ নং 17, জু ৰোড, গুৱাহাটী 781024`, `Casa 45-B، گلی 7`). What carries across them is the word for the dwelling
or its number written beside a number: a flat (`Flat 3`, `кв. 42`, `lgh 1102`, `D:7`, `3ºB`, `45 нче фатир`,
`42-xonadon`, `1502 室`), a house or a plot (`д. 19`, `No: 112`, `ঘৰ নং 17`, `ପ୍ଲଟ୍ ନଂ 214`, `Mana Lakk. 1147`, `7-uy`,
`የቤት ቁጥር 1127`). Such a word alone is also a counter's or a ticket's (`No. 5 in the queue`, `3号机`), so the
address is taken only when a second part of an address stands in the same run of comma-split parts: another
dwelling number, a postcode (four to six digits, `118 26`, a UK postcode), or three short parts in a row. The run
is a line's short parts (at most `_PART_WORDS` words and `_PART_CHARS` characters each) with nothing a machine
writes (`=`, `/`, `@`, brackets, a dotted number), no site's or company's word (`Unit 4, Trading Estate`, an office,
a rack) and no Latin word of four letters or more in lower case opening a part (a place's name is capitalised).

Words of each language are listed (`_BEFORE`, `_AFTER`): a dwelling word of a language not listed is missed.
The pattern is the dwelling word with its number; the pick reads a bounded window of the line around it
(`_WINDOW` characters each side), so the rule is linear in the text.
"""

from __future__ import annotations

import re
import threading

from exporter.privacy.identity_numbers import site_address
from exporter.privacy.legal_forms import alternation
from exporter.privacy.rule_engine import Span
from exporter.privacy.street_addresses import _ENDS, _NAMED_ENDS, _OPENS
from exporter.privacy.street_addresses import _SITE as _SITE_BEFORE

# A dwelling's word, then its number (lower case: the rule reads the lower-cased text).
_BEFORE = (
    r"(?<![^\W\d_])(?:flat|apt\.?|apartment|lgh\.?|no[.:]|nº|n\.º|d:|daire|apto\.?|dpto\.?|nyumba"
    r"|mana[ \t]+lakk\.?|кв\.|квартира|д\.|дом|корп\.)"
    # (the scripts of India: `নং`, `ନଂ`, `नं.`, `ನಂ.`, `ਨੰ.`, `નં.` "number" after a house's, a plot's or a ward's word)
    r"|(?:নং|ନଂ|नं|ನಂ|ਨੰ|નં)\.?"
    r"|(?<![\u0600-\u06ff])(?:مکان|مكان|فليٽ|فلیٹ|پلاک|پلاڪ|واحد|بلاڪ|بلاک)"
    r"|የቤት[ \t]+ቁጥር"
)
# A flat's own word (a dwelling inside a building): only a home has one. A house's, a plot's or a ward's number
# (`No.`, `д.`, `ঘৰ নং`, `号`) is also a customer site's, an office's or an equipment's (`Lift No. 4, Car B`, `Лифт в
# д. 19, ул. Ленина`; review R1): the address is then taken only after the person's data on its line.
_FLAT = re.compile(
    r"(?<![^\W\d_])(?:flat|apt\.?|apartment|lgh\.?|d:|daire|apto\.?|dpto\.?|кв\.|квартира|фатир|пәтер|xonadon|jaý"
    r"|فليٽ|فلیٹ|واحد)|ئۆي|室|\dº"
)
_PERSON_BEFORE = re.compile(r"<redacted:(?:person_name|email|phone|national_id|iban|card_number|date_of_birth)>")
_NUMBER = r"\d{1,5}(?:[-/]\d{1,4})?(?:-?[a-z](?![^\W\d_]))?"
# A number, then the dwelling's word written after it (Turkic languages' ordinals, Han characters, a Spanish floor).
_AFTER = (
    r"(?:[ \t]*-?[ \t]*(?:се|сы|нче|нчы|нчи|чи|чы|nji|njy|nchi)?[ \t-]*(?:йорт|фатир|пәтер|тоот|uy|xonadon|jaý|ئۆي)"
    r"|[ \t]*(?:号|弄|室|栋|幢)|º[a-z]?)(?![^\W\d_])"
)
DWELLING = r"(?:(?P<word>" + _BEFORE + r")[ \t]*(?P<num>" + _NUMBER + r")(?![\d]))|(?<![\w.,:/-])(?P<pre>\d{1,5})" + _AFTER
# (the words' gate: one Python pattern of literals, a microsecond on an ops line; as sixty needles the rule engine
# would hand them to RE2, whose call costs some 20 us on a line of ingest: 4% of its throughput)
DWELLING_GATE = re.compile(
    r"flat|apt|apartment|lgh|no[.:]|nº|n\.º|d:|daire|apto|dpto|nyumba|lakk|кв|д\.|дом|корп|নং|ନଂ|नं|ನಂ|ਨੰ|નં"
    r"|مکان|مكان|فليٽ|فلیٹ|پلاک|پلاڪ|واحد|بلاڪ|بلاک|ቁጥር|йорт|фатир|пәтер|тоот|-uy|xonadon|jaý|ئۆي|号|弄|室|栋|幢|º"
).search

_WINDOW = 140
_PART_WORDS = 5
_PART_CHARS = 40  # (leave-one-writer-out: bench/redaction_dwelling_lobo.py chose 40 on 26 of 27 folds)
_SPLIT = re.compile(r"[,،，、፣]")
_DWELLING = re.compile(DWELLING)
# A postcode: four to six digits alone, `118 26`, `00-514`, `1016 GV`, a UK postcode.
# (not before a word in lower case: `2048 bytes` is a count; a town after its postcode is capitalised or uncased)
_POSTCODE = re.compile(
    r"(?<![\w.,:/-])(?:\d{4,6}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2})"
    r"(?![\w.,:/-]|[ \t]\d|[ \t]+[a-zß-ÿа-яё])"
    r"|(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?!\w)"
)
# What a machine writes, or a sentence's end inside a part.
_TECHNICAL = re.compile(r"[=@<>{}\[\]|\"`\\_*#$%^~()/]|\d[.:]\d|\d{7,}|[^\W\d_]{2}-\d{3,}")
_SITE = re.compile(
    r"(?i)(?<![^\W\d_])(?:suite|floor|etage|unit|building|estate|park|industrial|trading|office|offices|rack|cage|row"
    r"|hall|server|servers|datacent(?:er|re)|warehouse|depot|dock|plant|factory|campus|store|shop|site|queue|item"
    r"|step|ticket|issue|version|release|build|page|line|room|node|host|port|slot|job|case|order|invoice|table"
    r"|офис|офіс|склад\w*|цех)(?![^\W\d_])|办公|机房|仓库|会议|服务器|机柜|号机|工单|订单"
)
_COMPANY = re.compile(rf"(?:^|[ \t,])(?:{alternation('l')})(?:$|[ \t,.])")
_WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*")


# Where a run of an address's parts ends: a field's or a quote's edge, a clause's end, a label's colon (a word of three
# letters or more before it: `No: 112` and `D:7` are a house's and a flat's), a sentence's end (a word of five letters
# or more before the stop: `Jl.`, `Cd.`, `Rd.` are a street's abbreviations).
_STOP = re.compile(r"[;|\"\t<>()\[\]{}=#。।؛]|(?<=[^\W\d_]{3})[:：፡][ \t]|(?<=[^\W\d_]{5})[.!?](?=[ \t]|$)")
# A street's word in the part runs (Latin script: street_addresses.py's lists; a few others).
_STREET_WORDS = frozenset((*_OPENS, *_NAMED_ENDS, "jl.", "jalan", "cd.", "cad.", "sok.", "mah.", "ул.", "улица",
                           "урамы", "köçesi", "sràid", "carrièra"))


def _street_word(value: str) -> bool:
    return any(w in _STREET_WORDS or (len(w) > 5 and w.endswith(_ENDS)) for w in value.lower().split())


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The comma-split parts of text[a:b] as (start, end) with their spaces trimmed."""
    out = []
    start = a
    for m in _SPLIT.finditer(text, a, b):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, b))
    trimmed = []
    for s, e in out:
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t.":
            e -= 1
        trimmed.append((s, e))
    return trimmed


def _short(part: str, worded: int = _PART_WORDS) -> bool:
    """A part an address is made of: a few words, nothing technical, no Latin word of four letters or more in lower
    case opening it (a place's name is capitalised); a part of words alone has at most `worded` words."""
    words = [w for w in part.split() if not w.isdigit()]  # (numbers are no words: `张杨路 1288 弄 6 号 1502 室`)
    if not part or len(part) > _PART_CHARS or len(words) > _PART_WORDS or _TECHNICAL.search(part):
        return False
    if len(words) > worded and not any(c.isdigit() for c in part):
        return False
    first = _WORD.search(part)
    return not (first is not None and first.start() == 0 and _latin_lower(first[0]))


def _latin_lower(word: str) -> bool:
    return len(word) >= 4 and word[0].islower() and ord(word[0]) < 0x250


def _tail(part: str) -> int:
    """Where the address opens inside a longer part before the dwelling's (`alamatna Jl. Cihampelas No. 88`): the last
    words, at most four, after the last Latin word of four letters or more in lower case."""
    start = len(part)
    worded = 0
    for w in reversed(list(re.finditer(r"\S+", part))):
        worded += not w[0].isdigit()
        if _latin_lower(w[0]) or worded > 4 or (w[0][0].islower() and w[0] not in _STREET_WORDS
                                                 and not _DWELLING.match(w[0].lower())):
            break
        start = w.start()
    return start


# A next part that opens with a town and its postcode, or a postcode and its town, then goes on as a sentence.
_TOWN_POSTCODE = re.compile(
    r"(?:[^\W\d_][\w’-]+[ \t]+)?(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?!\w)"
    r"|\d{4,6}(?![\w.,:/-])(?:[ \t]+[^\W\d_][\w’-]+)?)"
)


def _postcode_town(text: str, part: tuple[int, int]) -> int | None:
    m = _TOWN_POSTCODE.match(text, *part)
    return m.end() if m is not None and (m[0][:1].isupper() or m[0][:1].isdigit() or not m[0][:1].isascii()) else None


# Where the last failed read of the text being redacted ended, per thread (a `Redactor` is shared between threads): a
# later dwelling word in the same part reads the same window and fails as well, so it is not read again (a line of
# `d:7 d:7 ...` or `1 号 2 号 ...` cost one window per word without this).
_failed = threading.local()


def pick_dwelling_address(m: re.Match, text: str, floor: int) -> Span | None:
    if m.start() < floor or (getattr(_failed, "text", None) is text and m.start() < _failed.until):
        return None
    span, until = _read(m, text, floor)
    if span is None:
        _failed.text, _failed.until = text, until
    return span


# A word in lower case right after the dwelling's number: the number counts things (`Flat 3 rows`, `No. 12 of 40`).
_COUNTED = re.compile(r"[ \t]+[a-zß-ÿа-яё]")


def _read(m: re.Match, text: str, floor: int) -> tuple[Span | None, int]:
    """The address around the dwelling's number, or None and where the part read ends."""
    if m["num"] is not None and _COUNTED.match(text, m.end()):
        return None, m.end()
    ws = max(text.rfind("\n", max(0, m.start() - _WINDOW), m.start()) + 1, m.start() - _WINDOW, floor)
    we = text.find("\n", m.end(), m.end() + _WINDOW)
    we = min(len(text), m.end() + _WINDOW) if we < 0 else we
    for stop in _STOP.finditer(text, ws, m.start()):
        ws = stop.end()
    after = _STOP.search(text, m.end(), we)
    we = after.start() if after else we
    if m.start() < ws:
        return None, m.end()  # (the match holds a stop itself)
    parts = _parts(text, ws, we)
    home = next(i for i, (s, e) in enumerate(parts) if m.start() <= e)
    s0, e0 = parts[home]
    if not _short(text[s0:e0]):
        s0 += _tail(text[s0 : m.start()])
        if not _short(text[s0:e0]):
            return None, e0
    first, last = home, home
    while first > 0 and home - first < 2 and s0 == parts[home][0] and _short(text[slice(*parts[first - 1])], 3):
        first -= 1
    while last + 1 < len(parts) and last - home < 4 and _short(text[slice(*parts[last + 1])], 3):
        nxt = text[slice(*parts[last + 1])]
        if not any(c.isdigit() for c in nxt) and not _cased_name(nxt) and not _bridge(text, parts, last + 1, home):
            break  # (`，电梯门夹人，已派工程师`: clauses of a script without case after the address; review R2)
        last += 1
        if _POSTCODE.search(text, *parts[last]):
            break  # (a postcode and its town close an address)
    start = s0 if first == home else parts[first][0]
    end = parts[last][1]
    if last + 1 < len(parts) and last - home < 4 and not _POSTCODE.search(text, *parts[last]):
        end = _postcode_town(text, parts[last + 1]) or end  # (`..., Edinburgh EH7 5DD in the last year`)
    for word in re.finditer(r"\S+", text[start:end]):
        at = start + word.start()
        if (not word[0].islower() or word[0] in _STREET_WORDS or _DWELLING.match(text[at : at + 24].lower())
                or word.end() >= end - start):
            start = at
            break  # (`to Flat 2, ...`, `жилец из кв. 17`: the sentence's words in lower case before the address; R2)
    end = _close_at_postcode(text, start, end)
    value = text[start:end]
    second = (len(_DWELLING.findall(value.lower())) >= 2 or _POSTCODE.search(value) is not None
              or last - first >= 2 or _street_word(value))
    if not second or _SITE.search(value) or _COMPANY.search(value) or site_address(value):
        return None, e0
    line = text.rfind("\n", 0, start) + 1
    if _SITE_BEFORE.search(text, max(line, start - 60), start):
        return None, e0  # (`The Oslo office moved to No. 5, ...`: a site's word before the address; review R1)
    if _FLAT.search(value.lower()) is None and not _owner_before(text, max(line, start - _WINDOW), start):
        return None, e0  # (a house number with no flat and no owner: a site's, `Lift No. 4, Car B, Door 2`; R1, R5)
    return (start, end), end


def _owner_before(text: str, line: int, start: int) -> bool:
    """Whether a person's redacted data stands right before the address, at most two words between (`<name>, ...`,
    `<name>, alamate ...`, `<phone>, ev adresi ...`): its owner. A name further back is as often the technician's who
    visited the site (`Техник <name> проверил лифт в д. 19, ...`; review R5)."""
    found = list(_PERSON_BEFORE.finditer(text, line, start))
    return bool(found) and len(_WORD.findall(text, found[-1].end(), start)) <= 2


def _cased_name(part: str) -> bool:
    """A part of words in a cased script, each capitalised (a town, `Москва`, `Port Rìgh`)."""
    words = _WORD.findall(part)
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


def _bridge(text: str, parts: list[tuple[int, int]], i: int, home: int) -> bool:
    """Whether a part without a digit in a script without case leads, within the run's reach, to a part with a digit
    (`জু ৰোড, গুৱাহাটী 781024`: the road between the house and the postcode)."""
    for j in range(i + 1, min(len(parts), home + 5)):
        part = text[slice(*parts[j])]
        if not _short(part, 3):
            return False
        if any(c.isdigit() for c in part):
            return True
    return False


def _close_at_postcode(text: str, start: int, end: int) -> int:
    """The span's end at its postcode and the town right after it, when a sentence goes on after them (`Казань 420015
    жалуется на шум лифта`, `34728 İstanbul oldu`; review R2)."""
    found = list(_CLOSING_POSTCODE.finditer(text, start, end))
    if not found:
        return end
    town = _TOWN_AFTER.match(text, found[-1].end(), end)
    cut = town.end() if town is not None else found[-1].end()
    return cut if _SENTENCE_WORD.search(text, cut, end) else end  # (`1462 Sok. No:18 D:5`: no sentence goes on)


_SENTENCE_WORD = re.compile(r"(?<![^\W\d_])[a-zß-ÿа-яё]")


_CLOSING_POSTCODE = re.compile(
    r"(?<![\w.,:/-])(?:\d{4,6}|\d{3}[ \t]\d{2}|\d{2}-\d{3})(?![\w.,:/-]|[ \t]\d)"
    r"|(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?!\w)"
)
# A town's word after its postcode: capitalised, or of a script without case (`31000 Tolosa`, `751007`), one word.
_TOWN_AFTER = re.compile(r"[ \t]+(?=[^\W\d_])[^\W\da-zß-ÿа-яё_][\w’-]*")
