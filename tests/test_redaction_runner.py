"""The rule runner's shortcuts must decide exactly what the plain forms decide."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from exporter.privacy.redaction import REDACTION_TYPES, Redactor
from exporter.privacy.rule_runner import _inert
from exporter.privacy.rule_table import RULES

# The plain form of the runner's inert test: words of at most nineteen letters and plain punctuation.
INERT = re.compile(r"(?:[A-Za-z]{1,19}(?![A-Za-z])|[ \t\n,;!?()'\"-])*")

# Letters (runs of them long and short), the plain punctuation INERT allows, and a few characters it does not.
_words = st.one_of(
    st.text(string.ascii_letters, min_size=1, max_size=25),
    st.sampled_from([" ", "\t", "\n", ",", ";", "!", "?", "(", ")", "'", '"', "-", ".", "1", "@", "é", "K", "_"]),
)


@settings(deadline=None, max_examples=500)
@given(st.lists(_words, max_size=12).map("".join))
def test_the_two_step_inert_test_agrees_with_the_pattern(text: str) -> None:
    assert _inert(text) == (INERT.fullmatch(text) is not None)


def test_inert_edges() -> None:
    assert _inert("") and _inert("plain words, nothing else")
    assert _inert("a" * 19) and not _inert("a" * 20) and not _inert("ok " + "b" * 21 + " ok")
    assert not _inert("host 10.0.0.1") and not _inert("café") and not _inert("user@example")


def test_each_step_reads_its_rule() -> None:
    for classes in (None, REDACTION_TYPES):
        redactor = Redactor(classes)
        rules, chosen = redactor._rules, [r for r in RULES if r.kind in redactor.classes]
        uncased = [r for r in chosen if not r.cased]
        for subset, steps in ((chosen, rules.steps), ([r for r in chosen if r.prose], rules.prose_steps),
                              (uncased, rules.uncased_steps), ([r for r in uncased if r.prose], rules.uncased_prose_steps)):
            assert [s[0] for s in steps] == list(subset)
            for rule, lower, needle, has_needle, gate, search in steps:
                assert lower == rule.lower and gate is rule.gate and search == rule.pattern.search
                assert (needle, has_needle is None) == ((rule.needles[0], True) if len(rule.needles) == 1
                                                        else (None, not rule.needles))


def test_lower_case_rules_still_run_on_lower_case_text() -> None:
    # (the runner hands a lower-case text to the lower-case rules as it is, without a copy)
    out = Redactor().redact("ssh login failed: user j.virtanen from 203.0.113.9")
    assert "j.virtanen" not in out.text and out.counts.get("person_name") == 1


_assign_parts = st.one_of(
    st.sampled_from(["password", "token", "pwd", "key", "auth", "login", "=", ":", "-", "->", "--", ">", " ", "'", '"',
                     "]", "\t", "x", "7", "<redacted:password>"]),
    st.text(max_size=4),
)


@settings(deadline=None, max_examples=500)
@given(st.lists(_assign_parts, max_size=10).map("".join))
def test_the_assignment_gate_never_hides_an_assignment(text: str) -> None:
    import re

    from exporter.privacy.named_secrets import ASSIGN, assign_gate

    low = text.lower()
    if re.search(ASSIGN, low, re.S) is not None or re.search(ASSIGN, text, re.S | re.I) is not None:
        assert assign_gate(low) and assign_gate(text)


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(["AC", "SK", "key=", "name=", "pw", "passcode", "A", "k", "=", "é", " "]), max_size=8)
       .map("".join), st.sampled_from([("AC", "SK"), ("key=", "name="), ("pw", "passcode"), ("A3T", "ABIA", "aws")]))
def test_a_needle_check_says_whether_a_needle_occurs(text: str, needles: tuple[str, ...]) -> None:
    from exporter.privacy.rule_engine import needle_search

    assert bool(needle_search(needles)(text)) == any(n in text for n in needles)
