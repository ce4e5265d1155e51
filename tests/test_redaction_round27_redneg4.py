"""Round 27 (redneg4): ordinary values the gate took by its own misreading, each read through the gate.

Written in my own words, with invented values (no line of the corpus is copied; Microsoft's emulator key is quoted
because it is the published value itself). Each kept line is one the round start (`b46138f`) changed; each twin is
redacted by both (`assert_kept_or_twin`): the same place holding what the rule is for.

- *A version as a firmware's or an image tag's quoted value* (`"firmware":"2.4.0.11"`, `tag: "5.1.0.27"` beside the
  image's repository), its parts a version's (`look_alikes.small_parts`); a public or private address there, or
  under a firewall's, a bare tag's or a build's key, still goes (review R2).
- *A release named as Sentry names one* (`"release":"ledger-api@3.2.0.118"`): a login's host still goes.
- *A vendor's prefix cut by a mask run* (`glpat-Xq****`); the whole token under the same name, and a password after
  a mask without a prefix (review R5), still go.
- *A phone word before a UUID* (`call 7719304e-...`): the same digits standing alone after `call` still go.
- *A Kubernetes Secret's name in a Helm flow mapping* (`{ passwordExistingSecret: redis-auth, ... }`); a generated
  value under the same key still goes.
- *A Message-ID quoted without its header's colon*, its local part a generated id's; a reply address in the same
  place, and a person's mailbox after the word (review R4), still go.
- *A host named with words joined by `-` and a number glued to the last* (`kafka-prod-euw1`) makes a labelled value
  technical, no address; a labelled street address still goes, with a lower-cased town too (review R3).
- *Microsoft's published emulator key*; the same key with one character changed still goes.
- *`...TokenHere`*, where to put the value; a generated value after the same prefix, and a password that holds the
  letters (`Donkeyhere42!`, review R1), still go.
"""

from __future__ import annotations

import pytest

from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor
from tests.redaction_probes import GateRedactor, assert_kept_or_twin, round_start_redactor


@pytest.fixture(scope="module")
def round_start():
    return round_start_redactor("b46138f")


@pytest.fixture(scope="module")
def gate():
    return GateRedactor()


_AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
_NOT_AZURITE = "Fby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
_GLPAT = "glpat-Xq7vR2mN9pL4wT8kZ3cY"

KEPT = [
    '{"device":"doser-07","firmware":"2.4.0.11","uptime_s":88211}',
    "values: { image: { repository: registry.acme.dev/ledger, tag: \"5.1.0.27\" } }",
    '{"level":"error","release":"ledger-api@3.2.0.118","environment":"prod"}',
    "  frame locals: span='91c0aa7e', release='stockpile@2.7.1.4', attempt=3",
    '{"action":"key.create","key_prefix":"glpat-Xq****","by":"ci-bot"}',
    "Mar 03 02:11:09 sbc-01 sipgw[811]: INFO call 7719304e-2b1c-4c3d-9e8f-0a1b2c3d4e5f ended after 41s",
    "redis: { passwordExistingSecret: redis-auth, usePasswordFiles: true }",
    "Ďakujem -- (odoslané z Outlooku, Message-ID <AM9PR05MB7731F0C2@AM9PR05MB7731.EURPRD05.PROD.OUTLOOK.COM>)",
    "[07.14] kafka-bot: OrdersConsumerLag di kafka-prod-euw1, lag 3480 pesan, partition 4",
    f"      - AZURITE_ACCOUNT_KEY={_AZURITE}  # the emulator's published key",
    "xoxe.xoxp-1-PasteTheAccessTokenHere",
]

TWINS = [
    ('{"device":"doser-07","firmware":"93.184.12.7","uptime_s":88211}', "93.184.12.7"),
    ("values: { image: { repository: registry.acme.dev/ledger, tag: \"10.0.3.7\" } }", "10.0.3.7"),
    ('{"level":"error","host":"ledger-api@93.184.12.7","environment":"prod"}', "93.184.12.7"),
    ('{"action":"key.create","key_prefix":"' + _GLPAT + '","by":"ci-bot"}', _GLPAT),
    ("Mar 03 02:11:09 sbc-01 sipgw[811]: INFO call 7719304 ended after 41s", "7719304"),
    ("redis: { passwordExistingSecret: Xq7vR2mN9pL4wT8kZ3cY, usePasswordFiles: true }", "Xq7vR2mN9pL4wT8kZ3cY"),
    ("Ďakujem -- (odoslané z Outlooku, From: <maria.lindqvist@outlook.com>)", "maria.lindqvist@outlook.com"),
    ("[07.14] Alamat: Jalan Melati 12, Kelurahan Menteng, 10310 Jakarta", "Jalan Melati 12"),
    (f"      - AZURITE_ACCOUNT_KEY={_NOT_AZURITE}  # the emulator's published key", _NOT_AZURITE[:40]),
    ("xoxe.xoxp-1-Rk7mQ2vX9pL4wT8nZ3cY6bF1hJ5dS0aG", "Rk7mQ2vX9pL4wT8nZ3cY6bF1hJ5dS0aG"),
    # review R1: a password that holds a slot word and "here" is no placeholder
    ("MY_SECRET=Donkeyhere42!", "Donkeyhere42!"),
    ("POSTGRES_PASSWORD=WhiskeyHere77", "WhiskeyHere77"),
    ("vault password: TokenHere2031!", "TokenHere2031!"),
    # review R2: a public address with small parts under a firewall's, a bare tag's or a build's key still goes
    ('{"site":"ams2","edge_fw":"3.15.0.22","vpn":"on"}', "3.15.0.22"),
    ('{"hostname":"gw-3","fw":"18.7.2.9","model":"SRX"}', "18.7.2.9"),
    ('{"tag":"4.2.2.3"}', "4.2.2.3"),
    ('{"build":"13.6.0.7"}', "13.6.0.7"),
    # review R3: a lower-cased town after a postal word and a number is still an address
    ("Address: 14 Rue des Acacias, cedex 75017 paris", "14 Rue des Acacias"),
    # review R4: a person's mailbox after Message-ID without the colon still goes
    ("Message-ID <jana.novakova@gmail.com>", "jana.novakova@gmail.com"),
    # review R6: a name with a year or a date in it is a person's mailbox too
    ("Message-ID <jonas.kowalczyk1986@gmail.com>", "jonas.kowalczyk1986@gmail.com"),
    ("Message-ID <lea.maria.ferreira.2023.07@outlook.com>", "lea.maria.ferreira.2023.07@outlook.com"),
    # review R5: mask characters without a vendor's prefix before a password's characters
    ("db_password=***qR7x2", "qR7x2"),
]


@pytest.mark.parametrize(("line", "value"), [(line, None) for line in KEPT] + TWINS)
def test_look_alikes_stay_through_the_gate_and_their_twins_lose_the_value(line, value, round_start, gate):
    assert_kept_or_twin(round_start, gate, line, value)


def test_a_tag_holding_an_address_in_a_payload_still_loses_it():
    """Through the gate's payload door too: the key is schema, the quoted value is read as text."""
    out = Gate(Redactor()).text('{"tag":"52.1.0.3","firmware":"3.1.0.9"}')
    assert "52.1.0.3" not in out and "3.1.0.9" in out
