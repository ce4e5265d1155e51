"""A chat line's speaker as other clients print the time before it (issue 13, round 29).

`person_names.CHAT_SPEAKER` reads the speaker after a clock time in brackets (`[09:15] Ana Lima: ...`). Chat clients
and their exports print the same column in other forms: the bare time (`08:12 <name>: ...`, IRC logs and many web
chats) and the date and time before a dash (`08/10/24, 08:02 - <name>: ...`, WhatsApp's export on Android); writers
27 and 29 list such speakers for removal. The column holds bots and roles too (`Fernwick Bot`, `HL Dispatch`), so the
name must be a person's by the lists, as in brackets (`person_words_listed`), and in Latin letters: a speaker in
another script was read by its form in round 26 and again in round 29, and reverted both times (round 26's review R6,
round 29's R2 and round 26's tests): two words of a script without case are a team's, a bot's or a log's subject
(`सिस्टम संदेश`, `서버 오류`) as often as a person's, and no installed list tells them apart.
"""

from __future__ import annotations

import re

from exporter.privacy.person_names import (
    LATIN_LOWER,
    LATIN_UPPER,
    _names,
    _organisation_follows,
    person_words_listed,
)
from exporter.privacy.rule_engine import Span

_CLOCK = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[ \t]?[AaPp][Mm])?"
_DAY = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+"
_LATIN_WORD = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}'’.-]+")
_NAME_WORD = r"[^\W\d_][^\s\d:：<>@#()\[\]{}=/\\\"|,;]{0,30}"
# A line's start, the time in brackets or bare (the day before it, and a dash after a bare one), the name, its colon.
SPEAKER_COLUMN = (
    rf"(?:^|(?<=\n))[ \t]*(?:\[(?:{_DAY})?{_CLOCK}\]|(?:{_DAY})?{_CLOCK}(?:[ \t]+[-–])?)[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}):[ \t]"
)


# What a field's value opens with, and a message seldom does: a digit, or what a rule left of a value.
_VALUE_AFTER = re.compile(r"[ \t]*(?:\d|<redacted:)")


# What SPEAKER_COLUMN needs at a line's start (a time, the day or the bracket before it), tried only at the text's
# start and after each newline (a literal first character, which Python's engine scans for in C). The column's pattern
# tries every position of the text: on a 20 KB line with `: ` near its start that cost about 2% of the line's time
# (round 30 redpii7's clause 6), so it runs only on a text where some line opens the column.
_COLUMN_OPENS = rf"[ \t]*\[?(?:{_DAY})?{_CLOCK}"
_TEXT_OPENS_COLUMN = re.compile(_COLUMN_OPENS)
_LINE_OPENS_COLUMN = re.compile(rf"\n{_COLUMN_OPENS}")


def speaker_column_gate(hay: str) -> bool:
    if ": " not in hay or ":" not in hay[:40]:
        return False
    return _TEXT_OPENS_COLUMN.match(hay) is not None or ("\n" in hay and _LINE_OPENS_COLUMN.search(hay) is not None)


def pick_speaker_name(m: re.Match, text: str, floor: int) -> Span | None:
    words = m["name"].split()
    if len(words) < 2 or _organisation_follows(text, m.end("name")):
        return None  # one word is a nick, a role or a tool (`08:32 system: ...`, `[14:05] Оператор: ...`)
    if _VALUE_AFTER.match(text, m.end()):
        return None  # a label before its value, not a speaker
    if not all(_LATIN_WORD.fullmatch(w) for w in words):
        return None  # another script's words: no installed list tells a team's or a bot's name from a person's there
    return m.span("name") if person_words_listed(words, _names()) else None
