"""How often each word is used in a language: pyspellchecker's frequency lists (MIT, counted on subtitles).

Two readers need to know whether a string is a word people write at all: the redaction's name finder
(`Bridge` is a word before it is a surname) and the query reader (a leftover "firign" that no list holds is
a slip of a word the reader knows, while "shale", one letter from "shall", is a word and may be a name).
Read once per language; no I/O beyond the package's own file.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

__all__ = ["is_word", "word_shares"]


def word_shares(language: str = "en") -> dict[str, float]:
    """Each listed word -> its share of all words counted (one load per language, however it is asked for)."""
    return _load(language)


@cache
def _load(language: str) -> dict[str, float]:
    import spellchecker

    path = Path(spellchecker.__file__).parent / "resources" / f"{language}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        counts: dict[str, int] = json.load(f)
    total = sum(counts.values())
    return {w: c / total for w, c in counts.items()}


def is_word(word: str, language: str = "en") -> bool:
    """Whether ``word`` (lower case) is in the language's list."""
    return word in _load(language)
