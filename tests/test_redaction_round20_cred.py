"""Round 20 (redcred): round 19 cred's credential structures re-landed, with the rule that took the blind set's one
negative line (released as dev this round) fixed by its structure, and reviewer rrev's round-19 findings on the
re-landed code (R41-R46) fixed.

Written in my own words, with invented names and values (no line of any corpus copied). Each behaviour has a line
that changes and a near twin that must not.
"""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor

REDACT = Redactor().redact


# A command quoted inline ends at its closing backtick: a flag after it is prose about the command, not its argument.
# Round 19's re-land read `` `docker `` as the command for every flag after it (the blind set's damaged line).
PROSE_AFTER_QUOTED_COMMAND = [
    "Prefer `podman login --password-stdin` over -p so the secret stays out of the history file",
    "Run `redis-cli --askpass` rather than -a so nothing shows up in ps",
    "`sshpass` with -p is how the old cron jobs did it",
]
QUOTED_COMMAND_SECRETS = [
    ("run `podman login -u deploy -p Wq7vTz2Lk9Pm registry.example.io` then push", "Wq7vTz2Lk9Pm"),
    ("the job did `curl -u ci:Rk4!zPq8Lw2x https://ci.example.io/api` every minute", "Rk4!zPq8Lw2x"),
    ("try `redis-cli -h cache-3 -a Hp5tQz9Lm2Kv ping` from the bastion", "Hp5tQz9Lm2Kv"),
]

# A flag a sentence names: a prose word before it and the sentence going on after it. A typed value stays a value.
FLAG_NAMED_IN_PROSE = [
    "Use podman login --password-stdin instead of -p so the secret stays out of the history file",
    "redis-cli without -a so the prompt asks for it",
]
FLAG_TYPED_AFTER_A_PROSE_WORD = [
    ("podman login -u deploy with -p Wq7vTz2Lk9Pm registry.example.io", "Wq7vTz2Lk9Pm"),
    ("redis-cli -h cache-3 -a hunter so the ping works", "hunter"),  # no prose word before the flag
]


@pytest.mark.parametrize("text", PROSE_AFTER_QUOTED_COMMAND + FLAG_NAMED_IN_PROSE)
def test_a_flag_talked_about_stays(text):
    assert REDACT(text).text == text


@pytest.mark.parametrize(("text", "secret"), QUOTED_COMMAND_SECRETS + FLAG_TYPED_AFTER_A_PROSE_WORD)
def test_a_typed_flag_value_goes(text, secret):
    assert secret not in REDACT(text).text


# R41: an API key's or token's label names the key only when nothing but a qualifier stands between the key's word and
# the colon; a noun of its own there is what the colon labels. R44: a parenthesis's words qualify the key.
KEY_LABELS = [
    (
        "bot token for the staging room (expires Friday): 9b2d4f6a8c0e1a3b5d7f9b1d3f5a7c9e",
        "9b2d4f6a8c0e1a3b5d7f9b1d3f5a7c9e",
    ),
    ("API key: 4e6a8c0e2b4d6f8a1c3e5a7c9e1b3d5f", "4e6a8c0e2b4d6f8a1c3e5a7c9e1b3d5f"),
    ("access token of the export job: 1c3e5a7c9e1b3d5f4e6a8c0e2b4d6f8a", "1c3e5a7c9e1b3d5f4e6a8c0e2b4d6f8a"),
]
LABELS_OF_SOMETHING_ELSE = [
    "API key dashboard, trace: 4e6a8c0e2b4d6f8a1c3e5a7c9e1b3d5f",
    "bot token outage postmortem in commit: 9b2d4f6a8c0e1a3b5d7f9b1d3f5a7c9e",
    "access token cleanup shipped with release: 7c1d2e3f9a8b4c7d8e6f1234567890ab",
    "API key (expiry date): 7c1d2e3f9a8b4c7d8e6f1234567890ab",  # a parenthesis that names the value, not its lifetime
]


@pytest.mark.parametrize(("text", "secret"), KEY_LABELS)
def test_a_key_label_with_a_qualifier_takes_its_value(text, secret):
    assert secret not in REDACT(text).text


@pytest.mark.parametrize("text", LABELS_OF_SOMETHING_ELSE)
def test_a_key_word_modifying_another_noun_labels_nothing(text):
    assert REDACT(text).text == text


# R42: only an event's aggregation key is a public name; a group's or a correlation's token or key is a vendor's token.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("GROUP_TOKEN=Lm4Zq8Xr2Kv7Tp3Wn9Bc5Yd1", "Lm4Zq8Xr2Kv7Tp3Wn9Bc5Yd1"),
        ("correlation_token: Pq2Lm8Xz4Rv7", "Pq2Lm8Xz4Rv7"),
    ],
)
def test_a_group_or_correlation_token_goes(text, secret):
    assert secret not in REDACT(text).text


