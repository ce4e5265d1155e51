"""The speaker column of a chat export: the account the client prints, not a person named in the text.

Chat clients and their exports open each message with the time and the author's handle (`[09:12] @hakon: ...`,
`[9:12 AM] @marte: ...`). Writer 19 counted such a handle of one given name as ordinary text in all sixteen lines
of its threads (batch 19), as writers 18 and 20 count the `[10:30] priya.r:` form the rules already keep; no writer
lists one for removal. A handle of a given name and a surname (`@aisha.rahman:`, `@thanhnguyen:`, which writers
11-14 list) and a mention inside the message (`cc @ingrid`) are still a person's, and so is an address after a
speaker whose handle is a given name (`street_addresses.SPEAKER_ADDRESS`).
"""

from __future__ import annotations

import re
import unicodedata

# The clock time in brackets at the line's start (seconds and a 12-hour suffix as clients print them), then `@`.
_TIME_BEFORE = re.compile(r"\[\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\][ \t]?")
_REACH = 16  # the longest time column `_TIME_BEFORE` reads: `[12:30:45 PM] `


def speaker_handle(text: str, at: int, end: int) -> bool:
    """`text[at]` is the `@` of a handle ending at `end` that stands in the speaker column: the bracketed time
    opens its line right before it and a colon follows it."""
    line = text.rfind("\n", 0, at) + 1
    return (
        at - line <= _REACH
        and text.startswith(":", end)
        and _TIME_BEFORE.fullmatch(text, line, at) is not None
    )


# --- A speaker named in a script other than Latin (round 26) ---
#
# A chat export's speaker column holds the author as the client prints them; where the client shows display names,
# that is a person's given name and surname, in the script the people write (`[10:04] প্ৰাঞ্জল বৰুৱা: ...`,
# `[09:12] सुनिल नायक: ...`, `[10:16] احمد شاه: ...`: writers 23, 25 and 26 list each one). No name list holds most
# of these scripts' names, so the column is the evidence, read narrowly: exactly two words of one script other than
# Latin, letters and marks only, each capitalised where the script has case. A role or a system in that column is one
# word (`[10:02] فروشگاه:`, the shop; `[09:40] Хэрэглэгч:`, the user), a product beside a place is two scripts
# (`Cruxline Улаанбаатар`), a sentence before a colon (`ટિકિટ OPS-4127 ખોલી છે`, `د هغه بریښنالیک`) is more words
# or holds a digit; a cased script's team is written as a phrase (`Служба поддержки`), its second word in lower case.
# A label of two words is followed by its value (`[09:12] તેમનું સરનામું: 14, ...`, "his address"): a speaker's line that
# opens with a digit, a `+` or a redacted value is read as a label's, not taken.
SCRIPT_SPEAKER = (
    r"(?m:^)[ \t]*\[\d{1,2}:\d\d(?::\d\d)?\][ \t]+"
    r"(?P<name>[^\x00-\u024f\s:：]{2,30}[ \t]+[^\x00-\u024f\s:：]{2,30})[ \t]*:[ \t]+(?![\d+<])"
)
_SCRIPT_SPEAKER_GATE = re.compile(r"\][ \t]+[^\x00-\u024f]")


def script_speaker_gate(hay: str) -> bool:
    return _SCRIPT_SPEAKER_GATE.search(hay) is not None


def _script_of(word: str) -> str | None:
    """The one script of a word of letters and marks (`BENGALI`, `ARABIC`), or None for anything else."""
    scripts = set()
    for c in word:
        category = unicodedata.category(c)
        if category[0] == "L":
            scripts.add(unicodedata.name(c, "?").split(" ", 1)[0])
        elif category not in ("Mn", "Mc", "Cf"):
            return None  # a digit, a symbol, punctuation
    return scripts.pop() if len(scripts) == 1 else None


def pick_script_speaker(m: re.Match, text: str, floor: int) -> tuple[int, int] | None:
    first, second = m["name"].split()
    script = _script_of(first)
    if script is None or _script_of(second) != script:
        return None
    for word in (first, second):
        if word[0].lower() != word[0].upper() and not word[0].isupper():
            return None  # a cased script's lower-case word: a phrase, not a name
    return m.span("name")
