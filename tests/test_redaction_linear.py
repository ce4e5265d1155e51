"""Every rule that reads user text costs time linear in it, shown without a clock.

Every ingested string passes the redactor, so one line that makes a rule backtrack over the whole text
once per place it starts is a stall anyone can cause (round 13: 20 KB of `vault read -field=x ` took 38 s,
a 10 KB run of `pass-` 2.7 s). A timed test flakes on a shared machine, so these tests show the
construction instead: a check reads a bounded window (its answer is the same on the window alone), a
look-back is searched once per line rather than once per match, and what RE2 reads is counted. The
wall-clock side is `bench/redaction_speed.py` (ms per KB on adversarial 10 and 20 KB lines).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exporter.privacy import command_line_secrets, person_names, secret_shape
from exporter.privacy.redaction import Redactor

REDACTOR = Redactor()


def out(text: str) -> str:
    return REDACTOR.redact(text).text


# --- a pod's generated name: a bounded window around the word -------------------------------------

_POD_ALPHABET = st.sampled_from(list("pas-apix7d9f8b6c5d2kqz \n/"))


@settings(max_examples=300, deadline=None)
@given(st.text(_POD_ALPHABET, min_size=1, max_size=1200), st.data())
def test_the_pod_name_check_depends_on_no_more_than_300_characters_each_way(text, data):
    a = data.draw(st.integers(0, len(text) - 1))
    lo, hi = max(0, a - 300), min(len(text), a + 300)
    assert secret_shape.in_generated_pod_name(text, a) == secret_shape.in_generated_pod_name(text[lo:hi], a - lo)


def test_a_word_longer_than_a_dns_name_is_no_pod_name():
    # round 13 walked to the word's ends (once per `pass` in it) and took this 4 KB word for a pod
    word = "pass-" * 800 + "api-7d9f8b6c5d-x2kqp"
    assert not secret_shape.in_generated_pod_name(word, 0)
    assert secret_shape.in_generated_pod_name("pass-api-7d9f8b6c5d-x2kqp", 0)


# --- the line a command that prints a secret printed: RE2 reads each line once ----------------------


class _Counting:
    """Stands in for the RE2 pattern and counts the characters it is asked to read."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def search(self, line: str):
        self.read += len(line)
        return self.pattern.search(line)


@pytest.mark.parametrize(
    "unit",
    ["vault read -field=x\nQz7Lm2Vx9Kp4\n", "kubectl get secret a | base64 -d\nMz7Lrelay2Q2x\n", "vault read -field=x "],
)
def test_the_printing_command_is_looked_for_once_per_line(monkeypatch, unit):
    counting = _Counting(command_line_secrets.PRINTING_COMMAND)
    monkeypatch.setattr(command_line_secrets, "PRINTING_COMMAND", counting)
    text = unit * (20_000 // len(unit))
    Redactor().redact(text)
    # at most three rounds of the rules (`rule_runner`), each reading every line once as "the line before"
    assert counting.read <= 3 * len(text)


def test_the_printed_secret_rule_is_a_one_word_line_with_no_nested_repetition():
    # the Python side of the rule: a newline, one word, the line's end; nothing repeated inside a repetition
    pattern = command_line_secrets.PRINTED_SECRET
    assert pattern.startswith(r"\n")
    assert re.search(r"\([^()]*[+*}][^()]*\)[+*{]", pattern) is None


def test_a_printed_secret_after_a_very_long_line_is_not_looked_for():
    # a line over 2 KB is no command a person typed: the look-back stops there
    long_command = "vault read -field=x " * 120
    assert "Qz7Lm2Vx9Kp4" in out(long_command + "\nQz7Lm2Vx9Kp4")
    assert "Qz7Lm2Vx9Kp4" not in out("vault read -field=x kv/a\nQz7Lm2Vx9Kp4")


# --- a list's opener: looked for once per line, not once per item ----------------------------------

_LIST_WORDS = st.sampled_from(["cc: ", "Ann Lee", ", ", " and ", "\n", "Reviewed-by: ", "x", " ", "; ", "to "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LIST_WORDS, min_size=1, max_size=60), st.lists(st.integers(0, 10_000), max_size=20))
def test_the_incremental_opener_search_agrees_with_searching_from_the_line_start(words, starts):
    text = "".join(words)
    for start in sorted(s % (len(text) + 1) for s in starts):
        line = text.rfind("\n", 0, start) + 1
        expected = person_names._LIST_OPENER.search(text, line, start) is not None
        assert person_names._list_opened(text, start) == expected


# --- a found person's logins: separators or digits, never an English word ---------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Reviewed-by: Tom Rust\nwe trust the build", "trust"),
        ("Author: Sam Pike\nsaw a spike at 3am", "spike"),
        ("Owner: Ben Lock\nthe block device is full", "block"),
        # glued without digits is no login form either
        ("Author: Ines Carvalho\nicarvalho", "icarvalho"),
    ],
)
def test_a_found_persons_name_never_takes_a_word_glued_from_it(text, word):
    assert word in out(text)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Reviewed-by: Tom Rust\npushed by tom.rust and t-rust", "tom.rust"),
        ("Reviewed-by: Tom Rust\npushed by rust_tom", "rust_tom"),
        ("Reviewed-by: Tom Rust\npushed by tomrust7", "tomrust7"),
    ],
)
def test_a_found_persons_login_with_a_separator_or_digits_goes(text, login):
    assert login not in out(text)


# --- product tokens: only as HTTP writes them -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a config key `server:` is no HTTP header: its value is judged like any other
        ("server: Xk29Lm7Qp4VzRt8WnY3b", "Xk29Lm7Qp4VzRt8WnY3b"),
        # nor is a header's value that is no product/version token
        ("User-Agent: Xk29Lm7Qp4VzRt8WnY3b", "Xk29Lm7Qp4VzRt8WnY3b"),
    ],
)
def test_a_header_exempts_only_product_tokens(text, secret):
    assert secret not in out(text)


@pytest.mark.parametrize(
    "text", ["User-Agent: GitHub-Hookshot/7a2c5e1", "Server: Werkzeug/3.1.3 Python/3.11.9", "X-Mailer: Qorvex-Mail/9f3c2a1"]
)
def test_product_tokens_in_their_headers_stay(text):
    assert out(text) == text


# --- a record's fields: a tab is a delimiter ---------------------------------------------------------


def test_a_tab_separated_record_names_the_owner_of_its_personal_data():
    redacted = out("77102\tMireille\tOkonkwo\t536-22-8761\tlift 4")
    assert "Okonkwo" not in redacted and "536-22-8761" not in redacted
    # a run of tabs is many empty fields (round 13's pattern backtracked over the whole run from each tab)
    assert out("\t" * 5000 + "Mireille,Okonkwo,536-22-8761").endswith(",<redacted:national_id>")


def test_a_long_text_with_a_lone_surrogate_is_redacted_not_raised():
    # RE2 reads UTF-8 and a lone surrogate is none: the shipped redactor raised here on texts over 48 characters
    text = "relay password=Wq9#zLm27b from 86.23.185.10 \ud800 " * 3
    redacted = out(text)
    assert "Wq9#zLm27b" not in redacted and "86.23.185.10" not in redacted and "\ud800" in redacted
