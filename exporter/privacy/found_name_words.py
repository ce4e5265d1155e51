"""A person found once is redacted everywhere else in the same payload (review R33).

The rules find a person where something says so: a field's key (`"customer": "Mehmet Öztürk"`), a
label, a chat line's speaker. The same person's name written elsewhere in the payload has nothing
around it (`"summary": "refund for Mehmet Öztürk"`), so it stayed in clear beside the redacted one.
Once a name is found, the whole name as written is the person's wherever it stands in the same
payload (every string leaf of a JSON-like value, or the rest of one text). A part of it alone is not
taken: a surname is often a town, a breed or a word, a given name a place (`Kendal depot`, `Holstein
Friesian`, `the Georgia depot`: review R42, R61), so `refund for Mehmet stuck` stays (R33's
given-name half, left open).

Each text is read once by one alternation of the found names (at most `_MAX_WORDS`), so the pass is
linear in the payload's size.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from exporter.privacy.person_names import found_names
from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT, placeholder_for

_PERSON = placeholder_for("person_name")
_NAME_MAX = 60
_MAX_WORDS = 24
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def name_words(names: list[str]) -> tuple[str, ...]:
    """The found names of two words or more, each as written."""
    words: set[str] = set()
    for name in names:
        name = name.strip()
        if len(name) > _NAME_MAX or "\n" in name:
            continue
        parts = _WORD.findall(name)
        if len(parts) >= 2 and " ".join(parts) == name:
            words.add(name)
    return tuple(sorted(words, key=lambda w: (-len(w), w))[:_MAX_WORDS])


@lru_cache(maxsize=1024)
def words_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """One alternation of the words (the same people recur across texts: compiled once each)."""
    if not words:
        return None
    return re.compile(r"(?<![\w@./<-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w@>-])")


def replace_words(text: str, pattern: re.Pattern, counts: Counter) -> str:
    """`text` with every whole-word occurrence of a found name's word outside placeholders redacted."""
    if pattern.search(text) is None:
        return text
    parts = PLACEHOLDER_SPLIT.split(text)
    for i in range(0, len(parts), 2):
        parts[i], n = pattern.subn(_PERSON, parts[i])
        counts["person_name"] += n
    return "".join(parts)


def names_in_text(original: str, redacted: str, counts: Counter) -> str:
    """One text: the words of the names found in it, redacted wherever else they stand in it."""
    pattern = words_pattern(name_words(found_names(original, redacted)))
    return redacted if pattern is None else replace_words(redacted, pattern, counts)


def names_across_payload(original: object, redacted: object, counts: Counter) -> object:
    """JSON-like data: the names found in any leaf (in its text, or a whole leaf its key made a person's),
    redacted in every string leaf."""
    names: list[str] = []
    _collect(original, redacted, names)
    pattern = words_pattern(name_words(names))
    return redacted if pattern is None else _replace_all(redacted, pattern, counts)


def _collect(original: object, redacted: object, names: list[str]) -> None:
    if isinstance(original, str) and isinstance(redacted, str):
        if redacted == _PERSON and original != _PERSON:
            names.append(original.strip())
        elif _PERSON in redacted:
            names.extend(found_names(original, redacted))
    elif isinstance(original, dict) and isinstance(redacted, dict):
        for k, v in original.items():
            if k in redacted:
                _collect(v, redacted[k], names)
    elif isinstance(original, (list, tuple)) and isinstance(redacted, (list, tuple)):
        for a, b in zip(original, redacted, strict=False):
            _collect(a, b, names)


def _replace_all(value: object, pattern: re.Pattern, counts: Counter) -> object:
    if isinstance(value, str):
        return replace_words(value, pattern, counts)
    if isinstance(value, dict):
        return {k: _replace_all(v, pattern, counts) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_all(v, pattern, counts) for v in value]
    if isinstance(value, tuple):
        return tuple(_replace_all(v, pattern, counts) for v in value)
    return value