def test_an_aggregation_key_stays():
    text = '{"aggregation_key":"7e5d3c1b9a8f6e4d2c0b1a9f8e7d6c5b","source":"agent"}'
    assert REDACT(text).text == text


# R43: a status word in a security answer's place is no answer; a word answer still is one.
@pytest.mark.parametrize(
    "text", ["Security answer: Confirmed", "memorable word: Received.", "security answer: Blank"]
)
def test_a_status_in_the_answers_place_stays(text):
    assert REDACT(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [("memorable word: Wheelbarrow; caller verified", "Wheelbarrow"), ("security answer = Alfred", "Alfred")],
)
def test_an_answer_goes(text, secret):
    assert secret not in REDACT(text).text


# R46: base64 JSON with a page's members is a listing's cursor; the same `token` member without them is a credential.
def _b64(obj: object) -> str:
    import base64
    import json

    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def test_a_page_cursor_stays():
    text = f"GET /v2/orders?cursor={_b64({'offset': 200, 'token': 'q8Lm2Zx7Rv4Kt9Wp'})}"
    assert REDACT(text).text == text


def test_an_encoded_token_blob_goes():
    blob = _b64({"client": "erp-sync", "token": "q8Lm2Zx7Rv4Kt9Wp"})
    assert blob not in REDACT(f"sync credential blob: {blob}").text


# --- batch 20's credential kinds (and the blind sets', released this round), each a structure, with its twin ---

