"""Round 19 (redneg): private addresses kept by default, and the redactor's output a fixed point (review R40).

Written in my own words, with invented names, numbers and addresses (no line of the corpus is copied).

**Reverted by the round's ship rule** (bench/RESULTS.md, "Round 19, engineer redneg"): the default lowered PII on the
untuned pool (284 < 291) and on blind (31 < 33) and a credential on blind (112 < 113); the rules lowered PII on the
pool by one line (284 < 285). The tests of what was reverted stay as strict xfails: they document the change and
fail on the product as it stands; the twins (what must still go) pass on both. The fixed point was landed alone by
round 19's engineer fixpoint (its tests pass again, with a twin: text the later passes leave alone is read once).

- **The default for private addresses.** Of the ten independent writers, seven labelled the private, loopback and
  link-local addresses of their own ops text as ordinary (negative lines, or left out of a positive line's
  must-vanish) and none listed one as data to remove of their own accord (the other three were told to give them a
  kind of their own, `private_address`, whose verdict is the org's). So `keep_private_addresses` is on by default; an
  org turns it off in its privacy settings, and a public address is redacted either way.
- **Ordinary text of batches 18 and 19 by its structure**: a company's role mailbox (`support@`, `einkauf@`), a chat
  export's speaker column (`[09:12] @hakon:`, one given name as the account's handle; the address after it is still
  a person's), the keys events are grouped by (`aggregation_key`), and an IMEI that a card's checksum also passes.
- **A fixed point.** A name that only a later pass finds (the owner of a phone number, `Sigrid: <phone>`) opens the
  street address after it on the next read; the gate redacts again on read and on export, so the first call must
  already take it: `redact(redact(x)) == redact(x)`.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from exporter.privacy.org_settings import OrgPrivacy
from exporter.privacy.redaction import Redactor

R = Redactor()
STRICT = Redactor(keep_private_addresses=False)
KEEP = Redactor(keep_private_addresses=True)

_DEFAULT = pytest.mark.xfail(strict=True, reason="reverted by round 19's ship rule: keep_private_addresses stays off "
                             "by default (PII on the untuned pool 284 < 291, blind 31 < 33, a blind credential 112 < 113)")
_RULES = pytest.mark.xfail(strict=True, reason="reverted by round 19's ship rule: the round's rules lowered PII on the "
                           "untuned pool by one line (284 < 285)")


def red(text: str, redactor: Redactor = R) -> str:
    return redactor.redact(text).text


# --- private addresses: the default keeps them, an org may turn that off ---

PRIVATE = [
    "upstream 10.42.7.19:8443 timed out after 30s, retrying",
    "ssh -J bastion ops@192.168.40.12 'systemctl restart feeder'",
    "node pool moved to 172.21.3.0/24; kube-proxy on 172.21.3.17 restarted",
    "curl -s http://169.254.169.254/latest/meta-data/instance-id",
    "listener bound to 127.0.0.1:9187 and [fd12:3456:789a::14]:9187",
    "peer fe80::1ff:fe23:4567:890a%eth0 dropped the session",
]
# Near twins: the same lines with a public address (a client's, a customer's): redacted under either setting.
PUBLIC = [
    ("upstream 81.2.69.160:8443 timed out after 30s, retrying", "81.2.69.160"),
    ("ssh -J bastion ops@185.21.44.12 'systemctl restart feeder'", "185.21.44.12"),
    ("client 2a02:c7c:5e1a:4f00::17 reset the connection", "2a02:c7c:5e1a:4f00::17"),
]


@_DEFAULT
@pytest.mark.parametrize("line", PRIVATE)
def test_private_addresses_are_kept_by_default(line):
    assert red(line) == line


@pytest.mark.parametrize("line", PRIVATE)
def test_an_org_that_turns_the_setting_off_has_them_redacted(line):
    assert red(line, STRICT) != line


@pytest.mark.parametrize("line,address", PUBLIC)
def test_public_addresses_are_redacted_under_either_setting(line, address):
    assert address not in red(line)
    assert address not in red(line, STRICT)


@_DEFAULT
def test_the_org_setting_defaults_to_keeping_them_and_can_be_turned_off():
    assert OrgPrivacy().keep_private_addresses is True
    assert OrgPrivacy(keep_private_addresses=False).keep_private_addresses is False


# --- ordinary text the rules took on batches 18 and 19 (each KEPT line changed by the round start `25202b0`) ---

KEPT = [
    # a company's role mailbox: a team reads it (writers 17-19 count them as ordinary)
    "Cordialement, le service achats - achats@fjordtang.example",
    '+  billing_recipient: "invoices-test@fjordtang.example"',
    "C-7781,Nordsee Tang GmbH,einkauf@nordsee-tang.example,,Kaiserkai 9,20457,Hamburg,DE",
    "Erasure request received via privacy@fjordtang.example on 2024-11-11",
    # (the speaker column, `aggregation_key` and the IMEI were re-landed by round 20's redneg:
    # tests/test_redaction_round20_redneg.py)
    "correlation_key: 4f0c2b9e7d1a3c5e8b6d0f2a4c6e8b1d",
]
TWINS = [
    # a person's mailbox, in the same places
    ("Cordialement, Ingrid Solberg - ingrid.solberg@fjordtang.example", "ingrid.solberg@fjordtang.example"),
    ("C-7781,Nordsee Tang GmbH,jkoenig@nordsee-tang.example,,Kaiserkai 9,20457,Hamburg,DE", "jkoenig@nordsee-tang.example"),
    # a handle of a given name and a surname, and a mention in the text
    ("[09:12] @ingridsolberg: gw-07 stopped publishing", "ingridsolberg"),
    ("[09:12] @ingrid.solberg: gw-07 stopped publishing", "ingrid.solberg"),
    ("[09:12] @ops: cc @ingrid please check the broker", "@ingrid please"),
    ("[09:12] @Ingrid: gw-07 stopped publishing", "Ingrid"),
    # the speaker names the person whose home address follows
    ("[10:16] @ingrid: my home address is Bahrenfelder Straße 112, 22765 Hamburg", "Bahrenfelder Straße 112"),
    # a key that is a secret, and a card under another label
    ('{"datadog_api_key":"9d1e4c7a0b3f5e2d8c6a4b1f0e9d7c5a","host":"api"}', "9d1e4c7a0b3f5e2d8c6a4b1f0e9d7c5a"),
    # review R44 (High, on the reverted draft): a secret-shaped value under a group's or a correlation's token or key
    ("VK_GROUP_TOKEN=vk1.a.Rq7Lz2Wm8Tk4Vn9Xp3Yd6Hb1Cf5Gj0Ks2Lt8Mu4Nv", "vk1.a.Rq7Lz2Wm8Tk4Vn9Xp3Yd6Hb1Cf5Gj0Ks2Lt8Mu4Nv"),
    ("GROUP_KEY=Wq8Lm3Xr7Kv2Tp9Zn4Bc6Yd", "Wq8Lm3Xr7Kv2Tp9Zn4Bc6Yd"),
    ("CORRELATION_TOKEN=Hd82jLqPz0WvXt5Rm9Nb3Kc7", "Hd82jLqPz0WvXt5Rm9Nb3Kc7"),
    # review R41 (Medium, on the reverted draft): a role word with a person's initials, at a free-mail domain
    ("sales.jo@gmail.com wrote yesterday", "sales.jo@gmail.com"),
    ("card 30569309025904 on file for the modem contract", "30569309025904"),
]


@pytest.fixture(scope="module")
def round_start():
    from bench.redaction import baseline_module

    return baseline_module("25202b0").Redactor()


@_RULES
@pytest.mark.parametrize("line", KEPT)
def test_ordinary_lines_are_kept(line, round_start):
    assert red(line) == line
    assert round_start.redact(line).text != line, "the round start changed it"


@pytest.mark.parametrize("line,value", TWINS)
def test_near_twins_still_lose_their_data(line, value, round_start):
    assert value not in red(line)
    assert value not in round_start.redact(line).text


# --- a fixed point (review R40) ---

# Found before the fix: the owner is found after the rules, the address after the owner only on a second call.
SECOND_READ = [
    ("Sigrid: +47 912 34 567, Thereses gate 12, 0452 Oslo", "Thereses gate 12"),
    ("Ingrid calls +47 912 34 567 from Thereses gate 12, 0452 Oslo", "Thereses gate 12"),
]


def test_a_company_address_after_a_bot_or_team_handle_stays():
    """Review R45 (High, on the reverted draft: its speaker rule opened a person's address after any lower-case
    handle): a bot's or a team's line with the company's own address is ordinary text."""
    lines = ("[10:16] @ops: head office moved to 3 Kelp Way, Kendal LA9 6BT",
             "[10:16] @tankerbot: delivered to Cold Store 4 Kelp Way, Kendal LA9 6BT",
             "[10:16] @dispatch: collection from ul. Polna 14, 34-400 Nowy Targ done")
    assert [red(line) for line in lines] == list(lines)


