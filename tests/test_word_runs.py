"""The question reader's word-run patterns read as ``re`` does, trying their head once per word.

Five patterns headed by ``\\b[a-z][\\w.-]*`` (and the numbered-name pattern headed by ``[a-z][a-z0-9-]*-``) were
retried by ``re`` from every dot or dash of a long word, each try reading to the word's end: 15 s for one 20 KB
question. ``WordRunPattern`` skips the tries that must fail; these tests pin that it gives ``re``'s matches on
generated text and on the words where a simpler start rule (a lookbehind) does not, and that it tries the head once
on a long dotted word (the timing is bench/reader_speed.py's)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors import query_compare, query_intent, text_normalize
from detectors.word_runs import WordRunPattern

PIECES = ("a", "b", "x", "n", "9", "01", ".", "-", "_", "=", "!=", '"', "'", " ", "  ", "/", "->", "\u2192",
          "\u00e9", "up", "in", "off", "service", "api", "namespace", "from", "to", "the", "calls", "env", "rtr-",
          "01/02", "a.b", "B", "7d9f8c6b5", "2cw2c", "ab12", "_3", ".2", "1a")

USES = {
    "flow": query_compare._FLOW,
    "particle": query_compare._PARTICLE,
    "label": next(p for p, _ in query_compare._PHRASE_RES if isinstance(p, WordRunPattern) and "op2" in p.pattern.pattern),
    "numbered names": next(p for p, _ in query_compare._PHRASE_RES
                           if isinstance(p, WordRunPattern) and "(\\d{2,})/" in p.pattern.pattern),
    "service before its kind": query_intent._SERVICE_RES[1],
    "name before namespace": query_intent._NAMESPACE_RES[2],
    "name and instance suffix": text_normalize._NAME_SUFFIX,
    "name and pod hash": text_normalize._POD_HASH,
}


def _reading(pattern, matches, text: str):
    return ([(m.span(), m.groups(), m.groupdict()) for m in matches],
            pattern.sub(lambda m: f"<{m[0]}>", text))


def test_the_patterns_that_read_long_words_are_word_run_patterns():
    assert all(isinstance(p, WordRunPattern) for p in USES.values())


def _scanning(pattern: WordRunPattern) -> WordRunPattern:
    """The same pattern scanning every text (the product's go to ``re`` without a 32-character word)."""
    return WordRunPattern(**{**pattern.parts, "scan_from": 1})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=16).map("".join))
def test_each_pattern_matches_and_substitutes_as_re_does(text):
    for name, pattern in USES.items():
        old = _reading(pattern.pattern, pattern.pattern.finditer(text), text)
        assert _reading(_scanning(pattern), _scanning(pattern).finditer(text), text) == old, name
        long_text = "q" * 64 + " " + text  # the product's own instance scans it
        assert _reading(pattern, pattern.finditer(long_text), long_text) == \
            _reading(pattern.pattern, pattern.pattern.finditer(long_text), long_text), name


@pytest.mark.parametrize(("name", "text"), [
    ("label", '.net="v"'),          # the word's first character cannot start the head: re starts after the dot
    ("label", '9.x="v" and _x.y="w"'),
    ("flow", "-a->b"),
    ("flow", "from a to b then a.b->c"),  # the first branch at one start, the head at another
    ("particle", "x in.y up"),      # a match ends inside a word and the search resumes there
    ("service before its kind", ".net service"),
    ("name before namespace", "9.kube-system namespace"),
    ("numbered names", "-edge-rtr-01/02"),
    ("name and instance suffix", "1-web_a-03 .x-2"),   # the run's first start is a digit: re starts at "web"
    ("name and pod hash", "api-7-pay-7d9f8c6b5-2cw2c"),  # "-7" breaks the name: the run starting at "pay" is tried
])
def test_where_a_lookbehind_would_differ_the_scanner_reads_as_re(name, text):
    pattern = _scanning(USES[name])
    found = _reading(pattern, pattern.finditer(text), text)
    assert found == _reading(pattern.pattern, pattern.pattern.finditer(text), text)
    assert found[0]


def test_a_particle_after_a_match_that_ends_inside_a_word_is_found():
    assert [(m[1], m[2]) for m in query_compare._PARTICLE.finditer("x in.y up")] == [("x", "in"), ("y", "up")]


class _Counting:
    """The head's compiled pattern, counting its tries."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled, self.tries = compiled, 0

    def match(self, text: str, pos: int):
        self.tries += 1
        return self.compiled.match(text, pos)


@pytest.mark.parametrize(("name", "unit"), [("flow", "a."), ("particle", "a."), ("label", "a."),
                                            ("service before its kind", "a."), ("name before namespace", "a."),
                                            ("numbered names", "a-"), ("name and instance suffix", "a-"),
                                            ("name and pod hash", "a-")])
def test_a_long_dotted_or_dashed_word_is_tried_once(name, unit):
    scanner = WordRunPattern(**USES[name].parts)
    scanner._head = counting = _Counting(scanner._head)
    assert list(scanner.finditer("q " + unit * 5000)) == []
    assert counting.tries <= 2  # "q" and the long word; re tried the head from each of the 5000 letters


def test_the_first_branch_wins_where_both_match_and_a_string_replacement_expands():
    scanner = WordRunPattern(r"\b[a-z]+(?P<t>=)", start=r"\b[a-z]", run=r"[a-z]*", before=r"\b(?P<k>env)=",
                             scan_from=1)
    assert [m.lastgroup for m in scanner.finditer("env= xy=")] == ["k", "t"]
    assert scanner.sub(r"[\g<0>]", "env= xy= ") == scanner.pattern.sub(r"[\g<0>]", "env= xy= ") == "[env=] [xy=] "


def test_a_pattern_that_matches_the_empty_string_is_refused():
    with pytest.raises(ValueError):
        list(WordRunPattern(r"\b[a-z]", start=r"\b[a-z]", run=r"[a-z]*", before=r"x*", scan_from=1).finditer("yy"))
