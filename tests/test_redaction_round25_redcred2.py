"""Round 25 (redcred2, issue 13): credentials the gate left, by cause across writers.

A one-time code later on a line that names an SMS or an OTP; a client library's basic-auth pair in code; a secret's
other copies on its line; a generator's run of letters and digits standing as a word of a sentence. Written in my own
words with invented values (no corpus line copied); each behaviour has lines that change and ordinary twins that must
come out as written.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate

# A code after an SMS or OTP mark with words of any language between, the code word anywhere on the line.
MARKED_CODES = [
    ("Kodi ya kuingia niliyopata kwa SMS: 604 318 (inaisha baada ya dakika 5)", "604 318"),  # Swahili, code first
    ("Tuve el kod por SMS-en, dice: 773190", "773190"),  # the mark glued by a hyphen
    ("OTP yang dihantar ke telefon saya: 518 026, tolong sahkan", "518 026"),  # Malay, OTP before
    ("Mon OTP pour le portail : 930416.", "930416"),  # a colon before the code, words between
    ("Ke fumane khoutu ka SMS: 275094", "275094"),  # the loanword spelled with its own vowels
]
MARKED_CODE_ORDINARY = [
    "OTP failures in the last hour: 482913",  # a count
    "SMS queue depth: 604318",  # no code word on the line
    "SMS gateway sent 773190 messages today",
    "SMS failed, error code 300071.",
    "OTP service latency p99 1.2s, 518 026 requests served",
    "The SMS code path was refactored in PR 604318 last week and the OTP flow too",
    "OTP rollout 2024-11-05: 20241105",  # a date
    "SMS batch done: order code 482913",  # an English noun names another code
    "SMS-Versand erledigt, Aktions-Code 604318",  # a compound names another code
    "Moved the OTP provider to a new vendor under change 930416.",  # another noun's number, no label before it
    # the reviewer's R1: the one word between is the number's own noun, an amount, a date
    "MFA incident: 804112, resolved",
    "OTP release 556677.",
    "MFA ticket 330912, closed",
    "MFA licences renewed for NOK 150 000.",
    "2FA enabled on 241203.",
    "SMS codec bug fixed in release 556677.",
    "OTP service rolled back to build 482913.",
]


@pytest.mark.parametrize(("line", "secret"), MARKED_CODES)
def test_one_time_code_after_an_sms_or_otp_mark_is_redacted(line: str, secret: str) -> None:
    out = through_gate(line)
    assert secret not in out
    assert "<redacted:password>" in out


@pytest.mark.parametrize("line", MARKED_CODE_ORDINARY)
def test_counts_and_status_codes_beside_an_sms_or_otp_stay(line: str) -> None:
    assert through_gate(line) == line


# The loanword "code" in Latin letters before a parenthesis that opens after the code.
def test_code_loanword_before_a_parenthesis_is_redacted() -> None:
    line = "Fuair mé cód nua i dteachtaireacht: 590 614 (bailí ar feadh 10 nóiméad)"
    assert "590 614" not in through_gate(line)


def test_code_loanword_without_a_code_stays() -> None:
    line = "Fuair mé cód nua (bailí ar feadh 10 nóiméad)"
    assert through_gate(line) == line


# A basic-auth pair in code: the second string literal is the password.
AUTH_PAIRS = [
    ('resp = requests.get(url, auth=("billing-sync", "Wq4rTz8LmN2p"))', "Wq4rTz8LmN2p"),
    ('client = httpx.Client(auth = ("svc", "x9!Lq2-Pz7"))', "x9!Lq2-Pz7"),
    ('session.auth = HTTPBasicAuth("reports", "Hn3vKq8Rz1Ys")', "Hn3vKq8Rz1Ys"),
    ("async with aiohttp.ClientSession(auth=aiohttp.BasicAuth('relay', 'Zp0%mW4qLx')) as s:", "Zp0%mW4qLx"),
]
AUTH_PAIR_ORDINARY = [
    'resp = requests.get(url, auth=("billing-sync", os.environ["BILLING_SYNC_PASSWORD"]))',
    "session.auth = HTTPBasicAuth(user, password)",
    'check_auth("reports", "read-only")',  # a function that only has auth in its name
    'requests.get(url, headers={"auth": "none"}, timeout=(3, 10))',
    'app.add_middleware(BasicAuth("Staff area", "Please sign in"))',  # a realm and a message (review R3)
]


@pytest.mark.parametrize(("line", "secret"), AUTH_PAIRS)
def test_basic_auth_pair_in_code_loses_its_password(line: str, secret: str) -> None:
    out = through_gate(line)
    assert secret not in out
    assert '"billing-sync"' in out or "'relay'" in out or '"svc"' in out or '"reports"' in out  # the user stays


@pytest.mark.parametrize("line", AUTH_PAIR_ORDINARY)
def test_auth_without_a_literal_password_stays(line: str) -> None:
    assert through_gate(line) == line


# A secret a rule took, and the same value elsewhere on the line where nothing names it.
COPIES = [
    ('relay: {username: "5b0c7e2a-91d4-4f3e-8a6b-2c1d0e9f7a35", password: "5b0c7e2a-91d4-4f3e-8a6b-2c1d0e9f7a35"}',
     "5b0c7e2a-91d4-4f3e-8a6b-2c1d0e9f7a35"),
    ("smtp_user=Kq8vR2mT5xW9zL4nP7 smtp_password=Kq8vR2mT5xW9zL4nP7", "Kq8vR2mT5xW9zL4nP7"),
    ("deploy token = 'vx7kq2mz9wl4tr8np3hb6yc1' | copy: 'vx7kq2mz9wl4tr8np3hb6yc1'", "vx7kq2mz9wl4tr8np3hb6yc1"),
]
COPY_ORDINARY = [
    # the same UUID twice with no secret's name: an id
    'relay: {id: "5b0c7e2a-91d4-4f3e-8a6b-2c1d0e9f7a35", parent: "5b0c7e2a-91d4-4f3e-8a6b-2c1d0e9f7a35"}',
    # a short value's copy stays: the password's own word is a word elsewhere (`mysecret` is a stand-in anyway)
    "user admin logged in; admin role granted",
]


@pytest.mark.parametrize(("line", "secret"), COPIES)
def test_every_copy_of_a_found_secret_is_redacted(line: str, secret: str) -> None:
    out = through_gate(line)
    assert secret not in out
    assert through_gate(out) == out  # still a fixed point


@pytest.mark.parametrize("line", COPY_ORDINARY)
def test_repeated_values_that_are_no_secret_stay(line: str) -> None:
    assert through_gate(line) == line


def test_a_short_secrets_copy_is_not_chased() -> None:
    # (a password shorter than `repeated_secrets.MIN_LENGTH` is replaced where it is named, not elsewhere)
    out = through_gate("password=Tr0ub4dor3x and the wiki page Tr0ub4dor3x")
    assert out.startswith("password=<redacted:password>")


# A generator's run of letters and digits as a word of a sentence, on a line that names a password, a key, a secret or
# a login in a language the rules know.
GENERATED = [
    ("Nenosiri jipya la VPN ni Rk7vQ2mX9pLw, usiliweke kwenye chat", "Rk7vQ2mX9pLw"),  # Swahili
    ("I set the mqtt auth to Jq3Wv8Lp2Z for the weekend", "Jq3Wv8Lp2Z"),
]
GENERATED_ORDINARY = [
    "Stripe charge ch_8Kq2Vx7LmP4z refunded on Monday",  # a vendor's id prefix
    "The Vault token accessor Hq7Kz2Vm9Xw4Lp3 expires in two hours",  # an accessor
    "Please check request id Xk29Lq7Vm3Pz in the logs",  # an id's noun before
    "Terraform Cloud run run-Hq7Kz2Vm9Xw4 finished",
    "We upgraded to PostgreSQL16 and Redis7 on Tuesday",  # names with a version
    "The iPhone15ProMax and Win11Pro clients were affected",  # words in it
    "| Kq7Vz2Xm9Lp4 | 2024-11-05 | done |",  # a table's field, no sentence around it
    "sha 4f9a2c7e1b3d5f6a in the main branch",  # hex: a digest
    # an English sentence with no credential's word: an id whatever its noun
    "Tenant aB3dE9fG2hJ4 was migrated to the new cluster",
    "The file was uploaded as Xk29Lq7Vm3Pz yesterday",
    "Sentry issue 4Fq9Lm2Xz7 came back after the deploy",
    # the reviewer's R5: ids in prose with no word for a secret on the line, in any language
    "the training clip dQw4w9WgXcQ explains the door sensor calibration",
    "the device id is Ab3Cd5Ef7Gh9 according to the vendor portal",
    "Die Seriennummer lautet QX7kP2mL9z und steht auf dem Typenschild",
    "firmware KCM831b7R2 rolled out to the Oslo controllers",
    # the reviewer's fifth look: an everyday ops noun (auth service, token bucket, VPN) on the line is no secret's word
    "the auth service rejected device Ab3Cd5Ef7Gh9 after the upgrade",
    "token bucket exhausted for client Xk9QpL2mZa4T during the spike",
    "VPN tunnel to site Kq7Lm2Vx9P flapped twice overnight",
]


@pytest.mark.xfail(strict=True, reason=(
    "reverted after review R5 (High): a generator's run beside a word for a key, a token, auth or a VPN anywhere on "
    "the line took ids in ops prose (`the auth service rejected device Ab3Cd5Ef7Gh9`); the word must govern the "
    "value, which no measured reading did this round (bench/plans/redcred2.md, bench/RESULTS.md)"))
@pytest.mark.parametrize(("line", "secret"), GENERATED)
def test_generated_password_in_a_sentence_is_redacted(line: str, secret: str) -> None:
    assert secret not in through_gate(line)


@pytest.mark.parametrize("line", GENERATED_ORDINARY)
def test_ids_names_and_fields_shaped_like_a_generated_value_stay(line: str) -> None:
    assert through_gate(line) == line
