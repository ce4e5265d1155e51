"""Round 20 (redspeed): the gates PAREN_VALUE and COPULA_VALUE got so that a text of password labels without a `(` or
a copula skips their whole-text search. A gate may only skip a rule that would find nothing: these tests hold each
gate true wherever its rule matches, and the values those rules take still redacted (the twin: the same labels with no
parenthesis or copula are left to the other rules, and the gate says no).

Written in my own words, with invented values.
"""

from __future__ import annotations

import re

import pytest

from exporter.privacy import credential_structures as cs
from exporter.privacy.redaction import Redactor
from exporter.privacy.rule_runner import fold

REDACT = Redactor().redact
PAREN = re.compile(cs.PAREN_VALUE, re.S)
COPULA = re.compile(cs.COPULA_VALUE, re.S)

PAREN_LINES = [
    ("wachtwoordzin van het .p12-bestand (9st1X+KbCSLka3-Z)", "9st1X+KbCSLka3-Z"),
    ("Passwort des Exportkontos\t(Vh7!qL2zTm9R)", "Vh7!qL2zTm9R"),
]
COPULA_LINES = [
    ("Das SFTP-Passwort für den Upload der Holzzertifikate lautet Qz8!mV3tKp2W", "Qz8!mV3tKp2W"),
    ("Le mot de passe du routeur est\tHx4tRq9!Lm2Z", "Hx4tRq9!Lm2Z"),
    ("Hasło do panelu wynosi Lp3!xT8qWz6K", "Lp3!xT8qWz6K"),
]


@pytest.mark.parametrize(("text", "value"), PAREN_LINES)
def test_the_paren_gate_holds_where_its_rule_matches(text: str, value: str) -> None:
    low = fold(text)
    assert PAREN.search(low) is not None
    assert cs._has_paren(low)
    assert value not in REDACT(text).text


@pytest.mark.parametrize(("text", "value"), COPULA_LINES)
def test_the_copula_gate_holds_where_its_rule_matches(text: str, value: str) -> None:
    low = fold(text)
    assert COPULA.search(low) is not None
    assert cs._COPULA_GATE.search(low) is not None
    assert value not in REDACT(text).text


@pytest.mark.parametrize(
    "text",
    ["İ pw: Ab1!x " * 40, "Passwort: <redacted:password> " * 40, "Das Passwort steht im Tresor, Fach drei"],
)
def test_the_gates_say_no_where_neither_rule_can_match(text: str) -> None:
    low = fold(text)
    assert PAREN.search(low) is None and not cs._has_paren(low)
    assert COPULA.search(low) is None and cs._COPULA_GATE.search(low) is None