# A URL's password keeps the `?`, `#`, `%` a person types; a port before a query, a path or a fragment stays.
URL_PASSWORDS = [
    ("DATABASE_URL=postgres://orders:Qm4?tLz8#Wk2@pg-main.internal:5432/orders", "Qm4?tLz8#Wk2"),
    ("amqp://jobs:Rv7%kP2?xL9@mq.internal:5672/jobs", "Rv7%kP2?xL9"),
]
URL_PORTS = [
    "https://grafana.example.io:3000?orgId=1&var-owner=ops@example.io",
    "https://status.example.io:8443#contact@example.io",
    "http://localhost:3000/#/users/@me",
]
# A word for password in the languages of the newest writers, then its value; an Ethiopic colon or an Armenian pause.
PASSWORD_WORDS = [
    ("የዋይፋይ የይለፍ ቃል፡ Tq8!vLm2zR", "Tq8!vLm2zR"),
    ("ընդհանուր հաշիվ, գաղտնաբառը՝ Wz4@pK9-xQ", "Wz4@pK9-xQ"),
    ("مرچنٹ پاس ورڈ Hp7LqZ2xWm9R دوبارہ ڈالا", "Hp7LqZ2xWm9R"),
    ("სერვერის პაროლი: Gx5#rT8mQ2", "Gx5#rT8mQ2"),
    ("a bolt titkos kulcs: Kő7!vár2Zs", "Kő7!vár2Zs"),
]
PASSWORD_WORDS_TWINS = [
    "የይለፍ ቃል ፖሊሲ ተቀይሯል",  # the password policy changed: no value
    "գաղտնաբառը փոխված է",  # the password was changed
    "titkos kulcs rotáció kész, lásd INC-20931",
]
# A one-time code after its name or brought by an SMS; a count, a duration, a date or a gateway's status code stays.
ONE_TIME_CODES = [
    ("your OTP 368131 expires in 5 minutes", "368131"),
    ("the SMS code 482913 did not arrive", "482913"),
    ("ngân hàng vừa gửi mã OTP 482913, em có cần không?", "482913"),
    ("az SMS-ben kapott kód: 739204", "739204"),
    ("verification code is 550912", "550912"),
]
ONE_TIME_CODE_TWINS = [
    # reviewer rev's R1 (High): a count after the code's name; R2 (High): another code named after an SMS
    "OTP 1250000 requests today, p99 41 ms",
    "MFA 482913 failures since the IdP outage",
    "auth code 500123 returned by the upstream gateway",
    "SMS sent; order code 482913 is in the manifest",
    "SMS-Versand: Kampagnen-Code 482913, 1200 Empfänger",
    "2FA enabled for 250000 accounts",
    "OTP window 300000 ms",
    "MFA: 20240601 rollout",
    "SMS failed with error code 300071",
]
# A known account and its password, or a quoted account and its password; a role, a tag, an id stays.
ACCOUNT_PAIRS = [
    ("kontrolör paneline admin / hT5=kQw2Lz ile girdim", "hT5=kQw2Lz"),
    ("the guest wifi is still 'Lobby-Guest' / Mv8=qT!2x on the board", "Mv8=qT!2x"),
    ("reached the UPS web UI with root:Xr7pLq2Zw4Km during the outage", "Xr7pLq2Zw4Km"),
]
ACCOUNT_PAIR_TWINS = [
    "image: postgres:16.3-alpine@sha256:d0f363f8366fbc3f",
    "roles: admin:read, admin:write-all, root:Wheel2",
    "sa / 3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f",
    "root / build#4412",
    "'cpu' / requests=500m",
]
# A .pgpass line quoted in prose, `net use` with its password, a Braintree token, a session cookie a sentence names,
# an API key's value right after its name, Twilio's auth token beside its Account SID, a key file's private_key_id.
PASTED = [
    ("the .pgpass had db-main.internal:5432:orders:app_rw:Vb3^kQ9%zL.W", "Vb3^kQ9%zL.W"),
    (r"C:\> net use Y: \\files01\ops /user:CORP\svc-ops Kq7@wZ2mLp", "Kq7@wZ2mLp"),
    (
        "access_token$production$k3j9x8w7v6u5t4s2$0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    ),
    (
        "the HAR file includes the cookie app_sess=Zq8Lm2Xr7Kv4Tp9Wn3Bc6Yd1Hs5Fg0Ja",
        "Zq8Lm2Xr7Kv4Tp9Wn3Bc6Yd1Hs5Fg0Ja",
    ),
    ("PayWay API key 7k2m9x4q8w3z6r1t5y0u3i8o2p6a4s9d ត្រូវប្តូរ", "7k2m9x4q8w3z6r1t5y0u3i8o2p6a4s9d"),
    (
        'Client("AC0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210")',
        "fedcba9876543210fedcba9876543210",
    ),
    (
        '"private_key_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",',
        "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
    ),
]
PASTED_TWINS = [
    "see cache.internal:6379:db0:default:evicted2024 in the log",
    r"net use Y: \\files01\ops /user:CORP\svc-ops /persistent:no",
    r"net use Y: \\files01\ops * /user:CORP\svc-ops",
    "the cookie consent=granted-all-2024 is set by the banner",
    "rotated the API key yesterday, see INC-20931",
    'Client("AC0123456789abcdef0123456789abcdef", auth_token)',
]


@pytest.mark.parametrize(
    ("text", "secret"), URL_PASSWORDS + PASSWORD_WORDS + ONE_TIME_CODES + ACCOUNT_PAIRS + PASTED
)
def test_a_handed_over_secret_goes(text, secret):
    assert secret not in REDACT(text).text


@pytest.mark.parametrize(
    "text", URL_PORTS + PASSWORD_WORDS_TWINS + ONE_TIME_CODE_TWINS + ACCOUNT_PAIR_TWINS + PASTED_TWINS
)
def test_its_ordinary_twin_stays(text):
    assert REDACT(text).text == text


# The label rules open with a lookahead of the characters their words open with (a speed-up): a word added to the
# lists with a first character missing from it would never be read.
def _first_characters(items, i: int = 0) -> tuple[set[str], bool]:
    """The characters a parsed pattern's match can open with, and whether it can match empty."""
    from re import _constants as c

    chars: set[str] = set()
    while i < len(items):
        op, av = items[i]
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            i += 1
            continue
        if op is c.LITERAL:
            return chars | {chr(av)}, False
        if op is c.IN:
            for o, a in av:
                assert o in (c.LITERAL, c.RANGE), o
                chars |= {chr(a)} if o is c.LITERAL else {chr(x) for x in range(a[0], a[1] + 1)}
            return chars, False
        if op is c.SUBPATTERN:
            found, empty = _first_characters(list(av[3]))
        elif op is c.BRANCH:
            parts = [_first_characters(list(b)) for b in av[1]]
            found, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        else:
            assert op in (c.MAX_REPEAT, c.MIN_REPEAT), op
            found, empty = _first_characters(list(av[2]))
            empty = empty or av[0] == 0
        chars |= found
        if not empty:
            return chars, False
        i += 1
    return chars, True


def test_the_label_rules_lookahead_holds_every_first_character():
    import re
    from re import _parser

    from exporter.privacy import credential_structures as cs

    first, empty = _first_characters(list(_parser.parse(cs._ANY_WORD, re.S)))
    assert not empty
    assert first <= set(re.fullmatch(r"\(\?=\[(.*)\]\)", cs.WORD_FIRST)[1])
