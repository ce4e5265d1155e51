"""Round 23, engineer redpii: personal data no language's words point at, told by structure. Reverted by the round's
own ship rule (bench/plans/redpii.md: the slowest adversarial speed line 21.4 against 16.4 ms/KB, 1.30x over the
+10% clause, while PII rose +18 lines on the released sets with no negative or credential line moved). The code is
in r23-redpii's history (`2363800`). Round 24 (bench/plans/redpii-r24.md) re-landed all of it but the field after
another on its line (its speed cost), and reverted the self-checked ids again by its own rule (speed): those two
lines still name misses (strict xfail), the others pass."""

from __future__ import annotations

import pytest

from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor

_REVERTED = pytest.mark.xfail(strict=True, reason="reverted by round 23 redpii's ship rule (speed clause): see "
                                                  "bench/plans/redpii.md and bench/RESULTS.md")

MISSED = [
    # a form's field after another on its line
    ("Simu: +255 754 123 456, anwani: Mtaa wa Uhuru 12, Kariakoo, 11101 Dar es Salaam", "Mtaa wa Uhuru 12"),
    # a South African id (Luhn, born 1976-09-15) after a Swahili label: its own check and birth date say a person's
    # (re-landed in round 24 and reverted again by its rule: speed)
    ("Nambari ya kitambulisho: 7609154821087 (mteja)", "7609154821087"),
]
RELANDED = [
    # an adult's whole date beside a payment card
    ("Card 4539 1488 0343 6467 on file, the bank asked for 21/07/1984 as well", "21/07/1984"),
    # the user an access log's line authenticated as, made of a person's names
    ('203.0.113.7 - emma.lindqvist [05/Dec/2024:10:14:40 +0000] "GET /admin/ HTTP/1.1" 401 179 "-" "Mozilla/5.0"',
     "emma.lindqvist"),
    # an address label as a key, its value a quoted string
    ('{"event":"signup","home_address":"Hauptstraße 5, 10115 Berlin","plan":"pro"}', "Hauptstraße 5"),
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@_REVERTED
@pytest.mark.parametrize(("text", "value"), MISSED)
def test_personal_data_told_by_structure_is_redacted(redactor, text, value):
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize(("text", "value"), RELANDED)
def test_relanded_structures_redact_through_the_gate(text, value):
    assert value not in Gate(Redactor()).text(text)
