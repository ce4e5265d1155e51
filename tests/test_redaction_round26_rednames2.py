"""Round 26 (rednames2, issue 13): person names the gate left, read by cause across writers.

A name beside the address its owner built from it (`anouk.verbeek@...  # Anouk's test account`). Written in my own
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
