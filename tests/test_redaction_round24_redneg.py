"""Round 24 (redneg): ordinary values the rules took by a cause that recurs, each read through the gate.

Written in my own words, with invented values (no line of the corpus is copied; jwt.io's sample is quoted because it is
the documented value itself). Each kept line is one the round start (`7d5446b`) changed; each twin is redacted by both
(`assert_kept_or_twin`): the same place holding what the rule is for.

- *Reverted after review R1/R2 (High):* reading "no English word" as no evidence in a chat message of another language
  (`[09:12] Operator: Buýurmaňyz ulgamda ýok`) also let through names no list holds that open such a message
  (`Operator: Gwenllian, allwch chi ...?`); the ordinary line is a strict xfail below, the names stay twins.
- *jwt.io's documented sample token* (`stand_ins._PLACEHOLDER`); the same claims with another signature still go.
- *A vendor's prefix before a typed body* (`look_alikes.typed_body`: `glc_` and forty-two `1`s); a generated body goes.
- *A key public by its own name* (`site key`, `public key`, `publishable key`); a secret key's value still goes.
"""

from __future__ import annotations

import pytest

from exporter.privacy.gate import Gate
from exporter.privacy.look_alikes import named_public_key, typed_body
from exporter.privacy.redaction import Redactor
from tests.redaction_probes import GateRedactor, assert_kept_or_twin, round_start_redactor


@pytest.fixture(scope="module")
def round_start():
    return round_start_redactor("7d5446b")


@pytest.fixture(scope="module")
def gate():
    return GateRedactor()


_JWT_HEAD = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
_SITE = "6Ld3kQ7pAAAAAJx8Tz2mR9vN4bY1cW5eH0fG3aLq"  # invented, in reCAPTCHA's shape

KEPT = [
    # jwt.io's sample
    f"the decoder page shows {_JWT_HEAD}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c as its sample",
    # a vendor's prefix and a typed body
    'GRAFANA_SA_TOKEN="glc_111111111111111111111111111111111111111111="',
    # a key public by its name
    f"the signup form's site key {_SITE} is in the template",
]

TWINS = [
    # an English sentence; a name names-dataset lists, in the same foreign sentence
    ("[09:12] Operator: Olamide took the call and closed the ticket after the callback", "Olamide"),
    ("[09:12] Operator: Gulnara ulgamda ýok, täzeden barlaň soňra.", "Gulnara"),
    # review R1 and R2: a greeting's name, a role's name in prose and a name opening a chat message, in foreign prose
    ("Hi Rakotomalala, tsy mandeha ny mpizara fandoavam-bola androany alina", "Rakotomalala"),
    ("Hi Gwenllian, mae'r gweinydd taliadau wedi methu eto heno yn hwyr", "Gwenllian"),
    ("Operator: Andrianjafy nanamboatra ny mpizara fandoavam-bola omaly", "Andrianjafy"),
    ("[09:12] Operator: Andrianjafy nanamboatra ny mpizara fandoavam-bola omaly", "Andrianjafy"),
    ("[09:12] Operator: Gwenllian, allwch chi ailgychwyn y gweinydd taliadau heno?", "Gwenllian"),
    # the sample's claims signed otherwise
    (f"the decoder page shows {_JWT_HEAD}.Qm7vT2xKp9LwR4zN8cY1bF6hJ3dS5aG0eU7iO2kP4qX as its sample",
     "Qm7vT2xKp9LwR4zN8cY1bF6hJ3dS5aG0eU7iO2kP4qX"),
    # a generated body after the same prefix
    ('GRAFANA_SA_TOKEN="glc_eyJvIjoiNzQxIiwibiI6ImJ1aWxkLWJvdCIsImsiOiJx="', "eyJvIjoiNzQxIiwibiI6ImJ1aWxkLWJvdCIsImsiOiJx"),
    # a secret key
    (f"the signup form's secret key {_SITE} is in the template", _SITE),
]


@pytest.mark.parametrize(("line", "value"), [(line, None) for line in KEPT] + TWINS)
def test_look_alikes_stay_through_the_gate_and_their_twins_lose_the_value(line, value, round_start, gate):
    assert_kept_or_twin(round_start, gate, line, value)


@pytest.mark.parametrize(("value", "typed"), [
    ("glc_" + "1" * 42 + "=", True), ("sk-" + "0" * 20, True), ("xoxb-" + "12" * 10, True),
    ("glc_" + "1" * 14, False),  # too short to say
    ("glc_eyJvIjoiNzQxIiwibiI6ImJ1aWxkLWJvdCIsImsiOiJx", False), ("1" * 40, False),  # no prefix: not this test's
])
def test_a_typed_body_is_long_and_of_at_most_three_characters(value, typed):
    assert typed_body(value) is typed


@pytest.mark.parametrize(("value", "typed"), [
    ("glc_" + "1" * 42 + "=", True), ("sk-" + "0" * 20, False), ("pw_" + "12" * 20, False), ("admin_" + "0" * 31, False),
])
def test_in_a_passwords_slot_only_a_long_run_of_one_character_is_typed(value, typed):
    assert typed_body(value, password=True) is typed


def test_a_weak_password_with_a_prefix_still_goes_through_the_gate():
    out = Gate(Redactor()).text("DB_PASSWORD=admin_000000000000000000")
    assert "admin_000000000000000000" not in out


@pytest.mark.parametrize(("before", "public"), [
    ("site key ", True), ("public key: ", True), ("Publishable_key=", True), ("sitekey ", True),
    ("secret key ", False), ("key ", False), ("website key ", False),
])
def test_a_public_key_is_named_so(before, public):
    assert named_public_key(before + "X", len(before)) is public


@pytest.mark.xfail(strict=True, reason="round 24's foreign-prose read was reverted (review R1/R2): a word of another "
                   "language opening a chat message after a role is read as an unlisted name, as at the round start")
def test_a_foreign_word_opening_a_chat_message_after_a_role_stays():
    line = "[09:12] Operator: Buýurmaňyz ulgamda ýok, täzeden barlaň soňra."
    assert Gate(Redactor()).text(line) == line
