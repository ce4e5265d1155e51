"""Whether the words around a place are English prose (issue 13, round 24).

Several name rules take one capitalised word for a person's name because it is *no English word* (`Olamide`, whom
no list holds). That evidence holds only where the words around it are English: in a line of Turkmen, Welsh or
Malagasy nearly every word is no English word, so the rule fired on ordinary words of every other language
(`Operator: Sargydyňyz ulgamda bar`, "your order is in the system"). The rules ask here before resting on that
evidence alone; a listed given name stays a name in any language.
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
