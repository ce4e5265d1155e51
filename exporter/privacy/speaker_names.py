"""A chat line's speaker as other clients print the time before it, and a speaker's name in another script.

`person_names.CHAT_SPEAKER` reads the speaker after a clock time in brackets (`[09:15] Ana Lima: ...`) and in Latin
letters only. Chat clients and their exports print the same column in other forms: the bare time (`08:12 Kafui
Agbenyo: ...`, IRC logs and many web chats) and the date and time before a dash (`08/10/24, 08:02 - Salvo Russo: ...`,
WhatsApp's export on Android). And people write their own names in their own script: `[10:04] প্ৰাঞ্জল বৰুৱা: ...`,
`[09:12] सुनिल नायक: ...`, `08:03 Айаал Саввинов: ...` (writers 23, 25, 26, 27 and 29 list such speakers for
removal; the rules read none of them).

The column holds bots and roles too (`Fernwick Bot`, `HL Dispatch`, `Agent`, `Хэрэглэгч`, `lw-alertbot`): a name in
Latin letters must be a person's by the lists, as in brackets (`person_words_listed`); a name in another script must
be two or three words of that one script (a role or a bot is one word, `Оператор`, `فروشگاه`, or mixes a Latin brand
in, `Cruxline Улаанбаатар`), each capitalised where the script has case.
"""

from __future__ import annotations

import re

from exporter.privacy.person_names import _names, _organisation_follows, person_words_listed
from exporter.privacy.rule_engine import Span
from exporter.privacy.script_name_words import reads_as_script_name, script_of

_CLOCK = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[ \t]?[AaPp][Mm])?"
_DAY = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+"
_NAME_WORD = r"[^\W\d_][^\s\d:：<>@#()\[\]{}=/\\\"|,;]{0,30}"
# A line's start, the time in brackets or bare (the day before it, and a dash after a bare one), the name, its colon.
SPEAKER_COLUMN = (
    rf"(?:^|(?<=\n))[ \t]*(?:\[(?:{_DAY})?{_CLOCK}\]|(?:{_DAY})?{_CLOCK}(?:[ \t]+[-–])?)[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}):[ \t]"
)


# What a field's value opens with, and a message seldom does: a digit, or what a rule left of a value.
_VALUE_AFTER = re.compile(r"[ \t]*(?:\d|<redacted:)")


def speaker_column_gate(hay: str) -> bool:
    return ": " in hay and ":" in hay[:40]


def pick_speaker_name(m: re.Match, text: str, floor: int) -> Span | None:
    words = m["name"].split()
    if len(words) < 2 or _organisation_follows(text, m.end("name")):
        return None  # one word is a nick, a role or a tool (`08:32 system: ...`, `[14:05] Оператор: ...`)
    if _VALUE_AFTER.match(text, m.end()):
        return None  # a label before its value (`[09:12] તેમનું સરનામું: 14, ...`, "their address"), not a speaker
    if {script_of(w) for w in words} == {"LATIN"}:
        return m.span("name") if person_words_listed(words, _names()) else None
    return m.span("name") if reads_as_script_name(words) else None
