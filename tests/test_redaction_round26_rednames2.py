"""Round 26 (rednames2, issue 13): person names the gate left, read by cause across writers.

A name beside the address its owner built from it (`anouk.verbeek@...  # Anouk's test account`); the owner of a home
or an office whose host address a comment gives (`# Sophie's home`), and of an account beside personal data. Written in my own
words with invented people and values (no corpus line copied); each behaviour has lines that change and ordinary twins
that must come out as written (a team's or a product's mailbox beside its own name, a role's address).
"""

from __future__ import annotations

import pytest

from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor


def through_gate(text: str) -> str:
    return Gate(Redactor()).text(text)


# A capitalised word of the text that spells a part of a personal address the gate took.
NAMED_BY_HANDLE = [
    ("ALERT_TO=anouk.verbeek@ziggo.nl  # Anouk wants the pages too", "Anouk"),  # a given name in a comment
    ("Mevr. Verbeek stuurde het vanaf anouk.verbeek@ziggo.nl", "Verbeek"),  # after a title no rule reads
    ("ssh kofi.mensah@jump-02  # Kofi takes the night queue", "Kofi"),  # a login at a host
    ("Bu Wulan minta dikirim ke wulan.sukmawati81@yahoo.co.id saja", "Wulan"),  # digits after the parts
    ("Noted: Tomasz's backup address is t.wierzbicki@onet.pl, Wierzbicki signs off", "Wierzbicki"),
]
# The twins: a mailbox of a team, a product or a role beside its own name, a name no address on the line spells,
# an address the gate keeps.
NAMED_BY_HANDLE_ORDINARY = [
    "grafana.alerts@kestrel.io  # Grafana pages the on-call rotation",
    "Billing sends invoices from billing.team@kestrel.io every Monday",
    "Support replied from support.desk@kestrel.io within the hour",
    "Oncall escalation goes to oncall.primary@kestrel.io first",
    "Jenkins mails build failures from jenkins@ci.kestrel.io to the channel",  # one part: no person's shape
    "Kestrel ships the digest to noreply@kestrel.io at night",
    "scp report.csv kofi.mensah@jump-02:/tmp  # for Kofi",  # a login the gate keeps (a copy's target) names nobody
]


@pytest.mark.parametrize(("text", "name"), NAMED_BY_HANDLE)
def test_a_name_beside_the_address_made_from_it_is_redacted(text: str, name: str) -> None:
    out = through_gate(text)
    assert name not in out
    assert "<redacted:person_name>" in out


@pytest.mark.parametrize("text", NAMED_BY_HANDLE_ORDINARY)
def test_a_mailbox_beside_its_own_products_name_keeps_the_name(text: str) -> None:
    assert "<redacted:person_name>" not in through_gate(text)


# The owner of the home or office a host's address is, in the possessive; an account beside personal data.
PLACE_OWNERS = [
    ('allowlist: ["84.17.203.66/32"]  # Marieke\'s home, until Friday', "Marieke"),
    ("    - 2001:db8:4a1:77::19/128  # Rashid's office IPv6", "Rashid"),
    ("deny 84.17.203.66;  # was Lars' home office", "Lars"),
    ("VPN_PEER=84.17.203.66  # Priya's home IP for the test", "Priya"),
    ('REFUND_IBAN = "DE89370400440532013000"  # Gunnar\'s own account, remove', "Gunnar"),
]
# The twins: a product's or a team's part at a host's address, a home that is a directory or a page.
PLACE_OWNERS_ORDINARY = [
    "ingester at 84.17.203.66  # Loki's ingester, moved last week",
    "84.17.203.66  # Jenkins' home directory is on this box",
    "84.17.203.66  # Grafana's home page answers here",
    "84.17.203.66  # the office network's egress",
    "84.17.203.66  # Kestrel's office router",  # a firm's office: no listed name owns it
]


@pytest.mark.parametrize(("text", "name"), PLACE_OWNERS)
def test_the_owner_of_a_home_or_office_address_is_redacted(text: str, name: str) -> None:
    out = through_gate(text)
    assert name not in out
    assert "<redacted:person_name>" in out


@pytest.mark.parametrize("text", PLACE_OWNERS_ORDINARY)
def test_a_products_or_firms_place_at_an_address_keeps_its_name(text: str) -> None:
    assert "<redacted:person_name>" not in through_gate(text)
