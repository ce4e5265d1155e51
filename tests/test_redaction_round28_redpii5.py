"""Round 28 (redpii5, issue 13): a person's address and a datum's owner where no name was redacted before them.

Two causes that several writers' sets share (counts in bench/plans/redpii5.md): a street address with a UK, US or
Australian/New Zealand postcode that the line says is a person's (their other data on it, or a person's word before
the street: `her shipping address`, `home`, `the owner's home address`), where the round start wanted a redacted name
right before; and a code comment after a personal value that names whose it is (`# Johan se selfoon`, `# Aisha's
Amex`). Written in my own words with invented people, streets and values (no corpus line copied); each positive has
twins in the same place that must come out as written: a venue's, a fixture's, a site's or a company's address
(review R1), a product or an English word in the comment.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate

# (text, the address that must vanish): the line says the address is a person's
PERSON_ADDRESSES = [
    ("She rang back and gave her billing address as 17 Wrenfield Close, Carlisle CA2 4QT", "17 Wrenfield Close"),
    ("the caller lives at 8 Ironbark Way, Ballarat VIC 3350 and asked for Friday", "8 Ironbark Way"),
    ("Ticket note (home 61 Hazelbrook Ave, Albany NY 12203) call before noon", "61 Hazelbrook Ave"),
    ("patron's home address, 5 Quillet Road, Ludlow SY8 2TR.", "5 Quillet Road"),
    ("import row: 9 Sorrel Square, Carlisle CA1 1TP; dob 1984-03-09", "9 Sorrel Square"),
]
# The twins: the same shape with nobody's address (a venue, a fixture, a landmark, a site, a company's seat).
ADDRESSES_KEPT = [
    "The meetup venue is 19 Ropewalk Lane, Carlisle CA3 8JP, doors open at 6pm",
    "Test fixture uses 44 Quillet Road, Ludlow SY8 2TR as the sample address",
    "Geocoder is off by 2 km for 70 Hazelbrook Ave, Albany NY 12203 since the 2.3 deploy",
    "my laptop reaches the Albany office at 12 Hazelbrook Ave, Albany NY 12203 over the VPN",
    "Returns go to Wrenfield Seeds Co-op, 3 Mill Lane, Ludlow SY8 1BB",
    # review R5: a person's word further back owns a team, a page or a desk; a team's mailbox is no person's datum
    "Drop pallets at the loading bay, 7 Ropewalk Lane, Carlisle CA3 8JP, before noon",
    "Home page footer still shows the old address 19 Ropewalk Lane, Carlisle CA3 8JP",
    "My team's retro is in the room at 2 Quillet Road, Ludlow SY8 2TR",
]
# (text, the owner that must vanish): a comment after a personal value names whose it is
COMMENT_OWNERS = [
    ('PAYOUT_IBAN = "DE18120300000012345678"  # Radoslav sy rekening', "Radoslav"),
    ('  fixture_card: "4716520112345677"  # Grace\'s old card, replace', "Grace"),
    ("sms_to: +44 7700 900183   // for Ludmila, night shift", "Ludmila"),
]
# The twins: the comment holds a product's name, or a given name that is an English word and owns nothing, or the
# name is in a comment before the datum's line, not after the datum.
COMMENT_KEPT = [
    ('ALERT_SMS = "+44 7700 900183"  # Twilio sandbox line', "Twilio"),
    ('  fixture_card: "4716520112345677"  # Grace period applies', "Grace"),
    # review R6: a tool's name after a preposition, or after a team's mailbox, is no owner
    ('KILN_ALERTS=kiln-alerts@wrenfield.example  # piped through Kafka into Loki', "Loki"),
    ('kiln_phone: "+44 7700 900183"  # failover in Aurora', "Aurora"),
    ('KILN_ALERTS=kiln-alerts@wrenfield.example  # Hermes', "Hermes"),
    # a team's line by its key, or a product of operations opening the comment (review R6, reopened)
    ('kiln_oncall_phone: "+44 7700 900183"  # Radoslav covers weekends', "Radoslav"),
    ('kiln_phone: "+44 7700 900183"  # Loki alerts page this number', "Loki"),
]


@pytest.mark.parametrize(("text", "address"), PERSON_ADDRESSES)
def test_a_persons_address_with_its_postcode_is_redacted(text: str, address: str) -> None:
    out = through_gate(text)
    assert address not in out
    assert "<redacted:postal_address>" in out


@pytest.mark.parametrize("text", ADDRESSES_KEPT)
def test_an_address_nobody_lives_at_is_kept(text: str) -> None:
    assert through_gate(text) == text


def test_an_address_beside_a_teams_mailbox_is_kept() -> None:
    """Review R5: a redacted e-mail address alone does not make the line a person's record (a team's mailbox is
    redacted too); the address stays."""
    out = through_gate("Write to kiln-ops@wrenfield.example about the move to 4 Sorrel Square, Carlisle CA1 1TP")
    assert "4 Sorrel Square, Carlisle CA1 1TP" in out


@pytest.mark.parametrize(("text", "owner"), COMMENT_OWNERS)
def test_the_owner_a_comment_names_after_a_datum_is_redacted(text: str, owner: str) -> None:
    out = through_gate(text)
    assert owner not in out
    assert "<redacted:person_name>" in out


@pytest.mark.parametrize(("text", "word"), COMMENT_KEPT)
def test_a_comment_without_an_owner_keeps_its_words(text: str, word: str) -> None:
    out = through_gate(text)
    assert word in out
    assert "<redacted:person_name>" not in out


def test_a_name_in_a_comment_before_the_datum_is_left_to_the_other_rules() -> None:
    text = "# Radoslav set up the pager\nsms_to: +44 7700 900183"
    assert through_gate(text).startswith("# Radoslav set up the pager\n")


# (text, the login that must vanish): `first.last` as a person builds a login, where the round start asked more: a
# given name that is also an English word before a listed surname, a surname no list holds, a record without spaces
DOTTED_LOGINS = [
    ("[07:41] grace.hollingsworth: the kiln sensor is back", "grace.hollingsworth"),
    ('{"ts":"2025-01-09T07:41:00Z","actor":"bohdana.hrytsenko","action":"role.grant"}', "bohdana.hrytsenko"),
    ("reviewers: @radoslav.tumbrecht and the on-call", "radoslav.tumbrecht"),
]
# The twins: a given name before a word of code, an English word, or joined by a dash or an underscore.
DOTTED_KEPT = [
    "print(sys.argv) before the kiln restarts",
    '{"ts":"2025-01-09T07:41:00Z","actor":"svc-ci","action":"max.connections"}',
    "grace.period is 30s on the kiln sensor",
    "set radoslav.config in the chart before the kiln restarts",
    "ray_tune and max-retries are both set",
    # a product's component where no account is named: a surname no list holds is not read there
    "restarted nova.compute on the kiln host",
    "logs scraped by loki.querier every 15s",
    # a service account named after its product, where an account is named (review R7)
    '{"actor":"loki.ingester","action":"delete","target":"kiln-chunks"}',
    '{"user":"radoslav.compactor","verb":"patch"}',
]


@pytest.mark.parametrize(("text", "login"), DOTTED_LOGINS)
def test_a_login_built_from_a_persons_names_is_redacted(text: str, login: str) -> None:
    out = through_gate(text)
    assert login not in out
    assert "<redacted:person_name>" in out


@pytest.mark.parametrize("text", DOTTED_KEPT)
def test_a_dotted_name_of_code_is_kept(text: str) -> None:
    assert through_gate(text) == text
