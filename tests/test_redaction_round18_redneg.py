"""Round 18 (redneg): values in a secret's slot that their format says are no secret (`ordinary_values`).

Written in my own words, with invented names and values, from the kinds batch 18's and older dev halves' negative
lines showed (no line of the corpus is copied). Each `KEPT` line was changed by the redactor at the round start
(`682a247`); each `TWINS` line is the near case that must still lose its secret (the value named in the tuple), and
is redacted by the round start too.
"""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor

R = Redactor()


def red(text: str) -> str:
    return R.redact(text).text


SEALED = "AgCx7Rt2Lm9Qp4Vw8Zk3Nb6Hd1Fs5Jg0Yc2Xe7Ua4Oi9Pl3Mn8Bq6Tr1Ws5Kv0Dz"
SEALED2 = "AgBzD0vK5sW1rT6qB8nM3lP9iO4aU7eX2cY0gJ5sF1dH6bN3kZ8wV4pQ9mL2tR7x+/Cg=="
KMS_BLOB = "AQICAH" + "q7Zp2Lk9Xm4Rt8Vw3Nb6Hd1Fs5Jg0Yc2Xe7Ua4Oi9Pl3Mn8Bq6Tr1Ws5Kv0DzQp4Lm9Vw8Zk3Nb6Hd1Fs5Jg0Yc2Xe7Ua4O+/Ti9" + "=="

KEPT = [
    # a scanner's baseline stores a digest of the secret in its place
    '{"filename": "deploy/app.env", "hashed_secret": "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c", "line_number": 12}',
    # a SealedSecret's values, encrypted to the controller: in the flow mapping, and as a block under the field
    "spec:\n  encryptedData: { RELAY_TOKEN: " + SEALED + " }",
    '"encryptedData": {"token": "' + SEALED + '", "password": "' + SEALED2 + '"}',
    "spec:\n  encryptedData:\n    RELAY_TOKEN: " + SEALED + "\n    DB_PASSWORD: " + SEALED2,
    # KMS's ciphertext blob printed by the CLI
    "aws kms encrypt --key-id alias/relay --plaintext fileb://k.txt --query CiphertextBlob --output text\n" + KMS_BLOB,
    # a signed mail's header: its tags
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=relay.example; s=sel1;",
    # a command that prompts for the password
    '$secret = Read-Host -AsSecureString "Relay service password"',
    "$pw = Get-Credential -UserName relay\\svc",
    # the id of the account a password belongs to
    "INFO password reset for account_id=acc_7Q2LX9KM4VB8ZP3N, 2 sessions ended",
    "audit: password rotated for userId=u9Xk2Lm7Qp4Zr8",
    "WARN password expired for USER_ID=usr_7q2LX9km4VB8zp3N",
    # a card number a field names a test card
    "STRIPE_TEST_CARD = '4000002760003184'",
    '"testCard": "5200 8282 8282 8210"',
    "stripeTestCard: 4000002760003184",
]


def test_the_round_start_changed_every_kept_line():
    """Each kept line is one the round start took (so each test here fails without the rule)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import redaction as bench  # bench/redaction.py: the redactor at a git revision

    try:
        old = bench.baseline_module("682a247").Redactor()
    except Exception:  # a checkout without git history
        pytest.skip("git history not available")
    assert [t for t in KEPT if old.redact(t).text == t] == []
    assert [s for t, s in TWINS if s in old.redact(t).text] == []


@pytest.mark.parametrize("text", KEPT)
def test_a_value_its_format_says_is_no_secret_stays(text):
    assert red(text) == text


TWINS = [
    # a hashed password is an account's stored credential (writers count it so); a non-digest under hashed_secret
    ('{"user": "relay", "hashed_password": "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"}',
     "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c"),
    ('"hashed_secret": "Qz8rT2vLm4Xn6Bp0WdKs"', "Qz8rT2vLm4Xn6Bp0WdKs"),
    # a Secret's `data` after a SealedSecret in the same file, and a value that is no sealed ciphertext
    ("spec:\n  encryptedData:\n    A: " + SEALED + "\n---\ndata:\n  RELAY_TOKEN: " + SEALED,
     "RELAY_TOKEN: " + SEALED),
    ("  encryptedData: { RELAY_TOKEN: Qz8rT2vLm4Xn6Bp0WdKsQz8rT2vLm4Xn6Bp0WdKs }", "Qz8rT2vLm4Xn6Bp0WdKs"),
    ("  encryptedData: {} \n  stringData: { RELAY_TOKEN: " + SEALED + " }", SEALED),
    # base64 that only opens like KMS's header and is short, as a token can
    ("export RELAY_TOKEN=AQICAHq7Zp2Lk9Xm4Rt8Vw3Nb6", "AQICAHq7Zp2Lk9Xm4Rt8Vw3Nb6"),
    # a signature header holding a secret, not tags
    ("X-Relay-Signature: Qz8rT2vLm4Xn6Bp0Wd", "Qz8rT2vLm4Xn6Bp0Wd"),
    # ... one tag alone, or a first tag whose own value is mixed (a signature, or a secret under its own tag)
    ("relay_signature: v1=Qz8rT2vLm4Xn6Bp0Wd; t=1", "Qz8rT2vLm4Xn6Bp0Wd"),
    ("X-Relay-Signature: secret=Qz8rT2vLm4Xn;", "Qz8rT2vLm4Xn"),
    # a literal handed to a cmdlet is the password
    ('$pw = ConvertTo-SecureString "Tide4-Harbour-Gull9" -AsPlainText -Force', "Tide4-Harbour-Gull9"),
    # a hyphenated value before a flag where no PowerShell variable is assigned
    ("password = Tide-Harbour -Force", "Tide-Harbour"),
    # after an id's value, the password told in the same line
    ("password reset for user_id=42 is Xk92mQp7vL", "Xk92mQp7vL"),
    ("password for account_id=42: Xk92mQp7vL", "Xk92mQp7vL"),
    ("password for svc Xk92mQp7vL", "Xk92mQp7vL"),
    ("password for paid=Xk92mQp7vL", "Xk92mQp7vL"),  # a word ending in `id` is no id field
    # a card under another field of an object named a test card, and a card a test is named near
    ('"TestCard": { "Holder": "x", "Number": "4532 0151 1283 0366" }', "4532 0151 1283 0366"),
    ("card = '4000002760003184'  # not the test card", "4000002760003184"),
    # rrev's R1: a name that only ends in the letters of `test card`
    ("latest_card = '4556737586899855'", "4556737586899855"),
    ("customer.latest_card: 4556 7375 8689 9855", "4556 7375 8689 9855"),
    ("contest_card=4556737586899855", "4556737586899855"),
    ('"LatestCard": "4556737586899855"', "4556737586899855"),
    # rrev's R2: a plain Secret on a line that mentions encryptedData first, and a field that holds no block
    ('{"encryptedData": null, "stringData": {"password": "' + SEALED + '"}}', SEALED),
    ("encryptedData: null\n  password: " + SEALED, SEALED),
]


@pytest.mark.parametrize(("text", "secret"), TWINS)
def test_the_near_case_still_loses_its_secret(text, secret):
    assert secret not in red(text)
