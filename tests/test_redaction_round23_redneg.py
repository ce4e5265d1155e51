"""Round 23 (redneg): values that look like personal data or a secret and by their own structure are none.

Written in my own words, with invented names, numbers and values (no line of the corpus is copied). Each kept line is
one the round start (`fd6ec2c`) changed, and each twin is redacted by both: the kept structure, and the same place
holding what the rule is for (`exporter/privacy/look_alikes.py` says why each structure is no secret).

- *A four-part version with small parts* right after a word of any script on a line that names a software component
  (`billing-svc (верзија 2.0.1.4)`, a table's `chart-1.4.0  3.2.0.7`); on a line naming none (review R1), after a label's colon, a list's comma, a switch, a joining word, an address word
  on its line (`ssh`, `IP-адрес`) or with a port, and with large parts anywhere, it is still an address.
- *A digest that names its algorithm*, of exactly that algorithm's length (`SHA256:<43 base64>`), under a key that
  names a token.
- *A phone number whose subscriber digits are all zeros*.
- *A payment processor's object id* (`tok_...`) under a key that names a token; a bare value there still goes.
- *A product token in an access log's user-agent field*; another token there still goes.
- *A phone number a switchboard or service-desk label names* (the label list the named-phone rule already reads), now
  also where no phone word stands before it.
- *A test card under a field named a test card*, the name going on after `card` (`TEST_CARD_FOR_STAGING=`).
- *A sentence's closing mark* after a word near a word for a token is no character of a value (`# Success! ...`).
- *A directive's value that opens a parenthesis* (`existingSecret: x-auth (owner: ...)`) is prose.
"""

from __future__ import annotations

import pytest

from exporter.privacy import look_alikes
from exporter.privacy.redaction import Redactor
from tests.redaction_probes import assert_kept_or_twin, round_start_redactor


@pytest.fixture(scope="module")
def round_start():
    return round_start_redactor("fd6ec2c")


_FP = "D2FB3CE5AsyO8/M8rUBl106cJVpV3ws0pSv5dcmuTUI"  # 43 base64 characters: 32 invented bytes, as OpenSSH prints them
_LOG = '[07/Dec/2026:10:00:00 +0000] "POST /hooks/ci HTTP/1.1" 202 0 "-" '

KEPT = [
    # four-part versions with small parts after a word of another script, or a release in a table
    "payroll-api: Версия клиента 2.7.0.31 уже установлена на всех станциях",
    "ਨਵਾਂ ਸੰਸਕਰਣ 3.12.0.5 ਸਾਰੇ ਸਰਵਰਾਂ ਤੇ ਲਾਗੂ (payroll-api)",
    "maps-api-1.9.0   3.2.0.7       deployed     Upgrade complete",
    # a fingerprint under a key that names a token
    f'{{"event":"token.rotate","token_fingerprint":"SHA256:{_FP}","by":"ci"}}',
    # a subscriber number of zeros
    'seed: {"hotline": "+1 415 000 0000"}',
    # a processor's object id under a token key
    '{"msg":"card tokenized","card_token":"tok_9XbQ2LmN4pR7sT1vW3yZ5aC"}',
    # a product token in an access log's user-agent field
    _LOG + '"Gitea-Hookshot/9b3e7c1"',
    # a switchboard's number; a test card under a field named so; an exclamation after a word for token
    "Auto-reply: ticket 88123 opened. Helpdesk +47 55 31 42 00 (switchboard, Mon-Fri 8-16)",
    'TEST_CARD_FOR_SANDBOX="4000002500003155"',
    "$ vault token renew  # Success! Renewed token for 768h",
    # a directive's value that opens a parenthesis
    "Moved the Kafka creds to existingSecret: kafka-client-auth (owner: data-platform, by Friday)",
]