@pytest.mark.parametrize("line,address", SECOND_READ)
def test_an_address_after_an_owner_a_later_pass_finds_goes_in_the_first_call(line, address):
    once = red(line)
    assert address not in once
    assert red(once) == once


def test_a_company_address_after_an_owner_stays():
    """The twin: an employer's address (its legal form between the name and the street) is no person's."""
    line = "Sigrid: +47 912 34 567 — Tareverk AS — Thereses gate 12, 0452 Oslo"
    once = red(line)
    assert "Thereses gate 12" in once and red(once) == once


_OWNERS = ["Sigrid:", "Ingrid calls", "Marta's phone is", "ping Tomasz about", "assigned to Ana Lima,", "Ahmet's",
           "contact daughter Leila", "[09:14] Priya Raghunathan:", '"customer": "Mehmet Öztürk",', "@Tomasz", "Santi"]
_DATA = ["+47 912 34 567", "0176 2345 6789", "+44 7700 900871", "sigrid.holm@tareverk.no", "jane.doe@gmail.com",
         "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111", "81.2.69.160", "10.42.7.19", "fd12:3456:789a::14",
         '"phone": "+47 912 34 567"', "?surname=Lima&dob=1984-03-02"]
_PLACES = ["Thereses gate 12, 0452 Oslo", "ul. Długa 14/3, 30-701 Kraków", "22 Elm Grove, Bristol BS7 8PQ",
           "Rua XV de Novembro 1299, 80060-000 Curitiba", "Keizersgracht 412-II, 1016 GC Amsterdam",
           '"street": "Via dei Liutai 3", "postcode": "26100"']
