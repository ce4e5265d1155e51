"""Round 26 (redcred4, issue 13): credentials the gate left, by cause across writers 25 and 26.

A memorable password (words joined, digits, one typed symbol) in a sentence of any language; a hex or UUID key
after the name its vendor gives it (`server token`, `subscription key`, `GenieKey`) or after `secret` alone; a
generator's run right after the loanword "password" (removed on review R4: strict xfails, twins kept).
Written in my own words with invented values (no corpus line copied); each behaviour has lines that change and
ordinary twins that must come out as written.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate


def taken(line: str, secret: str, kind: str) -> bool:
    """The secret is gone from the gate's output and a placeholder of its kind stands there."""
    out = through_gate(line)
    return secret not in out and f"<redacted:{kind}>" in out


MEMORABLE_PASSWORDS = [
    ("Yo probé entrar con Harbor_Lilac4417# y nada, sigue bloqueado.", "Harbor_Lilac4417#"),  # Spanish prose
    ("Neno la siri jipya la kipanga njia ni Falcon.Meadow62! — libadilishe kesho.", "Falcon.Meadow62!"),  # Swahili
    ("ʻO ka ʻōlelo huna hou: Ember-Willow508^", "Ember-Willow508^"),  # a label no list holds, at the line's end
    ("login failed for her with 'Copper!Heron7*', account locked", "Copper!Heron7*"),  # quoted, one digit
    ("she typed River.Stone.Maple3308~ twice before the lockout.", "River.Stone.Maple3308~"),  # three words
    ("Novo acesso do roteador: Orchid.tundra215* (trocar amanhã)", "Orchid.tundra215*"),  # a lower-case second word
]
MEMORABLE_ORDINARY = [
    "Great demo at Hack-Week2024! Thanks everyone.",  # a year cheered
    "The build needs Node-Runtime18+ and Python-Tools3+ on the agent.",  # a version or later
    "Agents must run Debian-Bookworm2023+ or Ubuntu-Noble2404+ from March.",  # a year or a release, or later
    "Paging rule MemoryPressure85% and Disk-Usage-High95% fire too often.",  # glued by case; a share
    "Team lunch voucher Pizza-Friday25$ expires soon.",  # an amount
    "Huge thanks, Release-Train7! shipped on time.",  # a cheer after one digit
    'add_header Public-Key-Pins \'pin-sha256="Zm9vYmFyYmF6cXV4"\';',  # a setting's name before its value
    "Guest network renamed to Office-Lobby-Guest#2 after the move.",  # a name numbered after `#`
    "Ctrl+Shift+I opens the inspector; Fix#42&Retry!Now is the PR title.",  # a shortcut, a title
    "Release Spring.Boot3 is out, upgrade Data.Flow2 next week.",  # words and a digit, no symbol
    "Ticket VPN-Access12 closed by the helpdesk.",  # an id: no symbol after the digits
]


@pytest.mark.parametrize(("line", "secret"), MEMORABLE_PASSWORDS)
def test_memorable_password_in_any_sentence_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret, "password")


@pytest.mark.parametrize("line", MEMORABLE_ORDINARY)
def test_years_versions_settings_and_titles_joined_by_symbols_stay(line: str) -> None:
    assert through_gate(line) == line


# Review R5 (Medium), in my words: a glob after digits and a cheer after two digits read as memorable passwords.
MEMORABLE_RESIDUE = [
    "Search the archive for Invoice-Batch77* before Friday.",
    "Balloons for Happy-Anniversary25! in the lobby.",
]


@pytest.mark.xfail(strict=True, reason=(
    "review R5 (Medium), left after the ship run: `*` after digits is a glob and `!` after two digits a cheer as often "
    "as a password's end; narrowing `*` before a word would lose a released password (bench/RESULTS.md, round 26)"))
@pytest.mark.parametrize("line", MEMORABLE_RESIDUE)
def test_globs_and_cheers_after_digits_stay(line: str) -> None:
    assert through_gate(line) == line