TWINS = [
    # the same small-parts number where the syntax or a word says address; an address of large parts after a word
    ("payroll-api: IP-адрес клиента 2.7.0.31 заблокирован", "2.7.0.31"),
    ("payroll-api: Версия клиента 2.7.0.31:8443 недоступна", "2.7.0.31"),
    ("nginx access: 5.2.17.4 - - [06/Dec/2026:10:00:01 +0000] 401", "5.2.17.4"),
    ("payroll-api: traffic from 3.8.0.2 dropped", "3.8.0.2"),
    ("payroll-api: psql -h 3.14.2.9 -U app", "3.14.2.9"),
    ("payroll-api: Top talkers: 81.2.69.160 (2.1 GB), 5.2.17.4 (900 MB)", "5.2.17.4"),
    ("payroll-api: ssh 3.14.2.9 uptime", "3.14.2.9"),
    ("payroll-api: login on bastion: 3.14.2.9 answered", "3.14.2.9"),
    ("payroll-api: Версия клиента 81.2.69.160 уже установлена", "81.2.69.160"),
    ("Версия клиента 2.7.0.31 уже установлена", "2.7.0.31"),
    # a token under the same key without the digest's label, or of another length
    (f'{{"event":"token.rotate","token_fingerprint":"{_FP}","by":"ci"}}', _FP),
    (f'{{"event":"token.rotate","token_fingerprint":"SHA256:{_FP}Qx7","by":"ci"}}', _FP),
    # a subscriber number of other digits
    ('seed: {"hotline": "+1 415 555 0123"}', "555 0123"),
    # a value without the processor's prefix
    ('{"msg":"card tokenized","card_token":"9XbQ2LmN4pR7sT1vW3yZ5aC"}', "9XbQ2LmN4pR7sT1vW3yZ5aC"),
    # a generated token in the agent field
    (_LOG + '"aB3dE5fG7hJ9kL1mN3pQ5rS7"', "aB3dE5fG7hJ9kL1mN3pQ5rS7"),
    # a person's number; the same card under another field; a password after the word, with its mark
    ("Call me back on +47 55 31 42 07, thanks", "55 31 42 07"),
    ('PRIMARY_CARD_FOR_SANDBOX="4000002500003155"', "4000002500003155"),
    ("$ vault token renew  # token Summer2024!", "Summer2024"),
    # the review's lines (R1-R5): a small public address on a line that names no component, a mobile near a desk
    # word, a value with digits before its `!`, an object id under a key's name or with a shared prefix, a card under
    # a test card's name that goes on
    ("whitelist the home 34.12.8.99 please", "34.12.8.99"),
    ("выход в интернет 5.18.7.201 у клиента", "5.18.7.201"),
    ("call Maria at her office +49 151 23456789 (helpdesk backup)", "23456789"),
    ("key: monkey99!", "monkey99"),
    ("the new token is ghjk8823ab!", "ghjk8823ab"),
    ("api_key: cus_9fK2mQ8xLp3Zt7Vb", "cus_9fK2mQ8xLp3Zt7Vb"),
    ("RESEND_API_KEY=re_8fKq2LmZ9xPt4WvB7nRs", "re_8fKq2LmZ9xPt4WvB7nRs"),
    ("TEST_CARD_BACKUP_OF_MARIA = 4556 7375 8689 9855", "4556 7375 8689 9855"),
    # a directive's value with a password's shape
    ("kafka-client-auth Xq7!pL2#vN9z", "Xq7!pL2#vN9z"),
]


@pytest.mark.parametrize(("line", "value"), [(line, None) for line in KEPT] + TWINS)
def test_look_alikes_stay_and_their_twins_lose_the_value(line, value, round_start):
    assert_kept_or_twin(round_start, Redactor(), line, value)


@pytest.mark.parametrize(("value", "digest"), [
    ("SHA256:" + _FP, True), ("sha1:" + "ab" * 20, True), ("md5:" + "c" * 32, True),
    ("sha256-" + "A" * 43 + "=", True), ("sha512:" + "f" * 128, True),
    ("SHA256:" + _FP[:-1], False), ("SHA256:" + _FP + "==", False), ("sha1:" + "ab" * 19, False), ("token:" + _FP, False),
])
def test_a_digest_is_exactly_its_algorithms_length(value, digest):
    assert look_alikes.labelled_digest(value) is digest