_OPS = ["feeder-07 restarted at 08:40 UTC", "kubectl rollout restart deploy/api -n prod", "from", "and", ",", ";",
        "|", "moved to", "home", "DB_PASSWORD=Kelp-qTk6g1Kyo9aOxi", "v1.2.3.4", "Kafka's alerts go to", "\n",
        "INSERT INTO customers VALUES ('Ana', 'Lima',", "Tareverk AS —", "born 1984-03-02", "lives at"]
_PIECES = st.sampled_from(_OWNERS + _DATA + _PLACES + _OPS)
_LINE = st.one_of(
    st.tuples(st.sampled_from(_OWNERS), st.sampled_from(_DATA), st.sampled_from(_OPS), st.sampled_from(_PLACES))
    .map(" ".join),
    st.lists(_PIECES, min_size=2, max_size=8).map(" ".join),
)


# The lists some rules read (names, Faker's places, phone plans) load on their first use (~0.5 s): read every
# piece the lines are drawn from through both redactors before hypothesis times single calls against its deadline
# (the test failed when run alone and passed in the suite, where earlier tests had loaded them).
for _warm in (STRICT, KEEP):
    for _piece in _OWNERS + _DATA + _PLACES + _OPS:
        _warm.redact(_piece)
    _warm.redact(" ".join(_OWNERS + _DATA + _PLACES + _OPS))


@given(_LINE, st.booleans())
@example("feeder-07 restarted at 08:40 UTC Sigrid: +47 912 34 567, Thereses gate 12, 0452 Oslo", True)
def test_redacting_the_output_again_changes_nothing(text, keep_private):
    redactor = KEEP if keep_private else STRICT
    once = red(text, redactor)
    assert red(once, redactor) == once


# The twin of the fixed point (round 19, engineer fixpoint): text the passes after the rules find nothing in is
# read once (the rules and the later passes do not run a second time); a line a later pass finds a name in, twice.
READ_ONCE = [
    "feeder-07 restarted at 08:40 UTC; kubectl rollout restart deploy/api -n prod",
    "build 4411 failed: DB_PASSWORD=Kelp-qTk6g1Kyo9aOxi was printed in the log",  # the rules alone take it
]


def _passes(line: str, monkeypatch) -> int:
    calls = []
    after_rules = Redactor._after_rules
    monkeypatch.setattr(Redactor, "_after_rules", lambda self, *a: calls.append(a) or after_rules(self, *a))
    red(line)
    return len(calls)


@pytest.mark.parametrize("line", READ_ONCE)
def test_text_the_later_passes_leave_alone_is_read_once(line, monkeypatch):
    assert _passes(line, monkeypatch) == 1


@pytest.mark.parametrize("line,address", SECOND_READ)
def test_a_name_a_later_pass_finds_takes_a_second_pass(line, address, monkeypatch):
    assert _passes(line, monkeypatch) == 2
