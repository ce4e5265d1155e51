"""Whether the words around a place are English prose (issue 13, round 24).

A name rule takes one capitalised word after a role for a person's name because it is *no English word* (`Olamide`,
whom no list holds). Where that word opens a chat message (`[14:06:02] Operator: Sargydyňyz ulgamda bar`, Turkmen for
"your order is in the system"), it is capitalised as every sentence's first word is, and in a line of Turkmen, Welsh
or Malagasy nearly every word is no English word: the evidence is none there. The role rule asks here before resting
on it; a name names-dataset or the census/Faker lists hold stays a name in any language. Places only a person stands
in (a greeting, `is on leave`) do not ask: there the place is the evidence (review R1, round 24).

Only words with case count: in a caseless script (Amharic, Chinese) a capital letter marks a Latin word out of the
sentence, which is evidence of a proper noun, so such a line is never read as foreign prose here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The sentence words around the place: lower-case words of three letters or more, in any script. Capitalised words,
# codes in capitals and identifiers are left out (`ADDRESS_NOT_FOUND`, a product's name), since they are no evidence of
# the language a sentence is written in.
_SENTENCE_WORD = re.compile(r"(?<![\w.@/-])[^\W\d_A-Z][^\W\d_]{2,}(?![\w@/-])")
# How far either side of the place is read (bounded, so a long line costs the same per place).
_REACH = 120
# Fewer sentence words than this say nothing of the line's language (a signature, `thanks Ama,`).
_MIN_WORDS = 3


def foreign_prose(text: str, a: int, b: int, is_english: Callable[[str], bool]) -> bool:
    """The line around `text[a:b]` is prose in a language other than English: at least `_MIN_WORDS` lower-case words
    within `_REACH` characters on the line, fewer than half of them English words."""
    start = max(text.rfind("\n", 0, a) + 1, a - _REACH)
    end = text.find("\n", b, b + _REACH)
    end = min(len(text), b + _REACH) if end < 0 else end
    words = [m[0] for part in (text[start:a], text[b:end]) for m in _SENTENCE_WORD.finditer(part) if m[0].islower()]
    if len(words) < _MIN_WORDS:
        return False
    return 2 * sum(1 for w in words if is_english(w)) < len(words)
