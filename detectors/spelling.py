"""One-letter slips in the words every ops question is built from, put right before a question is read.

A typo in a name ("kestrle") is matched term against term by ``query_compare``; a typo in a word the
reader knows ("yesterady", "namspace", "how mnay", "critcal") is worse: the time grammar no longer
sees the time, and the word is left over as a content term, so the same question reads as another
one. Only the closed vocabulary below is corrected, only whole words of letters (never a part of a
hyphenated name such as "heron-billing"), only at one edit (Damerau-Levenshtein, RapidFuzz's OSA),
and only when exactly one vocabulary word is that close; a plural of a known word is no slip, and neither is a word
of the language one letter longer than the vocabulary word ("least" is "last" with a letter more: round 16's review,
F11), while a swap or a wrong letter is, even where it makes a word ("lats", "stating"). Words one letter from a different real word stay out of the vocabulary ("warning"
would take "warming", "count" "mount", "march" "match", "nodes" "notes"). Pure function, no I/O.

>>> correct_typos("critcal alerts yesterady in namspace reef")
'critical alerts yesterday in namespace reef'
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from detectors.word_lists import is_word

__all__ = ["correct_typos"]

_VOCABULARY_TEXT = """
yesterday today tonight morning afternoon evening midnight overnight weekend hour hours minute minutes
week weeks month months quarter since between until last past previous
monday tuesday wednesday thursday friday saturday sunday
january february april august september october november december
please thanks namespace service services cluster environment production staging region
critical incident incidents alert alerts deploy deploys deployment deployments latency memory errors
error number average percentile restarts restarted
"""
VOCABULARY = frozenset(_VOCABULARY_TEXT.split())
#: Short words where only a swap of two letters is a slip ("lsat hour", "last hoor" is left alone).
_SHORT = frozenset({"last", "past", "hour", "week", "days", "many"})
_VOCABULARY_LIST, _SHORT_LIST = sorted(VOCABULARY), sorted(_SHORT)
_WORD = re.compile(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])")


@lru_cache(maxsize=16384)
def _fix(word: str) -> str:
    low = word.lower()
    if low in VOCABULARY or low in _SHORT or low.removesuffix("s") in VOCABULARY:
        return word
    # Two matches are enough to know whether exactly one vocabulary word is one edit away.
    if len(low) >= 5:
        close = [v for v, _, _ in process.extract(low, _VOCABULARY_LIST, scorer=OSA.distance, score_cutoff=1, limit=2)]
    else:  # a short word: only a swap of two of its letters
        close = [v for v, _, _ in process.extract(low, _SHORT_LIST, scorer=OSA.distance, score_cutoff=1, limit=None)
                 if sorted(v) == sorted(low)]
    if len(close) != 1:
        return word
    # a word of the language one letter longer than the vocabulary word is that word, not a slip of it ("least often"
    # is no "last often"); a swap or a wrong letter that happens to make a word is still a slip ("lats hour", "pats 2
    # hours", "in stating": round 17's review, F6)
    return word if len(low) > len(close[0]) and is_word(low) else close[0]


def correct_typos(text: str) -> str:
    """``text`` with each whole word one edit from exactly one vocabulary word replaced by that word."""
    return _WORD.sub(lambda m: _fix(m[0]), text)
