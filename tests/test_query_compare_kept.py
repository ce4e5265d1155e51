"""The pair tests' kept results (`detectors.query_compare._kept_for_words`): the same answers, words of ordinary
length kept, a pasted token of kilobytes never (review Q10, round 18: memory bounded by what questions repeat)."""

from __future__ import annotations

from detectors import query_compare as qc


def _calls() -> tuple[int, int]:
    info = qc._typo_keys.cache_info()
    return info.hits, info.misses


def test_a_long_token_is_answered_afresh_and_never_kept():
    long = "x" * 4000
    before = _calls()
    assert qc._typo_keys(long) == qc._typo_keys.__wrapped__(long)
    assert qc._typo_keys(long) == qc._typo_keys.__wrapped__(long)
    assert qc._typo(long, long[:-1] + "y") == qc._typo.__wrapped__(long, long[:-1] + "y")
    assert _calls() == before  # the cache was never asked


def test_an_ordinary_word_is_kept_with_the_same_answer():
    word = "memroyqspeedprobe"
    hits, misses = _calls()
    assert qc._typo_keys(word) == qc._typo_keys.__wrapped__(word)
    assert qc._typo_keys(word) is qc._typo_keys(word)  # kept: the same set, which callers copy
    assert _calls() == (hits + 2, misses + 1)
    assert qc._narrows("5xx", "503") == qc._narrows.__wrapped__("5xx", "503")
    assert qc._either_keys("5xx") == qc._either_keys.__wrapped__("5xx")