VENDOR_KEYS = [
    ("the Postmark server token 6d0c21a4-93be-4f0e-b1a7-2c5e88d34f19 leaked in the deploy log", "6d0c21a4-93be-4f0e-b1a7-2c5e88d34f19"),
    ("Ocp-Apim-Subscription-Key 3be81f0c94a27d65e1c08b4f7a3d92e6 showed up in the notifier's logs",
     "3be81f0c94a27d65e1c08b4f7a3d92e6"),
    ("heartbeat call 401 for GenieKey 0b7e4a12-5c3d-4e8f-9a61-d2f0c7b3e58a", "0b7e4a12-5c3d-4e8f-9a61-d2f0c7b3e58a"),
    ("radius client registered with secret 7f2c9e04b18d63a5c0e7f4d1b92a86c3", "7f2c9e04b18d63a5c0e7f4d1b92a86c3"),
    ("API key: 4c1e7b9a-02d5-4f83-b6e0-a95d3c8f1e27 (rotate Friday)", "4c1e7b9a-02d5-4f83-b6e0-a95d3c8f1e27"),
    ("the webhook secret is 9a4f1c2e-7b3d-4e6a-8c5f-0d2b9e1a7c34, paste it in the portal", "9a4f1c2e-7b3d-4e6a-8c5f-0d2b9e1a7c34"),
]
VENDOR_KEY_ORDINARY = [
    '{"idempotency_key":"4c1e7b9a-02d5-4f83-b6e0-a95d3c8f1e27","status":"replayed"}',  # an id's key
    '{"dedup_key":"7f2c9e04b18d63a5c0e7f4d1b92a86c3","event_action":"resolve"}',
    "Idempotency-Key: 6d0c21a4-93be-4f0e-b1a7-2c5e88d34f19",  # the HTTP header of a request's id
    '"hashed_secret": "7f2c9e04b18d63a5c0e7f4d1b92a86c3", "is_verified": false',  # a digest of a secret
    "secret version 3be81f0c94a27d65e1c08b4f7a3d92e6 disabled in the vault",  # another word names the hex
    "rotated the server token in commit 3be81f0c94a27d65e1c08b4f7a3d92e6",
    "kms_key_id = arn:aws:kms:eu-west-1:123456789012:key/0b7e4a12-5c3d-4e8f-9a61-d2f0c7b3e58a",
    "gpg: using RSA key 3BE81F0C94A27D65E1C08B4F7A3D92E6AB12CD34",
    # a secret manager names its secrets by UUID: the reference stays (round 26 review R2)
    "Purged secret 9a4f1c2e-7b3d-4e6a-8c5f-0d2b9e1a7c34 from the staging project yesterday.",
    "audit: read of secret 9a4f1c2e-7b3d-4e6a-8c5f-0d2b9e1a7c34 by svc-deployer denied",
]


@pytest.mark.parametrize(("line", "secret"), VENDOR_KEYS)
def test_hex_or_uuid_key_after_its_vendor_name_or_secret_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret, "generic_api_key")


@pytest.mark.parametrize("line", VENDOR_KEY_ORDINARY)
def test_ids_digests_and_other_nouns_hex_stay(line: str) -> None:
    assert through_gate(line) == line


# A generator's run with few letter-digit changes, right after the loanword "password" (or one word after it).
GOVERNED_RUNS = [
    ("Niupela pasword em TTrbXWqzmkhaPLE7 i stap.", "TTrbXWqzmkhaPLE7"),  # Tok Pisin, a copula between
    ("ሓድሽ ፓስወርድ GGhaLPqwertnMX3a ኢዩ።", "GGhaLPqwertnMX3a"),  # Ge'ez script, right after the word
    ("ମୋ ପାସୱାର୍ଡ bnuXXzqRRtk4mw ଥିଲା", "bnuXXzqRRtk4mw"),  # Odia script
]
GOVERNED_RUN_ORDINARY = [
    "pasword policy ServiceNow2024 applies to every tenant",  # words and a number run together: a name
    "pasword em iPhone15ProMax bilong boss",  # a product's name
    "pasword em Sentry issue KqLmVxPqR9 i stap",  # the run is a third word away: another noun governs it
    "pasword em redis",  # no digit, no case mix
    # the reviewer's R4 shape, in my words: the owner after a possessive, a name joined by `-` or `_`
    "Di pasword fo Payments-Api2 don chenj.",
    "Pasword blong svc_Reports07 i senis finis.",
]


@pytest.mark.xfail(strict=True, reason=(
    "removed after the ship run on review R4 (High): the run one word after the loanword took the owner's name in "
    "the possessive's slot (Krio `pasword fo Kubernetes-Prod1`, Bislama `pasword blong db-Reader01`); the reading moved "
    "no line verdict (both released values sit on lines that still hold a name), so it was removed, not narrowed "
    "(bench/plans/redcred4.md, bench/RESULTS.md)"))
@pytest.mark.parametrize(("line", "secret"), GOVERNED_RUNS)
def test_generated_run_right_after_the_loanword_password_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret, "password")


@pytest.mark.parametrize("line", GOVERNED_RUN_ORDINARY)
def test_names_and_far_runs_after_the_loanword_password_stay(line: str) -> None:
    assert through_gate(line) == line
