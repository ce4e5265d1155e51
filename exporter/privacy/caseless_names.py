"""A person's name in a script without case, told by the form field it fills, not by a list of the script's names.

In Latin, Cyrillic or Greek a capitalised run marks a name; Ethiopic, Sinhala, Bengali, Tamil, Khmer, Arabic and most
other scripts have no case, and name lists exist for a few of them only (Faker has no Amharic, Sinhala, Khmer or
Burmese locale). What marks a name there is the field: a label (letters of any script before a colon, the Ethiopic
`፡` or the Armenian `՝`) whose value is two to four short words of a caseless script and nothing else, to the line's
end or to what a contact line adds after a name: a bracketed aside (`(স্ত্রী)`, the relation) and the person's phone or
e-mail, already redacted (`জরুরি যোগাযোগ: সাবরিনা আহমেদ (স্ত্রী), <redacted:phone>`). A status or a job title in such a
script is a sentence of longer words, or is followed by more text; measured on every line of the corpus (batches
3-20, blind, blind2) before it was added: the one such field in a negative line is a Thai job title of 28- and
30-letter words (no spaces in Thai), which the word length (`_MAX_WORD`) keeps.
"""

from __future__ import annotations

import re
import unicodedata

from exporter.privacy.labelled_values import LABEL_END, ruled_script
from exporter.privacy.rule_engine import Span

# The label's colon (after a letter, never a clock's `10:15`), then two to four words to the value's end.
CASELESS_NAME = (
    LABEL_END + r"[:：፡՝][ \t]*(?P<val>[^\W\d_][^\s\d,،፣၊(<:]*(?:[ \t]+[^\W\d_][^\s\d,،፣၊(<:]*){1,3})"
    r"(?P<after>[ \t]*(?:\([^()\n\d]{1,30}\)[ \t]*)?(?:[,،፣၊][ \t]*)?(?:[^\W\d_]{1,20}[ \t]+)?"
    r"(?:<redacted:(?:phone|email)>|(?=\n|\Z)))"
)
CASELESS_NAME_GATE = re.compile(r"[:：፡՝][ \t]*[^\x00-\u024f]").search
_MAX_WORD = 14


def _caseless_word(word: str) -> bool:
    """A word of a script without case: letters that have no upper or lower form (combining marks and joiners between
    them), none of them ASCII."""
    letters = 0
    for c in word:
        if c.isalpha():
            if c.isascii() or c.lower() != c.upper() or unicodedata.category(c) != "Lo":
                return False
            letters += 1
        elif unicodedata.category(c) not in ("Mn", "Mc", "Cf"):
            return False
    return letters >= 2


def pick_caseless_name(m: re.Match, text: str, floor: int) -> Span | None:
    words = m["val"].split()
    if not all(_caseless_word(w) and len(w) <= _MAX_WORD for w in words) or ruled_script(m["val"]):
        return None  # (Arabic, Hebrew, Devanagari, Thai, Hangul, Han: native_names.py reads them with their lists)
    line_end = text.find("\n", m.end())
    line = text[text.rfind("\n", 0, m.start()) + 1 : line_end if line_end >= 0 else len(text)]
    if _PERSON_MARK.search(line) is None:
        return None  # (review R3: `നില: സെർവർ നിലച്ചു`, status: server stopped; a name's field holds the person's data)
    return m.span("val")


_PERSON_MARK = re.compile(
    r"<redacted:(?:phone|email|national_id|date_of_birth|postal_address|iban|card_number)>"
)
